import { beforeAll, describe, expect, it } from "vitest";
import { parseTableParams } from "@/lib/table-params";
import type { Actor } from "@/server/auth/actor-types";
import { AWARD_SORT_KEYS, searchAwards } from "@/server/data/awards";
import { awardStatistics, type StatisticsFilter } from "@/server/data/statistics";
import { quotaStatistics, registrationStatistics } from "@/server/data/statistics-plans";
import { sum, yearsOf } from "@/domain/statistics/series";
import { createActor } from "../support/factories";
import { statisticsWorld, type StatisticsWorld } from "../support/statistics-world";
import { successionWorld, type SuccessionWorld } from "../support/succession-world";

/**
 * The statistics count what the award history holds: for every year, what the page counts (in
 * force plus revoked) is what the history lists; per unit, per title and per round add up to the
 * same total; the quota and registration lines count allocations, sent nominees, awards and sent
 * registrations of the unit's tree. A successor counts its predecessors' history under their names.
 */
const SPAN = { from: 2024, to: 2026 };
const YEARS = yearsOf(SPAN);
const everyAward = parseTableParams({}, { sortKeys: AWARD_SORT_KEYS, defaultSort: "year" });

let w: StatisticsWorld;
let districtChair: Actor;
let c1Officer: Actor;
let provinceChair: Actor;

beforeAll(async () => {
  w = await statisticsWorld();
  districtChair = w.districtChair;
  c1Officer = await createActor(w.tree.c1, ["OFFICER"]);
  provinceChair = await createActor(w.tree.p1, ["CHAIR"]);
});

const stats = (actor: Actor, filter: Partial<StatisticsFilter> = {}) =>
  awardStatistics(actor, { ...SPAN, ...filter }, YEARS);

describe("award statistics add up to the award history", () => {
  it("for every year and every reader, in force plus revoked is what the history lists", async () => {
    for (const actor of [districtChair, c1Officer, provinceChair]) {
      const { summary, byUnit } = await stats(actor);
      for (const { year, awarded, revoked } of summary.byYear) {
        const history = await searchAwards(actor, { ...everyAward, year });
        expect(awarded + revoked, `${actor.unit.name} ${year}`).toBe(history.total);
      }
      expect(sum(byUnit.map((l) => l.count))).toBe(summary.total);
      expect(sum(summary.byTitle.map((r) => r.total))).toBe(summary.total);
      expect(sum(summary.byRound.map((r) => r.total))).toBe(summary.total);
    }
  });

  it("the district counts its own tree, per commune, and nothing of the other district", async () => {
    const { summary, byUnit } = await stats(districtChair);
    expect(summary.byYear).toEqual([
      { year: 2024, awarded: 2, revoked: 0 },
      { year: 2025, awarded: 3, revoked: 1 },
      { year: 2026, awarded: 2, revoked: 0 },
    ]);
    expect(byUnit.map((l) => [l.id, l.place, l.count])).toEqual([
      [w.tree.d1.id, "self", 1],
      [w.tree.c1.id, "below", 5],
      [w.tree.c2.id, "below", 1],
    ]);
    expect(summary.byTitle.find((r) => r.key === "CSTD_CS")?.counts).toEqual([1, 1, 1]);
    expect(summary.byRound.map((r) => [r.key, r.total])).toEqual([
      ["ANNUAL", 1],
      ["THEMATIC", 0],
      ["PHASE", 0],
      ["ENTERED", 6],
    ]);
  });

  it("the province adds each district's tree under the district", async () => {
    const { byUnit } = await stats(provinceChair);
    expect(byUnit.map((l) => [l.id, l.count])).toEqual([
      [w.tree.p1.id, 0],
      [w.tree.d1.id, 7],
      [w.tree.d2.id, 1],
    ]);
  });

  it("filters by title, kind and a unit below, and drills down to a commune", async () => {
    const cstd = await stats(districtChair, { title: "CSTD_CS" });
    expect(cstd.summary.byYear.map((y) => y.awarded)).toEqual([1, 1, 1]);
    expect(cstd.summary.titleChoices.map((t) => t.key)).toContain("Giấy khen của Chủ tịch UBND huyện");
    const byName = await stats(districtChair, { title: "Giấy khen của Chủ tịch UBND huyện" });
    expect(byName.summary.total).toBe(2);
    expect(byName.summary.byYear[1]!.revoked).toBe(1);
    const collectives = await stats(districtChair, { kind: "COLLECTIVE" });
    expect(collectives.summary.total).toBe(1);
    const commune = await stats(districtChair, { unitId: w.tree.c1.id });
    expect(commune.summary.total).toBe(5);
    expect(commune.byUnit).toEqual([{ id: w.tree.c1.id, name: w.tree.c1.name, place: "self", count: 5 }]);
  });
});

describe("quotas and registrations", () => {
  it("allocated, proposed (sent only) and awarded per title and year, for the district and each commune", async () => {
    const line = { year: 2026, label: "Chiến sĩ thi đua cơ sở", kind: "INDIVIDUAL" };
    expect(await quotaStatistics(districtChair, SPAN)).toEqual([{ ...line, allocated: 5, proposed: 2, awarded: 1 }]);
    expect(await quotaStatistics(c1Officer, SPAN)).toEqual([{ ...line, allocated: 3, proposed: 2, awarded: 1 }]);
    expect(await quotaStatistics(districtChair, { ...SPAN, unitId: w.tree.c2.id })).toEqual([
      { ...line, allocated: 2, proposed: 0, awarded: 0 },
    ]);
    expect(await quotaStatistics(districtChair, { ...SPAN, title: "LDTT" })).toEqual([]);
    expect(await quotaStatistics(districtChair, { from: 2024, to: 2025 })).toEqual([]);
  });

  it("lines of sent registrations against the titles achieved that year", async () => {
    const lines = await registrationStatistics(districtChair, SPAN);
    expect(lines.map((l) => [l.code, l.registered, l.achieved])).toEqual([
      ["CSTD_CS", 1, 1],
      ["LDTT", 2, 1],
      ["TTLDTT", 1, 0],
    ]);
    const individuals = await registrationStatistics(districtChair, { ...SPAN, kind: "INDIVIDUAL" });
    expect(individuals.map((l) => l.code)).toEqual(["CSTD_CS", "LDTT"]);
    expect(await registrationStatistics(districtChair, { ...SPAN, unitId: w.tree.c2.id })).toEqual([]);
  });
});

describe("succession: a successor counts what it inherits", () => {
  let s: SuccessionWorld;
  beforeAll(async () => {
    s = await successionWorld();
  });

  it("the heir commune counts each merged commune under its name; the province, the old province", async () => {
    const heir = await awardStatistics(s.actors.heirChair, { from: 2023, to: 2025 }, [2023, 2024, 2025]);
    expect(heir.byUnit.map((l) => [l.id, l.place, l.count])).toEqual([
      [s.units.heir.id, "self", 0],
      [s.units.an.id, "inherited", 2],
      [s.units.binh.id, "inherited", 1],
    ]);
    expect(heir.summary.byYear.map((y) => y.awarded)).toEqual([1, 2, 0]);
    const province = await awardStatistics(s.actors.provinceReviewer, { from: 2023, to: 2025 }, [2023, 2024, 2025]);
    expect(province.byUnit.filter((l) => l.count > 0).map((l) => [l.id, l.place, l.count])).toEqual([
      [s.units.oldProvince.id, "inherited", 3],
    ]);
    const stranger = await awardStatistics(s.actors.strangerAll, { from: 2023, to: 2025 }, [2023, 2024, 2025]);
    expect(stranger.summary.total).toBe(0);
  });
});
