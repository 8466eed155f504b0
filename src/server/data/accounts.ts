import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { conflict, invalid, notFound } from "@/domain/errors";
import type { RoleCode } from "@/domain/auth/permissions";
import { administrator, grantProblems } from "@/domain/auth/grants";
import { toSearchText } from "@/domain/text/vietnamese";
import type { TAccountInput } from "@/schemas/account";
import type { TableParams } from "@/lib/table-params";
import { managedUnit, refuseGrant } from "./account-units";
import { issueRolesLink } from "./invitation-links";
import { recordAudit } from "./audit";

/**
 * Accounts are global (one person may work in several units); what an administrator manages is
 * the set of roles accounts hold in its unit or a unit below it (table Membership). An account is
 * never given roles in a unit it is not in yet: it is invited, and takes them by accepting
 * (`acceptLink`), whether or not the email already has an account — the administrator's screen
 * is the same either way, so it tells nobody which emails exist.
 */

export const ACCOUNT_SORT_KEYS = ["name", "email"] as const;

export async function listUnitAccounts(
  actor: Actor,
  params: TableParams<(typeof ACCOUNT_SORT_KEYS)[number]>,
  unitId?: string,
) {
  const unit = await managedUnit(db(), actor, unitId);
  const inUnit = { unitId: unit.id };
  const q = params.q ? toSearchText(params.q) : "";
  const where: Prisma.UserWhereInput = {
    memberships: { some: inUnit },
    ...(q ? { OR: [{ email: { contains: q } }, { name: { contains: params.q, mode: "insensitive" } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db().user.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
      select: {
        id: true,
        name: true,
        email: true,
        active: true,
        memberships: { where: inUnit, select: { role: true } },
      },
    }),
    db().user.count({ where }),
  ]);
  return {
    unit,
    total,
    rows: rows.map(({ memberships, ...u }) => ({ ...u, roles: memberships.map((m) => m.role as RoleCode) })),
  };
}

export async function findUnitAccount(actor: Actor, userId: string, unitId?: string) {
  const unit = await managedUnit(db(), actor, unitId);
  const inUnit = { unitId: unit.id };
  const user = await db().user.findFirst({
    where: { id: userId, memberships: { some: inUnit } },
    select: { id: true, name: true, email: true, active: true, memberships: { where: inUnit, select: { role: true } } },
  });
  if (!user) throw notFound();
  const { memberships, ...rest } = user;
  return { ...rest, unit, roles: memberships.map((m) => m.role as RoleCode) };
}

/**
 * Invites whoever owns the email to roles in the administrator's unit or a unit below it, and
 * returns the one-time link to hand over. The same outcome whether the email has an account
 * (elsewhere) or not; only an account already in this unit is told to edit its roles instead.
 */
export async function addUnitAccount(actor: Actor, input: TAccountInput) {
  return db().$transaction(async (tx) => {
    const unit = await managedUnit(tx, actor, input.unitId);
    const self = input.email === actor.email ? actor.userId : null;
    const problems = grantProblems(administrator(actor.userId), {
      userId: self,
      place: unit.place,
      roles: input.roles,
    });
    if (problems.length) refuseGrant(problems);
    if (await tx.membership.findFirst({ where: { unitId: unit.id, user: { email: input.email } } })) {
      throw conflict("Tài khoản này đã có vai trò trong đơn vị.", {
        email: "Đã có trong đơn vị; hãy sửa vai trò của tài khoản.",
      });
    }
    const link = await issueRolesLink(tx, actor, { ...input, unitId: unit.id });
    return { ...link, email: input.email, unitName: unit.name };
  });
}

/** Changes the roles of an account already in the unit (it accepted them once). */
export async function setUnitAccountRoles(actor: Actor, userId: string, roles: RoleCode[], unitId?: string) {
  await db().$transaction(async (tx) => {
    const unit = await managedUnit(tx, actor, unitId);
    const inUnit = { userId, unitId: unit.id };
    const before = (await tx.membership.findMany({ where: inUnit, select: { role: true } })).map((m) => m.role);
    if (!before.length) throw notFound();
    if (unit.place === "own" && userId === actor.userId && !roles.includes("ADMIN")) {
      throw invalid("Bạn không thể tự bỏ vai trò quản trị của mình.", {
        roles: "Giữ vai trò Quản trị cho tài khoản của bạn.",
      });
    }
    const changed = [...roles.filter((r) => !before.includes(r)), ...before.filter((r) => !roles.includes(r))];
    const problems = grantProblems(administrator(actor.userId), { userId, place: unit.place, roles: changed });
    if (problems.length) refuseGrant(problems);
    await tx.membership.deleteMany({ where: { ...inUnit, role: { notIn: roles } } });
    await tx.membership.createMany({
      data: roles.map((role) => ({ ...inUnit, role })),
      skipDuplicates: true,
    });
    await recordAudit(tx, actor, {
      entity: "Membership",
      entityId: userId,
      action: "UPDATE",
      unitId: unit.id,
      before: { roles: before },
      after: { roles },
    });
  });
}

export async function removeUnitAccount(actor: Actor, userId: string, unitId?: string) {
  await db().$transaction(async (tx) => {
    const unit = await managedUnit(tx, actor, unitId);
    if (userId === actor.userId && unit.place === "own")
      throw invalid("Bạn không thể tự gỡ tài khoản của mình khỏi đơn vị.");
    const inUnit = { userId, unitId: unit.id };
    const before = (await tx.membership.findMany({ where: inUnit, select: { role: true } })).map((m) => m.role);
    if (!before.length) throw notFound();
    const problems = grantProblems(administrator(actor.userId), { userId, place: unit.place, roles: before });
    if (problems.length) refuseGrant(problems);
    await tx.membership.deleteMany({ where: inUnit });
    // Sessions working in this unit end: the account no longer has anything to do there.
    await tx.session.deleteMany({ where: { userId, activeUnitId: unit.id } });
    await recordAudit(tx, actor, {
      entity: "Membership",
      entityId: userId,
      action: "DELETE",
      unitId: unit.id,
      before: { roles: before },
    });
  });
}
