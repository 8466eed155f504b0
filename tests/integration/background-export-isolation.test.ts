/**
 * Exports too large for a request become background jobs (issue 15, national scale): past the
 * threshold the award history and the registration summary queue one pg-boss job (a second request
 * joins it), the worker — the real pg-boss worker on this database — makes the same workbook the
 * immediate download makes for the same filters, stores it, and tells its requester in the app and
 * by mail; a failure says so. Only the requester, working in the unit it asked in, lists or
 * downloads it; the sweep removes it once expired.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import readExcelFile from "read-excel-file/node";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { AppError } from "@/domain/errors";
import { formatViDateTime } from "@/lib/dates";
import { countAwardsForExport } from "@/server/data/awards";
import {
  listMyExports,
  queueExport,
  readyExportOfMine,
  recordExportDownload,
  registrationExportSize,
} from "@/server/data/export-files";
import { findActorBySession } from "@/server/data/sessions";
import { bytesOf } from "@/server/documents/xlsx-stream";
import { exportOrQueue, runExportJob, type ExportRequest } from "@/server/services/background-exports";
import { awardHistoryXlsx } from "@/server/services/award-history";
import { registrationXlsx } from "@/server/services/registration-export";
import { sweepOrphanFiles } from "@/server/services/sweep-files";
import { startWorker, type Worker } from "@/server/jobs/worker";
import { LocalDiskStorage } from "@/server/storage/local-disk";
import { createActor, createTree, createUnit } from "../support/factories";
import { districtPlan } from "../support/district-plan";

/** Small enough that a test's few dozen rows are "large". */
const THRESHOLD = 5;

let dir: string;
let disk: LocalDiskStorage;
let tree: Awaited<ReturnType<typeof createTree>>;
let officer: Actor;
const workers: Worker[] = [];

const awardOf = (unitId: string, i: number) => ({
  unitId,
  kind: "INDIVIDUAL" as const,
  label: `Nguyễn Văn ${String(i).padStart(2, "0")}`,
  name: "Lao động tiên tiến",
  catalogueCode: "LDTT",
  year: 2020 + (i % 3),
  decisionNumber: `${i + 1}/QĐ-UBND`,
  decidedOn: new Date(Date.UTC(2020 + (i % 3), 11, 1)),
  conferredBy: "Chủ tịch UBND xã",
  source: "ENTERED" as const,
});

/** Every sheet of a workbook as text: names and cells. */
async function workbookText(file: Uint8Array) {
  const sheets = await readExcelFile(Buffer.from(file));
  return sheets.map((s) => ({ sheet: s.sheet, rows: s.data.map((r) => r.map((c) => (c === null ? "" : String(c)))) }));
}

const jobsFor = async (exportId: string) =>
  (
    await db().$queryRaw<{ n: number }[]>`
      select count(*)::int as n from pgboss.job where name = 'export.build' and data->>'exportId' = ${exportId}`
  )[0]!.n;

async function queued(actor: Actor, request: ExportRequest) {
  const outcome = await exportOrQueue(actor, request, { threshold: THRESHOLD });
  if (!("queued" in outcome)) throw new Error("expected a queued export");
  return outcome.queued;
}

async function until<T>(read: () => Promise<T | null | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 150; i++) {
    const value = await read();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "thidua-exports-"));
  disk = new LocalDiskStorage(path.join(dir, "files"));
  tree = await createTree();
  await db().awardRecord.createMany({ data: Array.from({ length: 30 }, (_, i) => awardOf(tree.c1.id, i)) });
  await db().awardRecord.createMany({ data: Array.from({ length: 12 }, (_, i) => awardOf(tree.c2.id, i)) });
  officer = await createActor(tree.c1, ["OFFICER"]);
  // A worker creates the queues at its start; stopped so the requests below wait for the next one.
  const first = await startWorker({ send: null, schedule: false, pollSeconds: 0.5, storage: disk });
  await first.stop();
});

afterAll(async () => {
  for (const w of workers) await w.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("a large award history export", () => {
  let exportId: string;

  it("stays an immediate download at or under the threshold", async () => {
    const small = await exportOrQueue(officer, { kind: "AWARD_HISTORY", filters: { year: 2020 } }, { threshold: 10 });
    expect("file" in small).toBe(true);
    expect(await db().exportFile.count({ where: { userId: officer.userId } })).toBe(0);
  });

  it("queues nothing when asked from another site's page, and says how to ask", async () => {
    const request: ExportRequest = { kind: "AWARD_HISTORY", filters: { q: "nguyen van" } };
    await expect(exportOrQueue(officer, request, { threshold: THRESHOLD, crossSite: true })).rejects.toMatchObject({
      kind: "conflict",
      message: "Tệp có 30 dòng, cần được chuẩn bị: hãy mở trang của ứng dụng và bấm “Xuất Excel”.",
    });
    expect(await db().exportFile.count({ where: { userId: officer.userId } })).toBe(0);
  });

  it("queues exactly one job however often it is asked while queued", async () => {
    const first = await queued(officer, { kind: "AWARD_HISTORY", filters: { q: "nguyen van" } });
    const again = await queued(officer, { kind: "AWARD_HISTORY", filters: { q: "nguyen van", year: undefined } });
    expect(first).toMatchObject({ rows: 30, joined: false });
    expect(again).toEqual({ id: first.id, rows: 30, joined: true });
    exportId = first.id;
    expect(await db().exportFile.count({ where: { userId: officer.userId } })).toBe(1);
    expect(await jobsFor(exportId)).toBe(1);
    const audit = await db().auditEntry.findMany({ where: { entity: "ExportFile", entityId: exportId } });
    expect(audit.map((a) => a.action)).toEqual(["CREATE"]);
    expect(audit[0]!.unitId).toBe(tree.c1.id);
  });

  it("is made by the worker as the immediate download would have been, and its requester is told", async () => {
    workers.push(await startWorker({ send: null, schedule: false, pollSeconds: 0.5, storage: disk }));
    const row = await until(
      () => db().exportFile.findFirst({ where: { id: exportId, status: { in: ["READY", "FAILED"] } } }),
      "the export to finish",
    );
    expect(row).toMatchObject({ status: "READY", rowCount: 30, fileName: "lich-su-khen-thuong.xlsx", error: null });
    expect(row.expiresAt!.getTime() - row.finishedAt!.getTime()).toBe(7 * 24 * 3600 * 1000);
    const stored = await disk.get(row.storageKey!);
    expect(stored!.length).toBe(row.size);
    const immediate = await awardHistoryXlsx(officer, { q: "nguyen van" });
    const made = await workbookText(stored!);
    expect(made).toEqual(await workbookText(immediate));
    expect(made[0]!.rows.filter((r) => /\/QĐ-UBND$/.test(r[6] ?? ""))).toHaveLength(30);

    const notices = await db().notification.findMany({ where: { userId: officer.userId } });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: "EXPORT_READY", unitId: tree.c1.id, link: `/tep-xuat?tep=${exportId}` });
    expect(notices[0]!.text).toBe(
      `Tệp lich-su-khen-thuong.xlsx (30 dòng) đã sẵn sàng, tải về được đến ${formatViDateTime(row.expiresAt!)}.`,
    );
    const mail = await db().outboxMail.findMany({ where: { toEmail: officer.email } });
    expect(mail.map((m) => m.kind)).toEqual(["EXPORT_READY"]);
  });

  it("is listed and downloaded by its requester, the download counted and audited", async () => {
    const mine = await listMyExports(officer);
    expect(mine.map((e) => [e.id, e.status])).toEqual([[exportId, "READY"]]);
    const file = await readyExportOfMine(officer, exportId);
    expect(file.fileName).toBe("lich-su-khen-thuong.xlsx");
    await recordExportDownload(officer, exportId);
    expect((await db().exportFile.findUniqueOrThrow({ where: { id: exportId } })).downloads).toBe(1);
    const audit = await db().auditEntry.findMany({
      where: { entity: "ExportFile", entityId: exportId },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["CREATE", "UPDATE"]);
  });

  it("after it is ready, the same request queues a new file (nothing pending to join)", async () => {
    const next = await queued(officer, { kind: "AWARD_HISTORY", filters: { q: "nguyen van" } });
    expect(next.joined).toBe(false);
    expect(next.id).not.toBe(exportId);
    await until(
      () => db().exportFile.findFirst({ where: { id: next.id, status: "READY" } }),
      "the second export to finish",
    );
  });
});

describe("background export isolation", () => {
  it("no other account, and not the requester working in another unit, lists or downloads it", async () => {
    const [ready] = await listMyExports(officer);
    const colleague = await createActor(tree.c1, ["OFFICER", "ADMIN", "CHAIR"]);
    const sibling = await createActor(tree.c2, ["OFFICER", "ADMIN", "CHAIR", "REVIEWER"]);
    const district = await createActor(tree.d1, ["CHAIR", "REVIEWER", "ADMIN"]);
    const elsewhere = await createActor(tree.c4, ["OFFICER", "CHAIR"]);
    // The requester's own account, working in the sibling commune.
    await db().membership.create({ data: { userId: officer.userId, unitId: tree.c2.id, role: "OFFICER" } });
    await db().session.update({ where: { id: officer.sessionId }, data: { activeUnitId: tree.c2.id } });
    const selfElsewhere = (await findActorBySession(officer.sessionId))!;
    await db().session.update({ where: { id: officer.sessionId }, data: { activeUnitId: tree.c1.id } });
    expect(selfElsewhere.unit.id).toBe(tree.c2.id);

    for (const outsider of [colleague, sibling, district, elsewhere, selfElsewhere]) {
      expect(await listMyExports(outsider)).toEqual([]);
      await expect(readyExportOfMine(outsider, ready!.id)).rejects.toMatchObject({ kind: "not_found" });
      await expect(recordExportDownload(outsider, ready!.id)).rejects.toMatchObject({ kind: "not_found" });
    }
    // None of their attempts counted as a download.
    expect((await db().exportFile.findUniqueOrThrow({ where: { id: ready!.id } })).downloads).toBe(0);
    // Counting for an export reads the same wall: the sibling commune counts its own 12, the other
    // province none; the district above counts both communes'.
    expect(await countAwardsForExport(sibling, {})).toBe(12);
    expect(await countAwardsForExport(elsewhere, {})).toBe(0);
    expect(await countAwardsForExport(district, {})).toBe(42);
  });

  it("a colleague, or the requester in another unit, asking for the same file gets its own, never joins", async () => {
    for (const w of workers.splice(0)) await w.stop(); // nothing is made meanwhile: the first stays queued
    const request = {
      kind: "AWARD_HISTORY" as const,
      filters: { year: 2022 },
      filterKey: 'AWARD_HISTORY:{"year":2022}',
      fileName: "lich-su-khen-thuong-2022.xlsx",
      rowCount: 10,
    };
    const mine = await queueExport(officer, request);
    expect(await queueExport(officer, request)).toEqual({ id: mine.id, joined: true });
    const colleague = await createActor(tree.c1, ["OFFICER"]);
    const theirs = await queueExport(colleague, request);
    expect(theirs.joined).toBe(false);
    expect(theirs.id).not.toBe(mine.id);
    expect((await listMyExports(colleague)).map((e) => e.id)).toEqual([theirs.id]);
    expect(await jobsFor(theirs.id)).toBe(1);
    expect(await jobsFor(mine.id)).toBe(1);
  });

  it("a plan's registration summary is counted and queued only by the plan's issuing unit", async () => {
    const world = await districtPlan({ quota: "" });
    const outsider = await createActor(world.tree.d2, ["CHAIR", "REVIEWER"]);
    await expect(registrationExportSize(outsider, world.plan.id)).rejects.toMatchObject({ kind: "not_found" });
    await expect(
      exportOrQueue(outsider, { kind: "REGISTRATION_SUMMARY", filters: { planId: world.plan.id } }, { threshold: 0 }),
    ).rejects.toBeInstanceOf(AppError);
    expect(await db().exportFile.count({ where: { userId: outsider.userId } })).toBe(0);
  });
});

describe("a large registration summary export", () => {
  it("is made by the worker as the immediate download, every unit's sheet", async () => {
    const world = await districtPlan({ quota: "" });
    const { year } = await registrationExportSize(world.chair, world.plan.id);
    const communes = [world.tree.c1, world.tree.c2, await createUnit("Xã Số 3", "XA", world.tree.d1)];
    for (const [n, unit] of communes.entries())
      await db().registration.create({
        data: {
          planId: world.plan.id,
          unitId: unit.id,
          year,
          status: n === 1 ? "SENT" : "APPROVED",
          rows: {
            create: Array.from({ length: 5 }, (_, i) => ({
              position: i,
              kind: "INDIVIDUAL" as const,
              label: `Người ${n}-${i}`,
              items: ["LDTT"],
              commitment: `Cam kết ${n}-${i}`,
            })),
          },
        },
      });
    expect(await registrationExportSize(world.chair, world.plan.id)).toEqual({ year, rows: 15 });
    workers.push(await startWorker({ send: null, schedule: false, pollSeconds: 0.5, storage: disk }));
    const request: ExportRequest = { kind: "REGISTRATION_SUMMARY", filters: { planId: world.plan.id } };
    const { id } = await queued(world.chair, request);
    const row = await until(
      () => db().exportFile.findFirst({ where: { id, status: { in: ["READY", "FAILED"] } } }),
      "the registration export to finish",
    );
    expect(row).toMatchObject({ status: "READY", rowCount: 15, fileName: `dang-ky-thi-dua-${year}.xlsx` });
    expect(row.filters).toEqual({ planId: world.plan.id, year });
    const immediate = await bytesOf((await registrationXlsx(world.chair, world.plan.id, year)).stream);
    const made = await workbookText((await disk.get(row.storageKey!))!);
    expect(made).toEqual(await workbookText(immediate));
    expect(made.map((s) => s.sheet)).toHaveLength(1 + communes.length);
  });
});

describe("when the file cannot be made", () => {
  it("the export is FAILED and its requester told, in Vietnamese, to ask again", async () => {
    for (const w of workers.splice(0)) await w.stop();
    const requester = await createActor(tree.c2, ["OFFICER"]);
    const { id } = await queued(requester, { kind: "AWARD_HISTORY", filters: {} });
    // A store that cannot be written: its folder is a plain file.
    const blocked = path.join(dir, "not-a-folder");
    await writeFile(blocked, "x");
    await runExportJob(id, { storage: new LocalDiskStorage(blocked) });
    const row = await db().exportFile.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", storageKey: null, error: "Có lỗi không mong muốn khi tạo tệp." });
    const [notice] = await db().notification.findMany({ where: { userId: requester.userId } });
    expect(notice).toMatchObject({ kind: "EXPORT_FAILED", link: `/tep-xuat?tep=${id}` });
    expect(notice!.text).toBe(
      "Không tạo được tệp lich-su-khen-thuong.xlsx: Có lỗi không mong muốn khi tạo tệp. Hãy xuất lại.",
    );
    await expect(readyExportOfMine(requester, id)).rejects.toMatchObject({ kind: "not_found" });
    // A job run again (a retry, a second instance) finds it taken and does nothing more.
    await runExportJob(id, { storage: disk });
    expect(await db().notification.count({ where: { userId: requester.userId } })).toBe(1);
  });

  it("a requester who lost the role meanwhile gets no file, and is told why", async () => {
    const requester = await createActor(tree.c1, ["OFFICER"]);
    const { id } = await queued(requester, { kind: "AWARD_HISTORY", filters: { year: 2021 } });
    await db().membership.deleteMany({ where: { userId: requester.userId } });
    await runExportJob(id, { storage: disk });
    expect(await db().exportFile.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      error: "Tài khoản của bạn không còn vai trò tại đơn vị đã yêu cầu tệp.",
    });
  });

  it("two runs of one job at once make one file and one notice", async () => {
    const requester = await createActor(tree.c1, ["OFFICER"]);
    const { id } = await queued(requester, { kind: "AWARD_HISTORY", filters: { year: 2022 } });
    await Promise.all([runExportJob(id, { storage: disk }), runExportJob(id, { storage: disk })]);
    expect(await db().exportFile.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "READY" });
    expect(await db().notification.count({ where: { userId: requester.userId, kind: "EXPORT_READY" } })).toBe(1);
  });
});

describe("a job lost on the way", () => {
  it("does not absorb a new request: a RUNNING row its worker left is not joined", async () => {
    const requester = await createActor(tree.c1, ["OFFICER"]);
    const { id } = await queued(requester, { kind: "AWARD_HISTORY", filters: { q: "van 1" } });
    // As a worker that claimed it and died 30 minutes ago leaves it.
    await db().exportFile.update({
      where: { id },
      data: { status: "RUNNING", startedAt: new Date(Date.now() - 30 * 60 * 1000) },
    });
    const again = await queued(requester, { kind: "AWARD_HISTORY", filters: { q: "van 1" } });
    expect(again.joined).toBe(false);
    expect(again.id).not.toBe(id);
    // pg-boss's retry of the lost job takes the abandoned row again and makes it.
    await runExportJob(id, { storage: disk });
    expect(await db().exportFile.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "READY" });
  });
});

describe("expiry", () => {
  it("the sweep removes expired exports, file and row, and keeps the others", async () => {
    const ready = (await listMyExports(officer)).find((e) => e.status === "READY");
    const keyOf = async (id: string) => (await db().exportFile.findUniqueOrThrow({ where: { id } })).storageKey!;
    const key = await keyOf(ready!.id);
    expect(await disk.get(key)).not.toBeNull();
    const before = await sweepOrphanFiles({ storage: disk });
    expect(before.expiredExports).toEqual([]);
    expect(await disk.get(key)).not.toBeNull();

    // A row never finished (its job lost) goes once it is as old as an expired file.
    const stuck = await queued(officer, { kind: "AWARD_HISTORY", filters: { q: "van 2" } });
    const eightDaysOn = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    const swept = await sweepOrphanFiles({ storage: disk, now: eightDaysOn });
    expect(swept.expiredExports).toContain(key);
    expect(swept.expiredExports).toContain(`ExportFile ${stuck.id}`);
    expect(await disk.get(key)).toBeNull();
    expect(await db().exportFile.count({ where: { id: ready!.id } })).toBe(0);
    expect(await listMyExports(officer)).toHaveLength(0);
  });
});
