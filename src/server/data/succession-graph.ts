import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";

/**
 * The succession graph (UnitSuccession) read for the tenant wall: which units' history a unit
 * inherits. One recursive query from the starting units back through every earlier succession
 * (a unit merged in 2025 that had itself absorbed another in 2019 brings both); with `subtrees`,
 * also down each predecessor's tree (a merged province's districts and communes) and back from
 * those. Only scope.ts calls this, with the caller's own unit: the ids are trusted, hence `unsafe`.
 */
export async function unsafePredecessorIds(
  start: { unitId: string } | { pathPrefix: string },
  subtrees: boolean,
): Promise<string[]> {
  const starting =
    "unitId" in start
      ? Prisma.sql`s."successorId" = ${start.unitId}`
      : Prisma.sql`s."successorId" in (select id from "Unit" where path like ${`${start.pathPrefix}%`})`;
  const rows = await db().$queryRaw<{ id: string }[]>`
    with recursive hist(id) as (
      select s."predecessorId" from "UnitSuccession" s where ${starting}
      union
      select n.id from hist x cross join lateral (
        select c.id from "Unit" c where ${subtrees} and c."parentId" = x.id
        union all
        select s."predecessorId" from "UnitSuccession" s where s."successorId" = x.id
      ) n
    )
    select id from hist`;
  return rows.map((r) => r.id);
}
