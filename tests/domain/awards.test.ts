import { describe, expect, it } from "vitest";
import { decisionDateProblem, revocationDateProblem } from "@/domain/awards/decision-rules";
import { budgetStanding } from "@/domain/awards/amounts";
import { approveAllProblem, planQuotaProblems } from "@/domain/nominations/quotas";
import { ownCouncilProblems } from "@/domain/nominations/batch-rules";
import { withoutSensitiveDetail } from "@/domain/eligibility/principles";
import { disciplineReasons } from "@/domain/eligibility/discipline";

describe("the plan's number at every step that counts against it (seed 002: 05 tập thể, 10 cá nhân)", () => {
  it("allows up to the quota and words the refusal for the step", () => {
    expect(planQuotaProblems({ formQuota: 10, counted: 9, adding: 1, step: "APPROVE" })).toEqual([]);
    expect(planQuotaProblems({ formQuota: null, counted: 99, adding: 1, step: "DECIDE" })).toEqual([]);
    expect(planQuotaProblems({ formQuota: 10, counted: 10, adding: 1, step: "APPROVE" })[0]!.message).toBe(
      "Vượt tổng số lượng khen thưởng của kế hoạch: 10, đã phê duyệt 10, phê duyệt thêm 1.",
    );
    expect(planQuotaProblems({ formQuota: 5, counted: 3, adding: 3, step: "DECIDE" })[0]!.message).toBe(
      "Vượt tổng số lượng khen thưởng của kế hoạch: 5, đã có quyết định 3, quyết định này có 3.",
    );
  });
});

describe("approving all passed nominees at once against the plan's number (seed 002: the plan's số lượng)", () => {
  it("lets them all through when they fit, else says by how many they pass it", () => {
    expect(approveAllProblem({ formQuota: 5, approved: 2, adding: 3 })).toBeNull();
    expect(approveAllProblem({ formQuota: null, approved: 40, adding: 40 })).toBeNull();
    expect(approveAllProblem({ formQuota: 5, approved: 2, adding: 4 })).toBe(
      "Không phê duyệt được cả 4 người, tập thể: số lượng của kế hoạch là 5, đã phê duyệt 2, còn 3; phê duyệt tất cả sẽ vượt 1. Chưa phê duyệt ai: hãy phê duyệt từng người trong số lượng còn lại.",
    );
    // A plan cut below what is already approved leaves nothing, never a negative remainder.
    expect(approveAllProblem({ formQuota: 1, approved: 2, adding: 1 })).toContain("còn 0; phê duyệt tất cả sẽ vượt 2");
  });
});

describe("decision and revocation dates (Luật TĐKT 2022: the head decides on the council's advice; Điều 93 khoản 2: revocation)", () => {
  it("dates a decision on or after the last meeting it rests on", () => {
    expect(decisionDateProblem("2026-11-20", ["2026-11-16", "2026-11-20"])).toBeNull();
    expect(decisionDateProblem("2026-11-15", ["2026-11-16"])).toEqual({
      message: "Ngày quyết định không trước ngày Hội đồng họp (16/11/2026).",
      field: "Chọn ngày từ ngày họp Hội đồng trở đi.",
    });
  });
  it("dates a revocation on or after the decision it undoes", () => {
    expect(revocationDateProblem("2026-12-01", "2026-12-01")).toBeNull();
    expect(revocationDateProblem("2026-11-30", "2026-12-01")?.message).toBe(
      "Ngày thu hồi không trước ngày quyết định khen thưởng (01/12/2026).",
    );
  });
});

describe("a proposal upward and its own council", () => {
  it("keeps home whoever the council did not pass, waits while it votes, and lets through the rest", () => {
    expect(ownCouncilProblems([{ label: "A", closed: true, result: "PASSED" }])).toBeNull();
    expect(ownCouncilProblems([])).toBeNull();
    expect(
      ownCouncilProblems([
        { label: "A", closed: true, result: "FAILED" },
        { label: "B", closed: false, result: null },
      ]),
    ).toBe("Không đạt tỷ lệ phiếu của Hội đồng đơn vị: A. Bỏ khỏi tờ trình trước khi gửi.");
    expect(ownCouncilProblems([{ label: "B", closed: false, result: null }])).toBe(
      "Hội đồng đơn vị chưa bỏ phiếu xong: B. Gửi sau khi kiểm phiếu.",
    );
  });
});

describe("reasons shown to someone without access to discipline records (NĐ 152/2025/NĐ-CP, Điều 4)", () => {
  it("says that the nominee is barred, not why", () => {
    const reasons = disciplineReasons(
      [{ status: "DECIDED", effectiveFrom: "2026-01-01", effectiveTo: null }],
      "2026-11-23",
    );
    const shown = withoutSensitiveDetail(reasons);
    expect(shown[0]).toMatchObject({ code: "UNDER_DISCIPLINE", article: "Nghị định 152/2025/NĐ-CP, Điều 4" });
    expect(shown[0]!.message).not.toContain("kỷ luật: không xét");
    expect(
      withoutSensitiveDetail([{ code: "NO_RATING", message: "Chưa có kết quả xếp loại năm 2026", article: "x" }])[0]!
        .message,
    ).toBe("Chưa có kết quả xếp loại năm 2026");
  });
});

describe("the plan's award money against its budget", () => {
  it("gives what is left, or by how much it is exceeded; nothing to compare when the plan states no budget", () => {
    expect(budgetStanding(1_000_000, 600_000)).toEqual({
      budget: 1_000_000,
      spent: 600_000,
      remaining: 400_000,
      overBy: 0,
    });
    expect(budgetStanding(800_000, 1_000_000)).toEqual({
      budget: 800_000,
      spent: 1_000_000,
      remaining: 0,
      overBy: 200_000,
    });
    expect(budgetStanding(null, 500_000)).toEqual({ budget: null, spent: 500_000, remaining: null, overBy: 0 });
  });
});
