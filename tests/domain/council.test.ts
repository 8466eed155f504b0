import { describe, expect, it } from "vitest";
import {
  ballotOpenProblems,
  isRecused,
  moveMeeting,
  quorumRequired,
  tally,
  thresholdText,
} from "@/domain/council/rules";
import { NATIONAL_DEFAULTS, effectiveRules, type CouncilOverrides } from "@/domain/council/effective-rules";
import { amountFor, totalOf } from "@/domain/awards/amounts";

/**
 * The council's arithmetic. The share is counted on the whole membership with written opinions of
 * absent members, as Nghị định 91/2017/NĐ-CP Điều 45 khoản 8 did (the rule the current decrees'
 * unverified figures replace); quorum and percentages are the council's quy chế settings.
 */
const rules: CouncilOverrides = {
  quorumNumerator: 2,
  quorumDenominator: 3,
  thresholdPercent: 50,
  thresholdStrict: true,
  countsWrittenOpinions: true,
  thresholds: [{ catalogueCode: "CSTD_CS", percent: 70, strict: false }],
};
const zero = { agree: 0, disagree: 0, recused: 0 };

describe("quorum: a fraction of all seats, rounded up", () => {
  it("needs 4 of 5 and 6 of 9 for two thirds", () => {
    expect(quorumRequired(5, 2, 3)).toBe(4);
    expect(quorumRequired(9, 2, 3)).toBe(6);
    expect(quorumRequired(6, 1, 2)).toBe(3);
  });
});

describe("thresholds", () => {
  it("takes the council's rule for a title, else its general one where no province or decree figure exists", () => {
    // The council's own rule for a title, its general one where neither the province nor the decree sets one.
    const thresholdFor = (code: string | null) => effectiveRules(NATIONAL_DEFAULTS, null, rules, code).threshold;
    expect(thresholdFor("CSTD_CS").value).toEqual({ percent: 70, strict: false });
    expect(thresholdFor("GK_CT_XA")).toMatchObject({
      value: { percent: 50, strict: true },
      basis: expect.stringContaining("tỷ lệ chung"),
    });
    expect(thresholdFor(null).value).toMatchObject({ percent: 50 });
    expect(thresholdText({ percent: 50, strict: true })).toBe("trên 50% tổng số thành viên Hội đồng");
    expect(thresholdText({ percent: 90, strict: false })).toBe("từ 90% tổng số thành viên Hội đồng trở lên");
  });
});

describe("the count: a share of all members, not of those present or voting", () => {
  it("counts a member who did not vote as not agreeing", () => {
    // 5 seats, 3 present agree, 2 absent did not vote: 60% > 50%.
    expect(tally({ ...zero, agree: 3 }, 5, { percent: 50, strict: true })).toMatchObject({
      agreeing: 3,
      seats: 5,
      notAgreeing: 2,
      sharePercent: 60,
      passed: true,
    });
    // 2 of 5 agree, even though nobody disagreed: 40%.
    expect(tally({ ...zero, agree: 2 }, 5, { percent: 50, strict: true }).passed).toBe(false);
  });
  it("applies 'trên' strictly and 'từ … trở lên' inclusively, in integers", () => {
    expect(tally({ ...zero, agree: 2 }, 4, { percent: 50, strict: true }).passed).toBe(false);
    expect(tally({ ...zero, agree: 2 }, 4, { percent: 50, strict: false }).passed).toBe(true);
    expect(tally({ ...zero, agree: 7 }, 10, { percent: 70, strict: false }).passed).toBe(true);
    expect(tally({ ...zero, agree: 2 }, 3, { percent: 67, strict: false }).passed).toBe(false); // 66.67% < 67%
  });
  it("keeps a recused member in the denominator: recusal lowers the votes possible, not the membership (NĐ 98/2023 Điều 30 khoản 7)", () => {
    // 4 members, 1 recused, 2 agree: 2 of 4 = 50 %, not 2 of 3.
    expect(tally({ ...zero, agree: 2, recused: 1 }, 4, { percent: 50, strict: true })).toEqual({
      agreeing: 2,
      seats: 4,
      recused: 1,
      notAgreeing: 1,
      sharePercent: 50,
      passed: false,
    });
    expect(tally({ ...zero, agree: 2, recused: 1 }, 4, { percent: 50, strict: false }).passed).toBe(true);
    // From 80 %: 4 of 5 with one recused member reaches 80 % only if all four others agree.
    expect(tally({ ...zero, agree: 4, recused: 1 }, 5, { percent: 80, strict: false }).passed).toBe(true);
    expect(tally({ ...zero, agree: 3, recused: 1 }, 5, { percent: 80, strict: false }).passed).toBe(false);
  });
});

describe("recusal", () => {
  it("recuses a member from his own ballot and from a collective he heads", () => {
    expect(isRecused({ personId: "p1" }, { personId: "p1", headPersonId: null })).toBe(true);
    expect(isRecused({ personId: "p1" }, { personId: null, headPersonId: "p1" })).toBe(true);
    expect(isRecused({ personId: "p1" }, { personId: "p2", headPersonId: "p3" })).toBe(false);
    expect(isRecused({ personId: null }, { personId: null, headPersonId: null })).toBe(false);
  });
});

describe("the meeting's steps", () => {
  it("opens the session, then the ballot, then closes it, in that order only", () => {
    expect(moveMeeting("open", "SCHEDULED")).toEqual({ ok: true, to: "IN_SESSION" });
    expect(moveMeeting("openBallot", "IN_SESSION")).toEqual({ ok: true, to: "BALLOT_OPEN" });
    expect(moveMeeting("closeBallot", "BALLOT_OPEN")).toEqual({ ok: true, to: "BALLOT_CLOSED" });
    expect(moveMeeting("openBallot", "BALLOT_CLOSED").ok).toBe(false);
  });
  it("waits for quorum, the end of the disclosure window and every objection's answer", () => {
    const ok = {
      present: 4,
      quorumRequired: 4,
      disclosureTo: "2026-11-20",
      today: "2026-11-23",
      unresolvedObjections: 0,
      items: 3,
    };
    expect(ballotOpenProblems(ok)).toEqual([]);
    expect(ballotOpenProblems({ ...ok, present: 3 })).toEqual([
      "Chưa đủ số thành viên dự họp: có mặt 3, cần ít nhất 4.",
    ]);
    expect(ballotOpenProblems({ ...ok, disclosureTo: "2026-11-23" })[0]).toContain(
      "đang công khai đến hết ngày 23/11/2026",
    );
    expect(ballotOpenProblems({ ...ok, unresolvedObjections: 1 })[0]).toContain("Còn 1 ý kiến");
  });
});

describe("award money (NĐ 152/2025/NĐ-CP Điều 49–50; base salary on the decision date)", () => {
  it("uses the legal calendar's coefficient × the base salary of the decision date, or the plan's fixed value", () => {
    // Chiến sĩ thi đua cơ sở: 1,0 × 2.340.000 on 01/12/2025 (NĐ 152/2025 Điều 50 khoản 1).
    expect(
      amountFor({ catalogueCode: "CSTD_CS", cashValue: null, kind: "INDIVIDUAL", decidedOn: "2025-12-01" }),
    ).toMatchObject({ amount: 2_340_000 });
    // A collective's Giấy khen of the commune chair: 0,6 × 2.340.000 = 1.404.000 → 1.410.000 (NĐ 152/2025 Điều 54).
    expect(
      amountFor({ catalogueCode: "GK_CT_XA", cashValue: null, kind: "COLLECTIVE", decidedOn: "2025-12-01" }),
    ).toMatchObject({ amount: 1_410_000 });
    expect(amountFor({ catalogueCode: null, cashValue: 300_000, kind: "INDIVIDUAL", decidedOn: "2025-12-01" })).toEqual(
      { amount: 300_000, basis: "Giá trị cố định theo kế hoạch" },
    );
    // An individual's Giấy khen is open in the texts read: no figure, the chair enters it.
    expect(
      amountFor({ catalogueCode: "GK_CT_XA", cashValue: null, kind: "INDIVIDUAL", decidedOn: "2025-12-01" }),
    ).toBeNull();
    expect(totalOf([{ amount: 702_000, basis: "" }, null, { amount: 300_000, basis: "" }])).toBe(1_002_000);
  });
});
