import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { notFound } from "@/domain/errors";
import { perRound, ROUNDS, summariseAwards, type AwardSummary, type Round } from "@/domain/statistics/awards";
import { isCatalogueKey } from "@/domain/statistics/forms";
import { idsOnPaths, rollUpByUnit, type UnitLine, type UnitNode } from "@/domain/statistics/units";
import { todayInVietnam, toIsoDate } from "@/lib/dates";
import {
  historyReadScopeWithin,
  isMyUnit,
  myUnit,
  readScopeWithin,
  unitInMySubtree,
  unitsInheritedWithin,
  unitsInMySubtree,
} from "./scope";

/**
 * Statistics of a unit and everything below it (a district chair's whole district, or one of its
 * communes): the award sections here, the quota and registration sections in statistics-plans.ts.
 * Every figure is counted by PostgreSQL (`groupBy`, `count`) inside the tenant wall: awards through
 * `historyReadScopeWithin` (the units a unit succeeds included, read-only), so a unit sees its own
 * tree and its inherited history, never a sibling's; src/domain/statistics lays the counts out.
 */

export type StatisticsFilter = {
  /** A unit below mine to drill down to; mine when absent. */
  unitId?: string;
  from: number;
  to: number;
  /** One title or form: its catalogue code, or its name (`titleKey`). */
  title?: string;
  kind?: "INDIVIDUAL" | "COLLECTIVE";
};

export type StatisticsUnit = UnitNode & { mine: boolean };

/**
 * The unit the statistics are about — mine, or one below it when my roles read below — with the
 * units from mine down to it (the page's trail). Any other unit is not found.
 */
export async function findStatisticsUnit(actor: Actor, unitId?: string) {
  const unit = await db().unit.findFirst({
    where: unitId ? unitInMySubtree(actor, unitId) : myUnit(actor),
    select: { id: true, name: true, path: true },
  });
  if (!unit) throw notFound();
  readScopeWithin(actor, "person.read", unit);
  const trail = await db().unit.findMany({
    where: { AND: [unitsInMySubtree(actor), { id: { in: idsOnPaths([unit]) } }] },
    orderBy: { depth: "asc" },
    select: { id: true, name: true },
  });
  return { unit: { ...unit, mine: isMyUnit(actor, unit.id) } satisfies StatisticsUnit, trail };
}

/** Awards of the unit's tree and inherited history, in the span and of the kind asked for. */
async function awardScope(actor: Actor, unit: UnitNode, filter: StatisticsFilter) {
  return {
    AND: [await historyReadScopeWithin(actor, "person.read", unit)],
    year: { gte: filter.from, lte: filter.to },
    ...(filter.kind ? { kind: filter.kind } : {}),
  } satisfies Prisma.AwardRecordWhereInput;
}

/** Awards of one title: by catalogue code, or by name among those without one. */
function titleWhere(title: string | undefined): Prisma.AwardRecordWhereInput {
  if (!title) return {};
  return isCatalogueKey(title) ? { catalogueCode: title } : { catalogueCode: null, name: title };
}

const yearCounts = (groups: { year: number; _count: { _all: number } }[]) =>
  groups.map((g) => ({ year: g.year, count: g._count._all }));

/** Awards by year, title, round and unit, for `findStatisticsUnit`'s unit. */
export async function awardStatistics(
  actor: Actor,
  filter: StatisticsFilter,
  years: readonly number[],
): Promise<{ summary: AwardSummary; byUnit: UnitLine[] }> {
  const { unit } = await findStatisticsUnit(actor, filter.unitId);
  const scope = await awardScope(actor, unit, filter);
  const inForce = { ...scope, revokedOn: null };
  const titled = { ...inForce, ...titleWhere(filter.title) };
  const perYear = (where: Prisma.AwardRecordWhereInput) =>
    db()
      .awardRecord.groupBy({ by: ["year"], where, _count: { _all: true } })
      .then(yearCounts);
  const roundWhere = (round: Round): Prisma.AwardRecordWhereInput =>
    round === "ENTERED" ? { ...titled, source: "ENTERED" } : { ...titled, decision: { plan: { kind: round } } };
  const [titles, revoked, rounds, perUnit] = await Promise.all([
    db().awardRecord.groupBy({ by: ["year", "catalogueCode", "name"], where: inForce, _count: { _all: true } }),
    perYear({ ...scope, revokedOn: { not: null }, ...titleWhere(filter.title) }),
    Promise.all(ROUNDS.map((round) => perYear(roundWhere(round)))),
    db().awardRecord.groupBy({ by: ["unitId"], where: titled, _count: { _all: true } }),
  ]);
  const summary = summariseAwards(
    {
      titles: titles.map((t) => ({ year: t.year, catalogueCode: t.catalogueCode, name: t.name, count: t._count._all })),
      revoked,
      rounds: perRound(rounds),
    },
    years,
    filter.title,
  );
  return { summary, byUnit: await unitLines(actor, unit, perUnit) };
}

const unitSelect = { id: true, name: true, path: true, validTo: true } as const;
const node = (u: { id: string; name: string; path: string; validTo: Date | null }, today: string): UnitNode => ({
  id: u.id,
  name: u.name,
  path: u.path,
  ended: u.validTo !== null && toIsoDate(u.validTo) < today,
});

/** The per-unit counts rolled up to the unit, the units directly below it, and the predecessors it inherits from. */
async function unitLines(
  actor: Actor,
  unit: UnitNode,
  perUnit: { unitId: string; _count: { _all: number } }[],
): Promise<UnitLine[]> {
  const today = todayInVietnam();
  const seeBelow = !("unitId" in readScopeWithin(actor, "person.read", unit));
  const [counted, below] = await Promise.all([
    db().unit.findMany({ where: { id: { in: perUnit.map((g) => g.unitId) } }, select: unitSelect }),
    seeBelow
      ? db().unit.findMany({ where: { AND: [unitsInMySubtree(actor), { parentId: unit.id }] }, select: unitSelect })
      : Promise.resolve([]),
  ]);
  const outside = counted.filter((u) => !u.path.startsWith(unit.path));
  const inherited = outside.length
    ? await db().unit.findMany({
        where: {
          AND: [await unitsInheritedWithin(actor, "person.read", unit), { id: { in: idsOnPaths(outside) } }],
        },
        select: unitSelect,
      })
    : [];
  return rollUpByUnit({
    selected: unit,
    below: below.map((u) => node(u, today)),
    units: [...counted, ...inherited, ...below].map((u) => node(u, today)),
    inheritedIds: new Set(inherited.map((u) => u.id)),
    counts: perUnit.map((g) => ({ unitId: g.unitId, count: g._count._all })),
  });
}
