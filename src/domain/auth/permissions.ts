/**
 * Who may do what, and how far down the tree. One table, read by `reachOf`; anything not in
 * the table is refused. "self" = the unit the account is working in; "subtree" = that unit and
 * every unit below it (reviewers and chairpersons oversee the units below — architecture note,
 * issue "Roles and tenant isolation").
 */

export const ROLES = ["ADMIN", "OFFICER", "REVIEWER", "COUNCIL_MEMBER", "CHAIR"] as const;
export type RoleCode = (typeof ROLES)[number];

export const PERMISSIONS = [
  "organisation.read",
  "organisation.write",
  "person.read",
  "person.write",
  "person.import",
  "discipline.read",
  "discipline.write",
  "account.manage",
  "audit.read",
  "plan.read",
  "plan.write",
  "plan.issue",
  "registration.write",
  "registration.review",
  "localform.write",
  "nomination.write",
  "nomination.review",
  "quota.allocate",
  "council.read",
  "council.manage",
  "award.approve",
  "decision.record",
  "signing.manage",
  "rules.read",
  "rules.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export type Reach = "none" | "self" | "subtree";

const TABLE: Record<RoleCode, Partial<Record<Permission, Exclude<Reach, "none">>>> = {
  ADMIN: {
    "organisation.read": "self",
    "organisation.write": "self",
    "person.read": "self",
    "person.write": "self",
    "person.import": "self",
    "discipline.read": "self",
    "discipline.write": "self",
    "account.manage": "self",
    "audit.read": "self",
    "plan.read": "self",
    "localform.write": "self",
    "council.read": "self",
    "council.manage": "self",
    // A province's rules for commune-level work (NĐ 152/2025/NĐ-CP Điều 6 khoản 2 điểm c); kept by its office.
    "rules.read": "self",
    "rules.manage": "self",
    // The unit's own signing certificate (a .p12), which the office then signs decisions with.
    "signing.manage": "self",
  },
  OFFICER: {
    "organisation.read": "self",
    "organisation.write": "self",
    "person.read": "self",
    "person.write": "self",
    "person.import": "self",
    "discipline.read": "self",
    "plan.read": "self",
    "plan.write": "self",
    "registration.write": "self",
    "registration.review": "self",
    "localform.write": "self",
    "nomination.write": "self",
    "council.read": "self",
    "council.manage": "self",
    "rules.read": "self",
    "rules.manage": "self",
    // The office (văn thư) records the signed, numbered decision that was sent out, or signs it
    // with the unit's certificate.
    "decision.record": "self",
  },
  REVIEWER: {
    "organisation.read": "subtree",
    "person.read": "subtree",
    "discipline.read": "subtree",
    "plan.read": "subtree",
    "registration.review": "self",
    "nomination.review": "self",
    "quota.allocate": "self",
    // Phòng Nội vụ is the council's standing office: it follows the meetings it prepares.
    "council.read": "self",
    "rules.read": "self",
  },
  COUNCIL_MEMBER: {
    "organisation.read": "self",
    "person.read": "self",
    "plan.read": "self",
    "council.read": "self",
    "rules.read": "self",
  },
  CHAIR: {
    "organisation.read": "subtree",
    "person.read": "subtree",
    "discipline.read": "subtree",
    "audit.read": "self",
    "plan.read": "subtree",
    "plan.write": "self",
    "plan.issue": "self",
    "registration.write": "self",
    "registration.review": "self",
    "nomination.write": "self",
    "nomination.review": "self",
    "quota.allocate": "self",
    "council.read": "self",
    "council.manage": "self",
    "award.approve": "self",
    "decision.record": "self",
    "rules.read": "self",
  },
};

const RANK: Record<Reach, number> = { none: 0, self: 1, subtree: 2 };

/** The widest reach any of the roles gives for the permission. Unknown roles give nothing. */
export function reachOf(roles: readonly string[], permission: Permission): Reach {
  let best: Reach = "none";
  for (const role of roles) {
    const reach = (TABLE as Record<string, (typeof TABLE)[RoleCode] | undefined>)[role]?.[permission];
    if (reach && RANK[reach] > RANK[best]) best = reach;
  }
  return best;
}

export function can(roles: readonly string[], permission: Permission): boolean {
  return reachOf(roles, permission) !== "none";
}

export const ROLE_LABELS: Record<RoleCode, string> = {
  ADMIN: "Quản trị",
  OFFICER: "Cán bộ phụ trách thi đua – khen thưởng",
  REVIEWER: "Phòng/Sở Nội vụ (thẩm định)",
  COUNCIL_MEMBER: "Thành viên Hội đồng",
  CHAIR: "Chủ tịch / người đứng đầu",
};
