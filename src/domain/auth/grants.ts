import { ROLE_LABELS, type RoleCode } from "./permissions";

/**
 * Who may give (or take away) which role where: the separation of duties of issue 11.
 *
 * - An administrator looks after accounts of its own unit and of the units below it, never of a
 *   unit above or beside it.
 * - The chairperson and the council's members decide awards (the chair signs the decision, the
 *   council votes): an administrator must not be able to put itself, or anyone, in those seats in
 *   its own unit. So CHAIR and COUNCIL_MEMBER are granted and withdrawn only by the administrator
 *   of a unit above (or the system operator), and nobody ever grants them to themselves. This is a
 *   control of the application, not an article of law: the law says who confers what (Luật Thi
 *   đua, khen thưởng 2022 Điều 80; NĐ 129/2025/NĐ-CP Điều 59), not who keeps the account list.
 *
 * The rules are pure: the data layer says where the target unit sits from the granter's unit
 * (`UnitPlace`) and which roles change; these functions say what is wrong, in Vietnamese.
 */

/** Where a unit sits seen from the granter's unit. */
export type UnitPlace = "own" | "below" | "outside";

export type Granter = { userId: string; operator: boolean };

/** A unit's administrator as these rules see it (an operator is `{ userId, operator: true }`). */
export const administrator = (userId: string): Granter => ({ userId, operator: false });

/** Roles being given or withdrawn in one unit; `userId` null for an account not known (a new email). */
export type RoleChange = { userId: string | null; place: UnitPlace; roles: readonly RoleCode[] };

export type GrantProblem = {
  code: "OUTSIDE" | "SELF_GRANT" | "NEEDS_UNIT_ABOVE";
  role?: RoleCode;
  message: string;
};

/** Roles that decide awards: granted only from above, never to oneself. */
export const DECIDING_ROLES: readonly RoleCode[] = ["CHAIR", "COUNCIL_MEMBER"];

export function grantProblems(granter: Granter, change: RoleChange): GrantProblem[] {
  if (!granter.operator && change.place === "outside")
    return [{ code: "OUTSIDE", message: "Đơn vị này không thuộc phạm vi bạn quản trị." }];
  const problems: GrantProblem[] = [];
  for (const role of change.roles.filter((r) => DECIDING_ROLES.includes(r))) {
    if (change.userId === granter.userId) {
      problems.push({
        code: "SELF_GRANT",
        role,
        message: `Không ai tự cấp hoặc tự bỏ vai trò "${ROLE_LABELS[role]}" cho mình.`,
      });
    } else if (!granter.operator && change.place === "own") {
      problems.push({
        code: "NEEDS_UNIT_ABOVE",
        role,
        message: `Vai trò "${ROLE_LABELS[role]}" do quản trị của đơn vị cấp trên (hoặc quản trị hệ thống) cấp.`,
      });
    }
  }
  return problems;
}

/** An account as the control rules see it: its roles, each with where its unit sits from the granter's. */
export type ControlledAccount = {
  userId: string;
  operator: boolean;
  memberships: readonly { place: UnitPlace; role: RoleCode }[];
};

/**
 * Whether the granter may disable, re-enable or send a password link to an account. Taking over
 * an account (a reset link) or locking it out is as strong as holding its roles, so the granter
 * must be able to grant every role the account holds, wherever it holds it: a commune
 * administrator cannot reset its chairperson's password, nor that of an account that also works
 * in another province. Nobody does this to their own account (they change their password).
 */
export function accountControlProblems(granter: Granter, account: ControlledAccount): GrantProblem[] {
  if (account.userId === granter.userId)
    return [{ code: "SELF_GRANT", message: "Đây là tài khoản của bạn: hãy dùng trang Tài khoản của tôi." }];
  if (granter.operator) return [];
  if (account.operator || account.memberships.some((m) => m.place === "outside"))
    return [
      {
        code: "OUTSIDE",
        message:
          "Tài khoản này còn làm việc ở đơn vị ngoài phạm vi bạn quản trị: chỉ quản trị hệ thống làm được việc này.",
      },
    ];
  const seen = new Set<string>();
  return account.memberships
    .flatMap((m) => grantProblems(granter, { userId: account.userId, place: m.place, roles: [m.role] }))
    .filter((p) => !seen.has(p.message) && seen.add(p.message));
}

/**
 * A council seat (CouncilMember: chair, secretary, member of the Hội đồng Thi đua – Khen thưởng)
 * votes on awards, so whoever keeps the council's list never seats themselves.
 */
export function seatProblems(granter: Granter, seatUserId: string): GrantProblem[] {
  if (seatUserId !== granter.userId) return [];
  return [{ code: "SELF_GRANT", message: "Không ai tự xếp mình vào Hội đồng: người khác giữ danh sách làm việc này." }];
}
