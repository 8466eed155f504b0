import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import type { Operator } from "@/server/auth/actor-types";
import { notFound } from "@/domain/errors";
import type { RoleCode } from "@/domain/auth/permissions";
import { grantProblems } from "@/domain/auth/grants";
import type { TAccountInput } from "@/schemas/account";
import type { TableParams } from "@/lib/table-params";
import { refuseGrant } from "./account-units";
import { issuePasswordLink, issueRolesLink } from "./invitation-links";
import { recordAudit } from "./audit";

/**
 * The system operator (quản trị hệ thống): the installation's account, outside every unit's
 * wall by design — it sees the whole unit tree and makes each unit's first administrator (or
 * its chairperson, as the administrator of a unit above would). It never reads a unit's own
 * records (people, plans, nominations): those functions take an `Actor`, which an operator is not.
 */

/**
 * Makes (or marks) an operator account and returns a one-time link to set its password. Only the
 * shell calls this (`npm run operator -- create`): whoever runs it already holds the server, so
 * an existing account is simply made an operator and given a fresh password link.
 */
export async function createOperatorFromShell(input: { email: string; name: string }) {
  return db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email } });
    // A password nobody knows until the link sets one: no hash of any typed password matches it.
    const user =
      existing ??
      (await tx.user.create({ data: { email: input.email, name: input.name, passwordHash: "!", isOperator: true } }));
    if (existing && !existing.isOperator) await tx.user.update({ where: { id: user.id }, data: { isOperator: true } });
    await recordAudit(tx, null, {
      entity: "User",
      entityId: user.id,
      action: existing ? "UPDATE" : "CREATE",
      unitId: null,
      before: existing ? { email: existing.email, isOperator: existing.isOperator } : undefined,
      after: { email: user.email, isOperator: true, by: "npm run operator" },
    });
    const link = await issuePasswordLink(tx, null, user, null);
    return { ...link, created: !existing, email: user.email };
  });
}

export const OPERATOR_UNIT_SORT_KEYS = ["name", "code"] as const;

/** Provinces (the roots of the tree), or any unit whose name or code matches the search. */
export async function listUnitsForOperator(
  operator: Operator,
  params: TableParams<(typeof OPERATOR_UNIT_SORT_KEYS)[number]>,
) {
  const where: Prisma.UnitWhereInput = params.q
    ? { OR: [{ name: { contains: params.q, mode: "insensitive" } }, { code: params.q }] }
    : { parentId: null };
  const [rows, total] = await Promise.all([
    db().unit.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
      select: {
        id: true,
        code: true,
        name: true,
        kind: true,
        validFrom: true,
        validTo: true,
        parent: { select: { name: true } },
      },
    }),
    db().unit.count({ where }),
  ]);
  // Counted for the page's units only, not by `_count` (a count over every unit's memberships).
  const counts = await db().membership.groupBy({
    by: ["unitId"],
    where: { unitId: { in: rows.map((u) => u.id) } },
    _count: { _all: true },
  });
  const accountsOf = new Map(counts.map((c) => [c.unitId, c._count._all]));
  return {
    total,
    rows: rows.map(({ parent, ...u }) => ({
      ...u,
      parentName: parent?.name ?? "",
      accounts: accountsOf.get(u.id) ?? 0,
    })),
  };
}

/** A unit with its accounts (and their roles there) and its pending invitations. */
export async function findUnitForOperator(operator: Operator, unitId: string) {
  const unit = await db().unit.findUnique({
    where: { id: unitId },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      validFrom: true,
      validTo: true,
      parent: { select: { id: true, name: true } },
      children: { select: { id: true, name: true, code: true }, orderBy: { name: "asc" }, take: 500 },
      memberships: { select: { role: true, user: { select: { id: true, name: true, email: true, active: true } } } },
      invitations: {
        where: { kind: "ROLES", usedAt: null, revokedAt: null },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, email: true, name: true, roles: true, expiresAt: true },
      },
    },
  });
  if (!unit) throw notFound();
  const accounts = new Map<string, { id: string; name: string; email: string; active: boolean; roles: RoleCode[] }>();
  for (const m of unit.memberships) {
    const entry = accounts.get(m.user.id) ?? { ...m.user, roles: [] };
    entry.roles.push(m.role as RoleCode);
    accounts.set(m.user.id, entry);
  }
  const { memberships, invitations, ...rest } = unit;
  return {
    ...rest,
    accounts: [...accounts.values()].sort((a, b) => a.name.localeCompare(b.name, "vi")),
    invitations: invitations.map((i) => ({ ...i, roles: i.roles as RoleCode[] })),
  };
}

/**
 * Invites an account to roles in any unit: a province's first administrator, or a chairperson
 * (the operator stands for the unit above, where there is none). The grant rules still apply:
 * nobody, the operator included, takes a deciding seat for themselves.
 */
export async function inviteAsOperator(operator: Operator, input: TAccountInput) {
  const unit = await db().unit.findUnique({ where: { id: input.unitId }, select: { id: true, name: true } });
  if (!unit) throw notFound();
  const self = input.email === operator.email ? operator.userId : null;
  const problems = grantProblems(
    { userId: operator.userId, operator: true },
    { userId: self, place: "outside", roles: input.roles },
  );
  if (problems.length) refuseGrant(problems);
  return db().$transaction(async (tx) => {
    const link = await issueRolesLink(tx, operator, { ...input, unitId: unit.id });
    return { ...link, email: input.email, unitName: unit.name };
  });
}

/** A new link for a pending invitation of any unit (the first was lost, or expired); the old one stops working. */
export async function reissueInvitationAsOperator(operator: Operator, id: string) {
  const inv = await db().invitation.findFirst({
    where: { id, kind: "ROLES", usedAt: null, revokedAt: null },
    include: { unit: { select: { name: true } } },
  });
  if (!inv?.unitId || !inv.unit) throw notFound();
  return inviteAsOperator(operator, {
    unitId: inv.unitId,
    email: inv.email,
    name: inv.name,
    roles: inv.roles as RoleCode[],
  });
}
