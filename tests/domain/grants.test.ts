import { describe, expect, it } from "vitest";
import { accountControlProblems, grantProblems, seatProblems, type Granter } from "@/domain/auth/grants";

const admin: Granter = { userId: "admin", operator: false };
const operator: Granter = { userId: "op", operator: true };
const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe("who grants which role where (issue 11, separation of duties)", () => {
  it("lets an administrator give working roles in its own unit and below, never above or beside", () => {
    expect(grantProblems(admin, { userId: null, place: "own", roles: ["ADMIN", "OFFICER", "REVIEWER"] })).toEqual([]);
    expect(grantProblems(admin, { userId: null, place: "below", roles: ["ADMIN"] })).toEqual([]);
    expect(codes(grantProblems(admin, { userId: null, place: "outside", roles: ["OFFICER"] }))).toEqual(["OUTSIDE"]);
  });

  it("keeps the chairperson and council seats for the administrator of a unit above", () => {
    const own = grantProblems(admin, {
      userId: "someone",
      place: "own",
      roles: ["CHAIR", "COUNCIL_MEMBER", "OFFICER"],
    });
    expect(own.map((p) => [p.code, p.role])).toEqual([
      ["NEEDS_UNIT_ABOVE", "CHAIR"],
      ["NEEDS_UNIT_ABOVE", "COUNCIL_MEMBER"],
    ]);
    expect(own[0]!.message).toContain("đơn vị cấp trên");
    expect(grantProblems(admin, { userId: "someone", place: "below", roles: ["CHAIR", "COUNCIL_MEMBER"] })).toEqual([]);
    // The operator stands for the unit above where there is none (a province's chairperson).
    expect(grantProblems(operator, { userId: "someone", place: "outside", roles: ["CHAIR"] })).toEqual([]);
  });

  it("never lets anyone grant (or drop) a deciding seat for themselves, the operator included", () => {
    expect(codes(grantProblems(admin, { userId: "admin", place: "below", roles: ["CHAIR"] }))).toEqual(["SELF_GRANT"]);
    expect(codes(grantProblems(admin, { userId: "admin", place: "own", roles: ["COUNCIL_MEMBER"] }))).toEqual([
      "SELF_GRANT",
    ]);
    expect(codes(grantProblems(operator, { userId: "op", place: "outside", roles: ["CHAIR"] }))).toEqual([
      "SELF_GRANT",
    ]);
    // Working roles for oneself stay as before (an administrator may also be its unit's officer).
    expect(grantProblems(admin, { userId: "admin", place: "own", roles: ["OFFICER"] })).toEqual([]);
  });
});

describe("who may lock out or reset an account", () => {
  const account = (memberships: { place: "own" | "below" | "outside"; role: "ADMIN" | "OFFICER" | "CHAIR" }[]) => ({
    userId: "u",
    operator: false,
    memberships,
  });

  it("an administrator controls accounts whose every role it could grant", () => {
    expect(accountControlProblems(admin, account([{ place: "own", role: "OFFICER" }]))).toEqual([]);
    expect(accountControlProblems(admin, account([{ place: "below", role: "CHAIR" }]))).toEqual([]);
  });

  it("not its own chairperson, nor an account that also works outside its reach, nor an operator", () => {
    expect(codes(accountControlProblems(admin, account([{ place: "own", role: "CHAIR" }])))).toEqual([
      "NEEDS_UNIT_ABOVE",
    ]);
    const shared = account([
      { place: "own", role: "OFFICER" },
      { place: "outside", role: "ADMIN" },
    ]);
    expect(codes(accountControlProblems(admin, shared))).toEqual(["OUTSIDE"]);
    expect(codes(accountControlProblems(admin, { ...account([]), operator: true }))).toEqual(["OUTSIDE"]);
    expect(accountControlProblems(operator, shared)).toEqual([]);
  });

  it("nobody does it to their own account", () => {
    expect(codes(accountControlProblems(admin, { ...account([]), userId: "admin" }))).toEqual(["SELF_GRANT"]);
  });
});

describe("council seats", () => {
  it("nobody seats themselves on the council that votes on awards", () => {
    expect(seatProblems(admin, "someone")).toEqual([]);
    expect(codes(seatProblems(admin, "admin"))).toEqual(["SELF_GRANT"]);
  });
});
