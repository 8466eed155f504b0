/**
 * The tenant wall around statistics (AwardRecord, QuotaAllocation, NominationBatch, Registration
 * counted per unit): a unit counts its own tree only. From a sibling commune, a commune of the
 * other district, the other district, another province and its commune — each role alone and all
 * at once — nothing of District One's tree is counted, and drilling down to one of its units is
 * not found; inside the district, an officer (who reads only its unit) cannot drill down to a
 * commune, and a commune cannot climb to its district. Positive controls show the ids are live.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor-types";
import { awardStatistics, findStatisticsUnit, type StatisticsFilter } from "@/server/data/statistics";
import { quotaStatistics, registrationStatistics } from "@/server/data/statistics-plans";
import { yearsOf } from "@/domain/statistics/series";
import { parseTableParams } from "@/lib/table-params";
import { AWARD_SORT_KEYS, searchAwards } from "@/server/data/awards";
import { createActor } from "../support/factories";
import { OUTSIDER_UNITS, ROLE_SETS, answer, outcome, notRefused } from "../support/records-world";
import { statisticsWorld, type StatisticsWorld } from "../support/statistics-world";

const SPAN = { from: 2024, to: 2026 };
const YEARS = yearsOf(SPAN);
const everyAward = parseTableParams({ "so-dong": "100" }, { sortKeys: AWARD_SORT_KEYS, defaultSort: "year" });
let w: StatisticsWorld;
let outsiders: { name: string; key: (typeof OUTSIDER_UNITS)[number]; actor: Actor }[];

beforeAll(async () => {
  w = await statisticsWorld();
  outsiders = [];
  for (const key of OUTSIDER_UNITS)
    for (const roles of ROLE_SETS)
      outsiders.push({
        key,
        name: `${key.toUpperCase()} ${roles.join("+")}`,
        actor: await createActor(w.tree[key], roles),
      });
});

/** Every statistics call drilled down to `unitId`, by outcome. */
async function drillDown(actor: Actor, unitId: string) {
  const filter: StatisticsFilter = { ...SPAN, unitId };
  return {
    findStatisticsUnit: await outcome(() => findStatisticsUnit(actor, unitId)),
    awardStatistics: await outcome(() => awardStatistics(actor, filter, YEARS)),
    quotaStatistics: await outcome(() => quotaStatistics(actor, filter)),
    registrationStatistics: await outcome(() => registrationStatistics(actor, filter)),
  };
}

describe("statistics isolation: a unit counts its own tree only", () => {
  it("outsiders count none of the district's awards, quotas, proposals or registrations", async () => {
    const owners = new Set([w.tree.d1.id, w.tree.c1.id, w.tree.c2.id]);
    for (const { name, key, actor } of outsiders) {
      const awards = await answer(() => awardStatistics(actor, SPAN, YEARS));
      const mine = key === "c2" ? [w.tree.c2.id] : [];
      expect(
        (awards?.byUnit ?? []).filter((l) => owners.has(l.id) && !mine.includes(l.id)),
        name,
      ).toEqual([]);
      // What is counted is what the outsider's own award history lists (its own units' awards).
      const history = await answer(() => searchAwards(actor, everyAward));
      const counted = (awards?.summary.byYear ?? []).reduce((n, y) => n + y.awarded + y.revoked, 0);
      expect(counted, name).toBe(history?.rows.filter((r) => r.year >= SPAN.from && r.year <= SPAN.to).length ?? 0);
      expect(history?.rows.filter((r) => owners.has(r.unitId) && !mine.includes(r.unitId)) ?? [], name).toEqual([]);
      const quotas = (await answer(() => quotaStatistics(actor, SPAN))) ?? [];
      expect(
        quotas.map((q) => [q.allocated, q.proposed, q.awarded]),
        name,
      ).toEqual(key === "c2" ? [[2, 0, 0]] : []);
      expect((await answer(() => registrationStatistics(actor, SPAN))) ?? [], name).toEqual([]);
    }
  });

  it("outsiders cannot drill down to the district or its communes", async () => {
    for (const { name, key, actor } of outsiders)
      for (const unit of [w.tree.d1, w.tree.c1, ...(key === "c2" ? [] : [w.tree.c2])])
        expect(notRefused(await drillDown(actor, unit.id)), `${name} → ${unit.name}`).toEqual([]);
  });

  it("inside the district: an officer does not drill down, a commune does not climb", async () => {
    const districtOfficer = await createActor(w.tree.d1, ["OFFICER", "ADMIN", "COUNCIL_MEMBER"]);
    expect(notRefused(await drillDown(districtOfficer, w.tree.c1.id))).toEqual([]);
    const communeChair = await createActor(w.tree.c1, ["CHAIR", "REVIEWER"]);
    expect(notRefused(await drillDown(communeChair, w.tree.d1.id))).toEqual([]);
    expect(notRefused(await drillDown(communeChair, w.tree.c2.id))).toEqual([]);
    const officerView = await awardStatistics(districtOfficer, SPAN, YEARS);
    expect(officerView.byUnit.map((l) => [l.id, l.count])).toEqual([[w.tree.d1.id, 1]]);
  });

  it("positive control: the district's chair drills down to each commune", async () => {
    const control = await drillDown(w.districtChair, w.tree.c1.id);
    expect(Object.values(control)).toEqual(["done", "done", "done", "done"]);
    expect((await awardStatistics(w.districtChair, { ...SPAN, unitId: w.tree.c1.id }, YEARS)).summary.total).toBe(5);
  });
});
