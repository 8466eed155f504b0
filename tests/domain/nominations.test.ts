import { describe, expect, it } from "vitest";
import { acceptanceProblems, allocationProblems, submissionProblems } from "@/domain/nominations/quotas";
import { canEditBatch, decideBatch, dossierDeadlineProblem, dossierProblems } from "@/domain/nominations/batch-rules";
import { shareCapAllowed, shareCapProblem } from "@/domain/nominations/share-cap";

/**
 * Quotas of a plan (seed 002, Kế hoạch của UBND huyện Hớn Quản 2024: "Số lượng: 05 tập thể và
 * 10 cá nhân"; "Phòng Nội vụ … phân bổ số lượng khen thưởng theo quy định") and the dossier
 * rules of the plans (hồ sơ đề nghị, thời hạn nộp hồ sơ).
 */
describe("allocation of a plan's quota to units", () => {
  const form = {
    quota: 10,
    subQuotas: [
      { category: "Phòng, ban", quota: 4 },
      { category: "Xã, thị trấn", quota: 6 },
    ],
  };
  it("accepts allocations within the quota and each sub-quota", () => {
    expect(
      allocationProblems(form, [
        { unitId: "a", category: "Phòng, ban", quantity: 4 },
        { unitId: "b", category: "Xã, thị trấn", quantity: 6 },
      ]),
    ).toEqual([]);
  });
  it("refuses more than the quota, more than a sub-quota, unknown categories and negative numbers", () => {
    expect(
      allocationProblems({ quota: 5, subQuotas: [] }, [
        { unitId: "a", category: "", quantity: 3 },
        { unitId: "b", category: "", quantity: 3 },
      ]).map((p) => p.message),
    ).toEqual(["Tổng phân bổ (6) vượt số lượng khen thưởng của kế hoạch (5)."]);
    expect(
      allocationProblems(form, [{ unitId: "a", category: "Phòng, ban", quantity: 5 }]).map((p) => p.message),
    ).toEqual(['Phân bổ cho nhóm "Phòng, ban" (5) vượt chỉ tiêu của nhóm (4).']);
    expect(allocationProblems(form, [{ unitId: "a", category: "Khác", quantity: 1 }])[0]!.message).toBe(
      'Nhóm "Khác" không có trong kế hoạch.',
    );
    expect(allocationProblems(form, [{ unitId: "a", category: "", quantity: -1 }])[0]!.message).toBe(
      "Số lượng phân bổ phải là số nguyên không âm.",
    );
  });
  it("has nothing to allocate for a form without a quota", () => {
    expect(allocationProblems({ quota: null, subQuotas: [] }, [])).toHaveLength(1);
  });
});

describe("submission and acceptance never exceed the numbers", () => {
  it("lets a unit propose up to its allocation, counting what it already proposed", () => {
    expect(submissionProblems({ formQuota: 10, allocated: 3, alreadyProposed: 1, inBatch: 2 })).toEqual([]);
    expect(submissionProblems({ formQuota: 10, allocated: 3, alreadyProposed: 2, inBatch: 2 })[0]!.message).toBe(
      "Vượt số lượng được phân bổ: đơn vị được đề nghị 3, đã đề nghị 2, tờ trình này có 2.",
    );
    expect(submissionProblems({ formQuota: 10, allocated: null, alreadyProposed: 0, inBatch: 1 })).toHaveLength(1);
    expect(submissionProblems({ formQuota: null, allocated: null, alreadyProposed: 50, inBatch: 50 })).toEqual([]);
  });
  it("never accepts beyond the plan's total, whatever was allocated", () => {
    expect(acceptanceProblems({ formQuota: 5, acceptedSoFar: 4, inBatch: 1 })).toEqual([]);
    expect(acceptanceProblems({ formQuota: 5, acceptedSoFar: 4, inBatch: 2 })[0]!.message).toBe(
      "Vượt tổng số lượng khen thưởng của kế hoạch: 5, đã chấp nhận 4, tờ trình này có 2.",
    );
  });
});

describe("batch rules", () => {
  it("blocks submission while a document is missing or to be corrected, saying which", () => {
    expect(
      dossierProblems([
        {
          label: "Lê Thị Thu",
          documents: [
            { name: "Báo cáo thành tích", state: "UPLOADED" },
            { name: "Biên bản họp", state: "MISSING" },
          ],
        },
      ]),
    ).toEqual(['Lê Thị Thu: thiếu "Biên bản họp".']);
    expect(dossierProblems([{ label: "A", documents: [{ name: "Báo cáo", state: "NEEDS_CORRECTION" }] }])).toEqual([
      'A: cần sửa "Báo cáo".',
    ]);
    expect(dossierProblems([])).toEqual(["Tờ trình chưa có người, tập thể nào được đề nghị."]);
  });
  it("closes at the end of the dossier deadline day in Vietnam, unless extended for the unit (seed 000: hạn 10/11/2024)", () => {
    expect(dossierDeadlineProblem("2024-11-10", null, new Date("2024-11-10T16:59:00Z"))).toBeNull();
    expect(dossierDeadlineProblem("2024-11-10", null, new Date("2024-11-10T17:00:00Z"))).toBe(
      "Đã hết hạn nộp hồ sơ (10/11/2024). Đề nghị đơn vị thẩm định gia hạn cho đơn vị.",
    );
    expect(dossierDeadlineProblem("2024-11-10", "2024-11-20", new Date("2024-11-15T00:00:00Z"))).toBeNull();
    expect(dossierDeadlineProblem(null, null, new Date())).toBeNull();
  });
  it("moves draft → submitted → returned (a new round) → submitted → accepted, and edits only while not sent", () => {
    expect(decideBatch("submit", "DRAFT")).toEqual({ ok: true, to: "SUBMITTED" });
    expect(decideBatch("return", "SUBMITTED")).toEqual({ ok: true, to: "RETURNED" });
    expect(decideBatch("submit", "RETURNED")).toEqual({ ok: true, to: "SUBMITTED" });
    expect(decideBatch("accept", "SUBMITTED")).toEqual({ ok: true, to: "ACCEPTED" });
    expect(decideBatch("accept", "DRAFT")).toEqual({ ok: false, reason: "Không thể chấp nhận tờ trình đang soạn." });
    expect(["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"].filter((s) => canEditBatch(s as "DRAFT"))).toEqual([
      "DRAFT",
      "RETURNED",
    ]);
  });
});

describe("a share cap set by the plan (no national cap in force: NĐ 91/2017/NĐ-CP Điều 9 khoản 3 lapsed on 01/01/2024)", () => {
  it("rounds the share down and counts what the unit already proposed", () => {
    expect(shareCapAllowed(15, 20)).toBe(3);
    expect(shareCapAllowed(15, 6)).toBe(0);
    const cap = {
      capPercent: 15,
      baseName: "Lao động tiên tiến",
      baseCount: 20,
      year: 2026,
      alreadyProposed: 1,
      inBatch: 2,
    };
    expect(shareCapProblem(cap)).toBeNull();
    expect(shareCapProblem({ ...cap, inBatch: 3 })).toBe(
      'Vượt tỷ lệ 15% số "Lao động tiên tiến" năm 2026 của đơn vị (20 người: tối đa 3); đã đề nghị 1, tờ trình này có 3. Tỷ lệ theo kế hoạch (quy định của tỉnh).',
    );
  });
});
