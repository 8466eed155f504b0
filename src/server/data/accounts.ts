import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { conflict, invalid, notFound } from "@/domain/errors";
import type { RoleCode } from "@/domain/auth/permissions";
import { toSearchText } from "@/domain/text/vietnamese";
import type { TAccountInput } from "@/schemas/account";
import type { TableParams } from "@/lib/table-params";
import { hashPassword } from "@/server/auth/password";
import { writeScope } from "./scope";
import { recordAudit } from "./audit";

/**
 * Accounts are global (one person may work in several units); what a unit administrator
 * manages is the set of roles accounts hold in the administrator's unit (table Membership).
 */

export const ACCOUNT_SORT_KEYS = ["name", "email"] as const;

export async function listUnitAccounts(actor: Actor, params: TableParams<(typeof ACCOUNT_SORT_KEYS)[number]>) {
  const scope = writeScope(actor, "account.manage");
  const q = params.q ? toSearchText(params.q) : "";
  const where: Prisma.UserWhereInput = {
    memberships: { some: scope },
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
        memberships: { where: scope, select: { role: true } },
      },
    }),
    db().user.count({ where }),
  ]);
  return {
    total,
    rows: rows.map(({ memberships, ...u }) => ({ ...u, roles: memberships.map((m) => m.role as RoleCode) })),
  };
}

export async function findUnitAccount(actor: Actor, userId: string) {
  const scope = writeScope(actor, "account.manage");
  const user = await db().user.findFirst({
    where: { id: userId, memberships: { some: scope } },
    select: { id: true, name: true, email: true, memberships: { where: scope, select: { role: true } } },
  });
  if (!user) throw notFound();
  return { id: user.id, name: user.name, email: user.email, roles: user.memberships.map((m) => m.role as RoleCode) };
}

/** Creates the account, or gives an existing account (known by email) roles in this unit. */
export async function addUnitAccount(actor: Actor, input: TAccountInput) {
  const scope = writeScope(actor, "account.manage");
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db().$transaction(async (tx) => {
    let user = await tx.user.findUnique({ where: { email: input.email }, include: { memberships: { where: scope } } });
    if (user?.memberships.length) {
      throw conflict("Tài khoản này đã có vai trò trong đơn vị.", {
        email: "Đã có trong đơn vị; hãy sửa vai trò của tài khoản.",
      });
    }
    if (!user) {
      if (!passwordHash)
        throw invalid("Tài khoản mới cần mật khẩu.", { password: "Nhập mật khẩu ban đầu (ít nhất 10 ký tự)." });
      const created = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
      await recordAudit(tx, actor, { entity: "User", entityId: created.id, action: "CREATE", after: created });
      user = { ...created, memberships: [] };
    }
    await tx.membership.createMany({
      data: input.roles.map((role) => ({ userId: user.id, unitId: scope.unitId, role })),
    });
    await recordAudit(tx, actor, {
      entity: "Membership",
      entityId: user.id,
      action: "CREATE",
      after: { email: user.email, roles: input.roles },
    });
    return { id: user.id };
  });
}

export async function setUnitAccountRoles(actor: Actor, userId: string, roles: RoleCode[]) {
  const scope = writeScope(actor, "account.manage");
  if (userId === actor.userId && !roles.includes("ADMIN")) {
    throw invalid("Bạn không thể tự bỏ vai trò quản trị của mình.", {
      roles: "Giữ vai trò Quản trị cho tài khoản của bạn.",
    });
  }
  await db().$transaction(async (tx) => {
    const before = await tx.membership.findMany({ where: { userId, ...scope }, select: { role: true } });
    if (!before.length) throw notFound();
    await tx.membership.deleteMany({ where: { userId, ...scope, role: { notIn: roles } } });
    await tx.membership.createMany({
      data: roles.map((role) => ({ userId, unitId: scope.unitId, role })),
      skipDuplicates: true,
    });
    await recordAudit(tx, actor, {
      entity: "Membership",
      entityId: userId,
      action: "UPDATE",
      before: { roles: before.map((m) => m.role) },
      after: { roles },
    });
  });
}

export async function removeUnitAccount(actor: Actor, userId: string) {
  const scope = writeScope(actor, "account.manage");
  if (userId === actor.userId) throw invalid("Bạn không thể tự gỡ tài khoản của mình khỏi đơn vị.");
  await db().$transaction(async (tx) => {
    const before = await tx.membership.findMany({ where: { userId, ...scope }, select: { role: true } });
    if (!before.length) throw notFound();
    await tx.membership.deleteMany({ where: { userId, ...scope } });
    // Sessions working in this unit end: the account no longer has anything to do there.
    await tx.session.deleteMany({ where: { userId, activeUnitId: scope.unitId } });
    await recordAudit(tx, actor, {
      entity: "Membership",
      entityId: userId,
      action: "DELETE",
      before: { roles: before.map((m) => m.role) },
    });
  });
}
