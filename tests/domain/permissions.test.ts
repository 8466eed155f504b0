import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLES, can, reachOf } from "@/domain/auth/permissions";

describe("permission table", () => {
  it("gives reviewers and chairpersons the units below, officers only their own (issue 2: visibility follows the tree)", () => {
    expect(reachOf(["REVIEWER"], "person.read")).toBe("subtree");
    expect(reachOf(["CHAIR"], "organisation.read")).toBe("subtree");
    expect(reachOf(["OFFICER"], "person.read")).toBe("self");
    expect(reachOf(["COUNCIL_MEMBER"], "person.read")).toBe("self");
  });
  it("never lets a role write below its unit", () => {
    for (const role of ROLES) {
      for (const permission of PERMISSIONS.filter((p) => !p.endsWith(".read"))) {
        expect(reachOf([role], permission)).not.toBe("subtree");
      }
    }
  });
  it("takes the widest reach of several roles", () => {
    expect(reachOf(["OFFICER", "REVIEWER"], "person.read")).toBe("subtree");
    expect(can(["OFFICER", "REVIEWER"], "person.write")).toBe(true);
  });
  it("refuses unknown roles and roles without the permission", () => {
    expect(reachOf(["SUPERUSER"], "person.read")).toBe("none");
    expect(can(["REVIEWER"], "person.write")).toBe(false);
    expect(can(["OFFICER"], "account.manage")).toBe(false);
    expect(can([], "person.read")).toBe(false);
  });
});
