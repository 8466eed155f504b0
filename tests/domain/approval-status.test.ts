import { describe, expect, it } from "vitest";
import {
  approvable,
  approvalStatus,
  approvalTally,
  selectionProblem,
  STATUS_FACTS,
  type ApprovalFacts,
} from "@/domain/council/approval-status";

/**
 * The chair's approval after the council's vote (the council advises, NĐ 98/2023 Điều 30 k7; the
 * chair who confers decides, Luật 06/2022/QH15 Điều 80): where an item stands, and the board's counts.
 */

const item = (over: Partial<ApprovalFacts> = {}): ApprovalFacts => ({
  result: "PASSED",
  approval: "PENDING",
  decided: false,
  ...over,
});

describe("an item's approval status", () => {
  it("awaits approval only when the council passed it and the chair has neither approved nor refused it", () => {
    expect(approvalStatus(item())).toBe("cho-duyet");
    expect(approvalStatus(item({ approval: "APPROVED" }))).toBe("da-duyet");
    expect(approvalStatus(item({ approval: "REJECTED" }))).toBe("khong-duyet");
    expect(approvalStatus(item({ result: "FAILED" }))).toBe("khong-dat");
    expect(approvalStatus(item({ approval: "APPROVED", decided: true }))).toBe("co-quyet-dinh");
    expect(approvalStatus(item({ result: null }))).toBeNull();
  });

  it("may be approved while pending or refused, never once approved, decided or failed at the council", () => {
    expect(approvable(item())).toBe(true);
    expect(approvable(item({ approval: "REJECTED" }))).toBe(true);
    expect(approvable(item({ approval: "APPROVED" }))).toBe(false);
    expect(approvable(item({ approval: "APPROVED", decided: true }))).toBe(false);
    expect(approvable(item({ result: "FAILED" }))).toBe(false);
  });

  it("is what the filter's facts select", () => {
    for (const [status, facts] of Object.entries(STATUS_FACTS)) {
      const example = item({ approval: "APPROVED", ...facts, decided: facts.decided ?? false });
      expect(approvalStatus(example)).toBe(status);
    }
  });
});

describe("the board's counts for a form", () => {
  it("folds grouped counts: approved counts decided approvals too, awaiting approval only the pending passed", () => {
    const tally = approvalTally([
      { ...item(), count: 3 },
      { ...item({ approval: "APPROVED" }), count: 2 },
      { ...item({ approval: "APPROVED", decided: true }), count: 4 },
      { ...item({ approval: "REJECTED" }), count: 1 },
      { ...item({ result: "FAILED" }), count: 5 },
      { ...item({ result: null }), count: 7 },
    ]);
    expect(tally).toMatchObject({
      passed: 10,
      failed: 5,
      awaitingApproval: 3,
      approved: 6,
      awarded: 4,
      awaitingDecision: 2,
    });
    expect(tally.byStatus).toEqual({
      "cho-duyet": 3,
      "da-duyet": 2,
      "khong-duyet": 1,
      "co-quyet-dinh": 4,
      "khong-dat": 5,
    });
  });

  it("is all zero for a form nobody was voted on for", () => {
    expect(approvalTally([])).toMatchObject({ passed: 0, failed: 0, awaitingApproval: 0, approved: 0 });
  });
});

describe("approving the selected nominees of a form's round together", () => {
  it("fits when the round's number holds all of them, or the plan sets none", () => {
    expect(selectionProblem({ formQuota: 5, approved: 3, adding: 2 })).toBeNull();
    expect(selectionProblem({ formQuota: null, approved: 30, adding: 20 })).toBeNull();
  });

  it("past the number, approves none and says how many to untick", () => {
    expect(selectionProblem({ formQuota: 5, approved: 3, adding: 4 })).toBe(
      "Đã chọn 4 người, tập thể nhưng số lượng của kế hoạch là 5, đã phê duyệt 3, chỉ còn 2. Chưa phê duyệt ai: hãy bỏ chọn 2 người, tập thể.",
    );
    // An amendment cut the number below what is already approved: nothing left.
    expect(selectionProblem({ formQuota: 2, approved: 3, adding: 1 })).toContain("chỉ còn 0");
  });
});
