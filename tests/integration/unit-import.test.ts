import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import {
  cancelUnitImportJob,
  confirmUnitImportJob,
  createUnitImportJob,
  findUnitImportJob,
  needsRunner,
  runUnitImportJob,
} from "@/server/units/import-job";
import { applyUnitImport, prepareUnitImport, UnitImportRefused } from "@/server/units/unit-import";

/**
 * The operator's unit import end to end on a real database: a three-level list, then the two-level
 * list with its succession list (a merger and a split, as NQ 1666/NQ-UBTVQH15 did to xã Đình Dù),
 * previewed before anything changes, applied as a job, idempotent, and refused whole on a bad row.
 * Codes 97… are used by no other test file.
 */
const operator = { userId: "operator-test" };

const THREE_LEVEL = [
  "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp",
  "Tỉnh Thử Nghiệm,97,Huyện Thử,971,Xã An,97101,Xã",
  "Tỉnh Thử Nghiệm,97,Huyện Thử,971,Xã Bình,97102,Xã",
  "Tỉnh Thử Nghiệm,97,Huyện Thử,971,Xã Châu,97103,Xã",
  "Tỉnh Thử Nghiệm,97,Huyện Thử,971,Xã Đông,97104,Xã",
].join("\n");

const TWO_LEVEL = [
  "Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp",
  "Tỉnh Thử Nghiệm,97,Xã An Bình,97101,Xã",
  "Tỉnh Thử Nghiệm,97,Xã Châu Đông,97110,Xã",
].join("\n");

// An + Bình + part of Đông → An Bình (keeps 97101); Châu + the rest of Đông → Châu Đông (97110).
const SUCCESSION = [
  "Mã cũ,Mã mới,Ngày hiệu lực,Nghị quyết",
  "97,97,01/07/2025,202/2025/QH15",
  "97101,97101,01/07/2025,9999/NQ-UBTVQH15",
  "97102,97101,01/07/2025,9999/NQ-UBTVQH15",
  "97104,97101,01/07/2025,9999/NQ-UBTVQH15",
  "97103,97110,01/07/2025,9999/NQ-UBTVQH15",
  "97104,97110,01/07/2025,9999/NQ-UBTVQH15",
].join("\n");

async function runJob(files: Parameters<typeof createUnitImportJob>[1]) {
  const { id } = await createUnitImportJob(operator, files);
  await confirmUnitImportJob(operator, id);
  await runUnitImportJob(id);
  return findUnitImportJob(operator, id);
}

const unitsOf = async (code: string) =>
  db().unit.findMany({
    where: { code },
    orderBy: { validFrom: { sort: "asc", nulls: "first" } },
    include: { successorLinks: { include: { successor: true } } },
  });

describe("the unit import (national list and succession list)", () => {
  it("previews, then applies as a job: a merger and a split, successors linked, predecessors ended, audited", async () => {
    const first = await runJob({ list: { name: "ba-cap.csv", text: THREE_LEVEL } });
    expect(first).toMatchObject({ status: "DONE", outcome: { created: 6 } });

    const { id } = await createUnitImportJob(operator, {
      list: { name: "hai-cap.csv", text: TWO_LEVEL },
      succession: { name: "ke-thua.csv", text: SUCCESSION },
    });
    const preview = await findUnitImportJob(operator, id);
    expect(preview.status).toBe("PREVIEW");
    expect(preview.errors).toEqual([]);
    expect(preview.total).toBe(3 + 6);
    expect(preview.preview.list?.added.map((u) => u.name)).toEqual(["Tỉnh Thử Nghiệm", "Xã An Bình", "Xã Châu Đông"]);
    const s = preview.preview.succession!;
    expect(s.merged.map((m) => [m.successor.name, m.predecessors.map((p) => p.name)])).toEqual([
      ["Xã An Bình", ["Xã An", "Xã Bình", "Xã Đông"]],
      ["Xã Châu Đông", ["Xã Châu", "Xã Đông"]],
    ]);
    expect(s.split).toEqual([
      expect.objectContaining({
        predecessor: { code: "97104", name: "Xã Đông" },
        successors: [
          { code: "97101", name: "Xã An Bình" },
          { code: "97110", name: "Xã Châu Đông" },
        ],
      }),
    ]);
    expect(s.succeeded.map((x) => x.successor.name)).toEqual(["Tỉnh Thử Nghiệm"]);
    // Nothing changed before confirming.
    expect(await db().unit.count({ where: { code: "97110" } })).toBe(0);

    await confirmUnitImportJob(operator, id);
    await runUnitImportJob(id);
    const done = await findUnitImportJob(operator, id);
    expect(done).toMatchObject({ status: "DONE", processed: 9, total: 9 });
    expect(done.outcome).toMatchObject({ created: 3, linksCreated: 6 });

    const [oldAn, newAn] = await unitsOf("97101");
    expect(oldAn!.validTo?.toISOString().slice(0, 10)).toBe("2025-06-30");
    expect(oldAn!.successorLinks.map((l) => [l.successor.name, l.resolution])).toEqual([
      ["Xã An Bình", "9999/NQ-UBTVQH15"],
    ]);
    expect(oldAn!.successorId).toBe(newAn!.id);
    const [dong] = await unitsOf("97104");
    expect(dong!.successorLinks.map((l) => l.successor.name).sort()).toEqual(["Xã An Bình", "Xã Châu Đông"]);
    expect(dong!.successorId).toBeNull(); // split: no single successor
    expect(
      await db().auditEntry.count({
        where: { entity: "UnitSuccession", unitId: newAn!.id, actorUserId: operator.userId },
      }),
    ).toBe(3);
  });

  it("is idempotent: the same files again change nothing and write no audit entry", async () => {
    const files = { listCsv: TWO_LEVEL, successionCsv: SUCCESSION };
    const prepared = await prepareUnitImport(files);
    expect(prepared.errors).toEqual([]);
    expect(prepared.preview.list).toMatchObject({ added: [], renamed: [], moved: [], ended: [], unchanged: 3 });
    expect(prepared.preview.succession).toMatchObject({ unchanged: 6, ended: [] });
    // Other test files write audit entries meanwhile: count those of this file's units.
    const mine = { unit: { code: { in: ["97", "971", "97101", "97102", "97103", "97104", "97110"] } } };
    const audits = await db().auditEntry.count({ where: mine });
    const outcome = await applyUnitImport(files, { userId: null });
    expect(outcome).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
      linksCreated: 0,
      linksUpdated: 0,
      changes: 0,
    });
    expect(await db().auditEntry.count({ where: mine })).toBe(audits);
    expect(await db().unitSuccession.count({ where: { successor: { code: { in: ["97", "97101", "97110"] } } } })).toBe(
      6,
    );
  });

  it("refuses the whole file on a bad row: a successor that does not exist, a loop, a file of another format", async () => {
    const bad = [
      "Mã cũ,Mã mới,Ngày hiệu lực,Nghị quyết",
      "97110,97101,01/01/2026,1/NQ-HDND",
      "97101,97110,01/01/2026,1/NQ-HDND",
      "97101,97199,01/01/2026,1/NQ-HDND",
    ].join("\n");
    const { id } = await createUnitImportJob(operator, { succession: { name: "sai.csv", text: bad } });
    const job = await findUnitImportJob(operator, id);
    expect(job.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(job.errors[0]!.message).toBe(
      "Tạo thành vòng lặp kế thừa: Xã An Bình (97101) → Xã Châu Đông (97110) → Xã An Bình (97101).",
    );
    expect(job.errors[1]!.message).toContain("Không có đơn vị kế thừa mã 97199 có hiệu lực từ ngày 01/01/2026");
    await expect(confirmUnitImportJob(operator, id)).rejects.toThrow("không có lỗi");
    await expect(applyUnitImport({ successionCsv: bad }, { userId: null })).rejects.toBeInstanceOf(UnitImportRefused);
    // Row 2 alone was good, but nothing of the file was applied.
    const [chauDong] = await unitsOf("97110");
    expect(chauDong!.validTo).toBeNull();
    expect(chauDong!.successorLinks).toEqual([]);

    const swapped = await prepareUnitImport({ listCsv: SUCCESSION, successionCsv: THREE_LEVEL });
    expect(swapped.errors.map((e) => e.message)).toEqual([
      "Tệp này là danh sách kế thừa, không phải danh mục: hãy tải nó lên ở ô danh sách kế thừa.",
      "Tệp này là danh mục đơn vị hành chính, không phải danh sách kế thừa: hãy tải nó lên ở ô danh mục.",
    ]);
    await cancelUnitImportJob(operator, id);
    expect((await findUnitImportJob(operator, id)).status).toBe("CANCELLED");
  });

  it("a job whose runner died is run again by the next one that sees it", async () => {
    const { id } = await createUnitImportJob(operator, { list: { name: "hai-cap.csv", text: TWO_LEVEL } });
    await confirmUnitImportJob(operator, id);
    // As if a server had claimed it and died three minutes ago.
    await db().unitImportJob.update({
      where: { id },
      data: { status: "RUNNING", heartbeatAt: new Date(Date.now() - 3 * 60_000) },
    });
    const stuck = await findUnitImportJob(operator, id);
    expect(needsRunner(stuck)).toBe(true);
    await runUnitImportJob(id);
    const done = await findUnitImportJob(operator, id);
    expect(done.status).toBe("DONE");
    expect(needsRunner(done)).toBe(false);
    // A second runner finds nothing to do.
    await runUnitImportJob(id);
    expect((await findUnitImportJob(operator, id)).status).toBe("DONE");
  });
});
