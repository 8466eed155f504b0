import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { administrator, grantProblems } from "@/domain/auth/grants";
import type { RoleCode } from "@/domain/auth/permissions";
import type { SheetAccount } from "@/schemas/account-sheet";
import type { SheetRowError } from "@/schemas/person-sheet";
import { issueRolesLink } from "./invitation-links";
import { recordAudit } from "./audit";
import { unitPlaceFromMine, unitsInMySubtree, writeScope } from "./scope";

/**
 * The accounts sheet, applied: every row is checked first (its unit is the administrator's or
 * below it, its roles are the administrator's to grant there, no row repeats another), and only
 * a clean sheet is written, in one transaction. Additive and idempotent: an account already in
 * the unit gains the roles it lacks (none are taken away); anyone else gets an invitation, unless
 * the same invitation is already out — so the same sheet twice changes nothing the second time.
 */

export type AccountImportResult = {
  row: number;
  email: string;
  unitName: string;
  outcome: "invited" | "roles_added" | "unchanged";
  token?: string;
  expiresAt?: Date;
};
export type AccountImportOutcome = { errors: SheetRowError[]; results: AccountImportResult[] };

const sameRoles = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((r) => b.includes(r));

export async function importUnitAccounts(
  actor: Actor,
  rows: SheetAccount[],
  sheetErrors: SheetRowError[],
): Promise<AccountImportOutcome> {
  writeScope(actor, "account.manage");
  const errors = [...sheetErrors];
  const units = await db().unit.findMany({
    where: { code: { in: [...new Set(rows.map((r) => r.unitCode))] }, ...unitsInMySubtree(actor) },
    select: { id: true, code: true, name: true, path: true, validTo: true },
    // A code names one unit per period: the one still in force first, else the latest.
    orderBy: [{ validTo: { sort: "desc", nulls: "first" } }],
  });
  const seen = new Map<string, number>();
  const planned: (SheetAccount & { unitId: string; unitName: string })[] = [];
  for (const r of rows) {
    const unit = units.find((u) => u.code === r.unitCode);
    if (!unit) {
      // The same words whether the code exists elsewhere or not at all.
      errors.push({ row: r.row, column: "Mã đơn vị", message: `Mã ${r.unitCode} không thuộc phạm vi bạn quản trị.` });
      continue;
    }
    const key = `${unit.id} ${r.email}`;
    const earlier = seen.get(key);
    if (earlier) {
      errors.push({ row: r.row, column: "Thư điện tử", message: `Trùng dòng ${earlier} (cùng đơn vị, cùng thư).` });
      continue;
    }
    seen.set(key, r.row);
    const self = r.email === actor.email ? actor.userId : null;
    const problems = grantProblems(administrator(actor.userId), {
      userId: self,
      place: unitPlaceFromMine(actor, unit),
      roles: r.roles,
    });
    if (problems.length)
      errors.push({ row: r.row, column: "Vai trò", message: problems.map((p) => p.message).join(" ") });
    else planned.push({ ...r, unitId: unit.id, unitName: unit.name });
  }
  if (errors.length) return { errors: errors.sort((a, b) => a.row - b.row), results: [] };
  const results = await db().$transaction(
    async (tx) => {
      const out: AccountImportResult[] = [];
      for (const p of planned) {
        const base = { row: p.row, email: p.email, unitName: p.unitName };
        const held = await tx.membership.findMany({
          where: { unitId: p.unitId, user: { email: p.email } },
          select: { role: true, userId: true },
        });
        if (held.length) {
          const missing = p.roles.filter((role) => !held.some((h) => h.role === role));
          if (!missing.length) {
            out.push({ ...base, outcome: "unchanged" });
            continue;
          }
          const userId = held[0]!.userId;
          await tx.membership.createMany({ data: missing.map((role) => ({ userId, unitId: p.unitId, role })) });
          await recordAudit(tx, actor, {
            entity: "Membership",
            entityId: userId,
            action: "UPDATE",
            unitId: p.unitId,
            before: { roles: held.map((h) => h.role) },
            after: { roles: [...held.map((h) => h.role as RoleCode), ...missing], by: "nhập từ Excel" },
          });
          out.push({ ...base, outcome: "roles_added" });
          continue;
        }
        const pending = await tx.invitation.findFirst({
          where: { kind: "ROLES", unitId: p.unitId, email: p.email, usedAt: null, revokedAt: null },
          select: { roles: true, expiresAt: true },
        });
        if (pending && pending.expiresAt > new Date() && sameRoles(pending.roles, p.roles)) {
          out.push({ ...base, outcome: "unchanged" });
          continue;
        }
        const link = await issueRolesLink(tx, actor, {
          unitId: p.unitId,
          email: p.email,
          name: p.name,
          roles: p.roles,
        });
        out.push({ ...base, outcome: "invited", ...link });
      }
      return out;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  return { errors: [], results };
}
