import { describe, expect, it } from "vitest";
import { isStandIn, sessionRunnerProblem, type SessionRunner } from "@/domain/council/secretary";

/**
 * Who runs a session when the secretary is absent: the council's quy chế says (no article in
 * legal-facts.md does), e.g. "Thư ký vắng: Chủ tịch/Phó Chủ tịch Hội đồng được thay".
 */
const chair = { id: "ct", role: "CHU_TICH" as const };
const vice = { id: "pct", role: "PHO_CHU_TICH" as const };
const member = { id: "tv", role: "THANH_VIEN" as const };
const secretary = { id: "tk", role: "THU_KY" as const };
const run = (over: Partial<SessionRunner>): SessionRunner => ({
  seat: chair,
  secretarySeatIds: [],
  present: new Set(["ct", "pct", "tv"]),
  rule: { standIn: "CHAIR_OR_VICE", namedMemberId: null },
  ...over,
});

describe("who may stand in for the secretary", () => {
  it("follows the quy chế's choice", () => {
    const rule = (standIn: SessionRunner["rule"]["standIn"], namedMemberId: string | null = null) => ({
      standIn,
      namedMemberId,
    });
    expect([chair, vice, member].map((s) => isStandIn(s, rule("NOBODY")))).toEqual([false, false, false]);
    expect([chair, vice, member].map((s) => isStandIn(s, rule("CHAIR")))).toEqual([true, false, false]);
    expect([chair, vice, member].map((s) => isStandIn(s, rule("CHAIR_OR_VICE")))).toEqual([true, true, false]);
    expect([chair, vice, member].map((s) => isStandIn(s, rule("NAMED_MEMBER", "tv")))).toEqual([false, false, true]);
    expect(isStandIn(member, rule("NAMED_MEMBER"))).toBe(false);
  });
});

describe("who runs the session", () => {
  it("is always the secretary", () => {
    expect(sessionRunnerProblem(run({ seat: secretary, rule: { standIn: "NOBODY", namedMemberId: null } }))).toBeNull();
  });
  it("is the allowed stand-in of a council with no secretary seat", () => {
    expect(sessionRunnerProblem(run({ seat: vice }))).toBeNull();
  });
  it("is the stand-in when the secretary is seated but absent", () => {
    expect(sessionRunnerProblem(run({ secretarySeatIds: ["tk"] }))).toBeNull();
  });
  it("is not the stand-in while the secretary is present, nor when absent himself", () => {
    expect(sessionRunnerProblem(run({ secretarySeatIds: ["tk"], present: new Set(["tk", "ct"]) }))).toBe(
      "Thư ký Hội đồng có mặt: Thư ký điều hành phiên họp.",
    );
    expect(sessionRunnerProblem(run({ present: new Set(["pct"]) }))).toBe(
      "Người điều hành thay Thư ký phải có mặt tại phiên họp.",
    );
  });
  it("refuses a member the quy chế does not name, saying who may", () => {
    expect(sessionRunnerProblem(run({ seat: member }))).toBe(
      "Theo quy chế, khi Thư ký vắng mặt chỉ Chủ tịch hoặc Phó Chủ tịch Hội đồng điều hành thay.",
    );
    expect(sessionRunnerProblem(run({ rule: { standIn: "NOBODY", namedMemberId: null } }))).toBe(
      "Chỉ Thư ký Hội đồng điều hành phiên họp: quy chế của Hội đồng không cho ai thay Thư ký vắng mặt.",
    );
    expect(sessionRunnerProblem(run({ seat: null }))).toBe("Chỉ thành viên Hội đồng điều hành phiên họp.");
  });
});
