import "server-only";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { invalid, notFound } from "@/domain/errors";
import type { GrantProblem, UnitPlace } from "@/domain/auth/grants";
import { unitInMySubtree, unitPlaceFromMine, unitsInMySubtree, writeScope } from "./scope";

/**
 * The units whose accounts an administrator looks after: its own and every unit below it (issue
 * 11: a province administrator makes the communes' administrators). `account.manage` says who is
 * an administrator where it works; reaching the units below is this delegation, and which roles
 * may be given there is `grantProblems` (src/domain/auth/grants.ts). A unit id from input is only
 * used through `unitInMySubtree`, so one above or beside is "not found".
 */

export type ManagedUnit = { id: string; code: string; name: string; place: UnitPlace };

export async function managedUnit(client: Pick<Tx, "unit">, actor: Actor, unitId?: string): Promise<ManagedUnit> {
  const own = writeScope(actor, "account.manage");
  const unit = await client.unit.findFirst({
    where: unitInMySubtree(actor, unitId || own.unitId),
    select: { id: true, code: true, name: true, path: true },
  });
  if (!unit) throw notFound();
  return { id: unit.id, code: unit.code, name: unit.name, place: unitPlaceFromMine(actor, unit) };
}

/** The refusal of the grant rules, shown next to the roles. */
export function refuseGrant(problems: GrantProblem[]): never {
  throw invalid(problems[0]!.message, { roles: problems.map((p) => p.message).join(" ") });
}

/** The administrator's unit and the units below it, for the unit picker (nearest first, then by name). */
export async function listManagedUnits(actor: Actor) {
  writeScope(actor, "account.manage");
  const units = await db().unit.findMany({
    where: unitsInMySubtree(actor),
    orderBy: [{ depth: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, path: true, validTo: true },
    take: 2000,
  });
  return units.map(({ path, ...u }) => ({ ...u, place: unitPlaceFromMine(actor, { id: u.id, path }) }));
}
