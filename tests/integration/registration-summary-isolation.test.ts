/**
 * The registration summary read a page at a time (issue 15 p2, and its unit lists at national scale)
 * and its .xlsx streamed (p5), on a district plan with 70 communes directly below: 45 registered
 * (approved, sent, returned in turn), 5 with a registration written but not sent, 20 with none, and
 * every other commune's name holding "Đồng". The counts per status, the count table and the totals
 * are PostgreSQL's: they must equal what the whole read (listPlanRegistrations) counts with the
 * domain's rule, returned and sent registrations shown but not totalled. The pages together hold
 * every unit once in one order, whatever the filter; the workbook every row. Other units' accounts
 * read none of it, and units of other districts never enter the list, even when their name matches.
 */
import { beforeAll, describe, expect, it } from "vitest";
import readExcelFile from "read-excel-file/node";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { approvedTotals, registrationCounts } from "@/domain/registration/aggregate";
import { summaryStatusOf, type SummaryStatus } from "@/domain/registration/summary-status";
import { toSearchText } from "@/domain/text/vietnamese";
import {
  exportRegistrationBatches,
  listPlanRegistrations,
  planRegistrationCounts,
  registrationSummaryPage,
  reopenRegistration,
  SUMMARY_PAGE_SIZE,
  type SummaryFilters,
} from "@/server/data/registration-review";
import { registrationXlsx } from "@/server/services/registration-export";
import { reviewerTasks } from "@/server/data/tasks/review";
import { bytesOf } from "@/server/documents/xlsx-stream";
import { createActor, createUnit, type TestUnit } from "../support/factories";
import { districtPlan } from "../support/district-plan";

const CODES = ["LDTT", "CSTD_CS", "TTLDTT"];
const COMMUNES = 70;
const REGISTERED = 45;
const NOT_SENT = 5;
const STATUSES = ["APPROVED", "SENT", "RETURNED"] as const;

let world: Awaited<ReturnType<typeof districtPlan>>;
let communes: TestUnit[];
let year: number;
/** Rows written per commune, by unit id: the expected content of its sheet. */
const written = new Map<string, string[]>();
/** Each listed unit's status group, by unit id (the district itself has no registration). */
const groupOf = new Map<string, SummaryStatus>();

/** Every page of the summary under `filters`, read one after the other as "Sau" would. */
async function allPages(filters: SummaryFilters) {
  const first = await registrationSummaryPage(world.chair, world.plan.id, filters);
  const lines = [...first.lines];
  for (let page = 2; page <= first.pages; page++) {
    const p = await registrationSummaryPage(world.chair, world.plan.id, { ...filters, page: String(page) });
    expect(p.page).toBe(page);
    lines.push(...p.lines);
  }
  return { first, lines };
}

beforeAll(async () => {
  world = await districtPlan({ quota: "" });
  await db().plan.update({ where: { id: world.plan.id }, data: { registrationItems: CODES } });
  ({ year } = await planRegistrationCounts(world.chair, world.plan.id));
  communes = [world.tree.c1, world.tree.c2];
  for (let n = 2; n < COMMUNES; n++) {
    const number = String(n).padStart(2, "0");
    communes.push(await createUnit(n % 2 ? `Xã Số ${number}` : `Xã Đồng Số ${number}`, "XA", world.tree.d1));
  }
  groupOf.set(world.tree.d1.id, "chua-dang-ky");
  for (const [n, unit] of communes.entries()) {
    groupOf.set(unit.id, "chua-dang-ky");
    if (n >= REGISTERED + NOT_SENT) continue;
    // 1 to 7 rows each, marking codes in a pattern that differs from commune to commune.
    const rows = Array.from({ length: 1 + (n % 7) }, (_, i) => ({
      position: i,
      kind: i === 0 ? ("COLLECTIVE" as const) : ("INDIVIDUAL" as const),
      label: i === 0 ? unit.name : `Người ${n}-${i}`,
      items: i === 0 ? ["TTLDTT"] : CODES.slice(0, 1 + ((n + i) % 2)),
      commitment: `Cam kết ${n}-${i}`,
    }));
    written.set(
      unit.id,
      rows.map((r) => r.label),
    );
    const status = n < REGISTERED ? STATUSES[n % 3]! : "NOT_SENT";
    groupOf.set(unit.id, summaryStatusOf(status));
    await db().registration.create({
      data: { planId: world.plan.id, unitId: unit.id, year, status, rows: { create: rows } },
    });
  }
});

describe("registration summary, a page at a time", () => {
  it("counts the units of each status and the approved totals in SQL, and its pages list every unit once in name order", async () => {
    const whole = await listPlanRegistrations(world.chair, world.plan.id);
    const { first, lines } = await allPages({});
    // The district itself and its 70 communes; 26 = 5 not sent + 20 without a registration + the district.
    expect(first.units).toBe(COMMUNES + 1);
    expect(first.count).toBe(COMMUNES + 1);
    expect(first.statusCounts).toEqual({ "chua-dang-ky": 26, "cho-duyet": 15, "tra-lai": 15, "da-duyet": 15 });
    expect(first.pages).toBe(Math.ceil((COMMUNES + 1) / SUMMARY_PAGE_SIZE));
    expect(first.lines).toHaveLength(SUMMARY_PAGE_SIZE);
    // Returned and sent registrations are shown, not totalled (issue 12, point 6).
    expect(first.totals).toEqual(approvedTotals(whole.registrations, CODES));
    expect(Object.values(first.totals).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

    // Every unit once, in the order of (name, id), as an independent read orders them.
    const expected = await db().unit.findMany({
      where: { OR: [{ id: world.tree.d1.id }, { parentId: world.tree.d1.id }] },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(lines.map((l) => l.unitId)).toEqual(expected.map((u) => u.id));
    const wholeById = new Map(whole.registrations.map((r) => [r.unitId, r]));
    const summed = Object.fromEntries(CODES.map((c) => [c, 0]));
    for (const line of lines) {
      expect(line.group).toBe(groupOf.get(line.unitId));
      const registration = wholeById.get(line.unitId);
      if (!registration) {
        expect(line.registration).toBeNull();
        continue;
      }
      // Per unit, the counts equal the domain's count of the unit's rows, in the order it wrote them.
      expect(line.registration!.counts).toEqual(registrationCounts(registration.rows, CODES));
      expect(line.registration!.rows.map((r) => r.label)).toEqual(written.get(line.unitId));
      if (line.registration!.status === "APPROVED")
        for (const [code, n] of Object.entries(line.registration!.counts)) summed[code]! += n;
    }
    expect(summed).toEqual(first.totals);
  });

  it("filters by status and by name typed with or without diacritics, paging within the filter", async () => {
    for (const status of ["chua-dang-ky", "cho-duyet", "tra-lai", "da-duyet"] as const) {
      const { first, lines } = await allPages({ status, pageSize: 10 });
      const ids = [...groupOf].filter(([, g]) => g === status).map(([id]) => id);
      expect(first.count).toBe(ids.length);
      expect(lines.map((l) => l.unitId).sort()).toEqual(ids.sort());
      expect(lines.every((l) => l.group === status)).toBe(true);
      // The counts at the top stay the plan's, whatever the list shows.
      expect(first.statusCounts["cho-duyet"]).toBe(15);
    }
    const dong = communes.filter((u) => u.name.includes("Đồng")).map((u) => u.id);
    expect(dong).toHaveLength(34);
    for (const name of ["dong", "ĐỒNG", "  Xã đồng  số "]) {
      const { first, lines } = await allPages({ name, pageSize: 10 });
      expect(first.pages).toBe(4);
      expect(lines.map((l) => l.unitId).sort()).toEqual([...dong].sort());
    }
    // Both at once: approved communes named "Đồng" (n even and a multiple of 3, below 45).
    const both = await registrationSummaryPage(world.chair, world.plan.id, { status: "da-duyet", name: "dong" });
    expect(both.lines.map((l) => l.unitId).sort()).toEqual(
      [6, 12, 18, 24, 30, 36, 42].map((n) => communes[n]!.id).sort(),
    );
    expect(both.lines.every((l) => l.registration?.status === "APPROVED")).toBe(true);
  });

  it("links each registration awaiting review, from the reviewer's tasks, to a summary filtered to its unit", async () => {
    const sent = (await reviewerTasks(world.chair)).filter((t) => t.key.startsWith("registration-review:"));
    expect(sent).toHaveLength(15);
    for (const task of sent.slice(0, 5)) {
      const href = new URL(task.href, "http://localhost");
      expect(href.pathname).toBe(`/ke-hoach/${world.plan.id}/dang-ky/tong-hop`);
      const shown = await registrationSummaryPage(world.chair, world.plan.id, {
        year: Number(href.searchParams.get("nam")),
        status: href.searchParams.get("trang-thai") as SummaryStatus,
        name: href.searchParams.get("tim") ?? undefined,
      });
      const regId = task.key.slice("registration-review:".length);
      expect(shown.lines.map((l) => l.registration?.id)).toEqual([regId]);
      expect(href.hash).toBe(`#dv-${shown.lines[0]!.unitId}`);
    }
  });

  it("shows an empty page for a name no unit holds, and reads a typed page past the end or not a number as the last or first", async () => {
    for (const name of ["không có đơn vị này", "%", "_", "\\"]) {
      const none = await registrationSummaryPage(world.chair, world.plan.id, { name });
      expect({ name, count: none.count, lines: none.lines, page: none.page, pages: none.pages }).toEqual({
        name,
        count: 0,
        lines: [],
        page: 1,
        pages: 1,
      });
    }
    const beyond = await registrationSummaryPage(world.chair, world.plan.id, { page: "99" });
    expect(beyond.page).toBe(3);
    expect(beyond.lines).toHaveLength(COMMUNES + 1 - 2 * SUMMARY_PAGE_SIZE);
    for (const page of ["abc", "-3", "0", ""])
      expect((await registrationSummaryPage(world.chair, world.plan.id, { page })).page).toBe(1);
  });
});

describe("registration .xlsx, streamed", () => {
  it("has the summary counted as the page counts it and a sheet per unit holding every row it registered", async () => {
    const { stream, fileName } = await registrationXlsx(world.chair, world.plan.id);
    expect(fileName).toBe(`dang-ky-thi-dua-${year}.xlsx`);
    const sheets = await readExcelFile(await bytesOf(stream));
    const counts = await planRegistrationCounts(world.chair, world.plan.id);
    expect(sheets.map((s) => s.sheet)).toEqual(["Tổng hợp", ...counts.lines.map((l) => l.unitName)]);
    const summary = sheets[0]!.data;
    for (const [i, line] of counts.lines.entries())
      expect(summary[2 + i]!.slice(2)).toEqual(CODES.map((c) => line.counts[c]));
    expect(summary[2 + counts.lines.length]!.slice(1)).toEqual([
      `15/${REGISTERED + NOT_SENT} đơn vị`,
      ...CODES.map((c) => counts.totals[c]),
    ]);
    let rows = 0;
    for (const [i, line] of counts.lines.entries()) {
      const text = sheets[1 + i]!.data.map((r) => r.map((c) => (c === null ? "" : String(c))));
      const labels = written.get(line.unitId)!;
      // Every label of the unit, once each, in its section's rows (label in column 2, "Cam kết …" in the last).
      const found = text.filter((r) => r.at(-1)!.startsWith("Cam kết ")).map((r) => r[1]);
      expect(found).toEqual(labels);
      rows += found.length;
    }
    expect(rows).toBe([...written.values()].reduce((n, l) => n + l.length, 0));
  });
});

describe("registration summary isolation", () => {
  it("refuses other units' accounts the counts and the pages, and their export batches read none of the plan", async () => {
    const { tree } = world;
    const lines = (await planRegistrationCounts(world.chair, world.plan.id)).lines;
    const outsiders: Actor[] = [
      await createActor(tree.d2, ["REVIEWER", "CHAIR", "OFFICER"]),
      await createActor(tree.c1, ["REVIEWER", "CHAIR", "OFFICER"]),
      await createActor(tree.p2, ["REVIEWER", "CHAIR", "OFFICER"]),
      // The province above the district does not review the district's plan either.
      await createActor(tree.p1, ["REVIEWER", "CHAIR", "OFFICER"]),
    ];
    for (const outsider of outsiders) {
      await expect(planRegistrationCounts(outsider, world.plan.id)).rejects.toMatchObject({ kind: "not_found" });
      await expect(registrationSummaryPage(outsider, world.plan.id, { name: "dong" })).rejects.toMatchObject({
        kind: "not_found",
      });
      await expect(registrationXlsx(outsider, world.plan.id)).rejects.toMatchObject({ kind: "not_found" });
      // Even handed the plan's registration ids, the batches find nothing of another unit's plan.
      const read: string[] = [];
      for await (const batch of exportRegistrationBatches(outsider, world.plan.id, lines, 7))
        read.push(...batch.map((r) => r.id));
      expect(read).toEqual([]);
    }
    // An account of the district without the review permission is refused the batches outright.
    const clerk = await createActor(tree.d1, ["COUNCIL_MEMBER"]);
    await expect(exportRegistrationBatches(clerk, world.plan.id, lines).next()).rejects.toMatchObject({
      kind: "forbidden",
    });
    // Positive control: the district reads them all, in small batches.
    const all: string[] = [];
    for await (const batch of exportRegistrationBatches(world.chair, world.plan.id, lines, 7))
      all.push(...batch.map((r) => r.id));
    expect(all).toEqual(lines.map((l) => l.id));
  });
});

describe("registration summary's unit list, tenant wall", () => {
  it("never lists a unit of another district or below a commune, even when its name matches", async () => {
    const { tree } = world;
    const elsewhere = [
      await createUnit("Xã Đồng Ngoài", "XA", tree.d2),
      // Below a commune of the district: not directly below it, and without a registration.
      await createUnit("Xã Đồng Dưới", "XA", tree.c1),
      await createUnit("Xã Đồng Xa", "XA", tree.p2),
    ];
    const { lines } = await allPages({ name: "dong" });
    expect(lines).toHaveLength(34);
    expect(lines.filter((l) => elsewhere.some((u) => u.id === l.unitId))).toEqual([]);
    // Another district's account, asking for the same plan with the same filter, reads nothing of it.
    const d2 = await createActor(tree.d2, ["REVIEWER", "CHAIR", "OFFICER"]);
    await expect(
      registrationSummaryPage(d2, world.plan.id, { name: "dong", status: "chua-dang-ky" }),
    ).rejects.toMatchObject({ kind: "not_found" });
  });

  it("keeps a reopened unit that had not registered among those not registered, with its reopened date", async () => {
    const unit = communes[REGISTERED + NOT_SENT]!;
    const before = await registrationSummaryPage(world.chair, world.plan.id, {
      status: "chua-dang-ky",
      name: unit.name,
    });
    expect(before.lines).toEqual([expect.objectContaining({ unitId: unit.id, registration: null })]);
    await reopenRegistration(world.chair, world.plan.id, unit.id, "2099-12-31", year);
    const after = await registrationSummaryPage(world.chair, world.plan.id, {
      status: "chua-dang-ky",
      name: unit.name,
    });
    expect(after.lines).toHaveLength(1);
    expect(after.lines[0]!.registration).toMatchObject({ status: "NOT_SENT", reopenedUntil: new Date("2099-12-31") });
    expect(after.statusCounts["chua-dang-ky"]).toBe(26);
  });

  it("finds a renamed unit by its new name: the database rewrites the folded name it matches", async () => {
    const unit = communes[3]!;
    await db().unit.update({ where: { id: unit.id }, data: { name: "Phường Hòa Bình Mới" } });
    const stored = await db().unit.findUniqueOrThrow({ where: { id: unit.id }, select: { searchText: true } });
    expect(stored.searchText).toBe(toSearchText("Phường Hòa Bình Mới"));
    const found = await registrationSummaryPage(world.chair, world.plan.id, { name: "hoa binh moi" });
    expect(found.lines.map((l) => l.unitId)).toEqual([unit.id]);
    await db().unit.update({ where: { id: unit.id }, data: { name: unit.name } });
    expect((await registrationSummaryPage(world.chair, world.plan.id, { name: "hoa binh moi" })).count).toBe(0);
  });
});
