import "server-only";
import { db } from "@/server/db/client";

/**
 * The ids of a unit's tree (the unit and every unit below it) by its materialised path, for the tenant
 * wall's relations that name their units by id (scope.ts). Only scope.ts calls this, with the caller's
 * own unit's path: the path is trusted, hence `unsafe`.
 */
export async function unsafeSubtreeUnitIds(pathPrefix: string): Promise<string[]> {
  const units = await db().unit.findMany({ where: { path: { startsWith: pathPrefix } }, select: { id: true } });
  return units.map((u) => u.id);
}
