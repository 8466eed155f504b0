/**
 * The tenant wall around the header's search (`searchInScope`: Person, Organisation, Plan,
 * AwardDecision). From a sibling commune, a commune of the other district, the other district,
 * another province and its commune — each role alone and all at once — searching for the names,
 * titles and numbers of a district's and its commune's rows finds none of their people,
 * organisations or decisions, and of their plans only what the searcher's own list shows: the
 * sibling commune, below the district, finds the district's issued plan and never the commune's.
 * Inside: the district's chair finds all of it, the commune finds its own, a district officer (its
 * own unit only) not the commune's person. Then what the search does: names without diacritics,
 * documents by number, groups cut at ten with "more", too short a text not searched.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { toIsoDate } from "@/lib/dates";
import { SEARCH_GROUP_SIZE, searchInScope } from "@/server/data/search";
import { createActor, createPersonRow } from "../support/factories";
import { answer, onMyPath, outsiders, recordsWorld, type RecordsWorld } from "../support/records-world";

let w: RecordsWorld;
let attackers: Awaited<ReturnType<typeof outsiders>>;
/** Texts that reach every kind of the world's rows. */
let queries: string[];

/** Every id each kind of the search returned for the queries. */
async function found(actor: Parameters<typeof searchInScope>[0], texts: string[]) {
  const ids = {
    people: new Set<string>(),
    organisations: new Set<string>(),
    plans: new Set<string>(),
    decisions: new Set<string>(),
  };
  for (const q of texts) {
    const results = await answer(() => searchInScope(actor, q));
    if (!results) continue;
    for (const kind of Object.keys(ids) as (keyof typeof ids)[])
      for (const row of results[kind].rows) ids[kind].add(row.id);
  }
  return ids;
}

beforeAll(async () => {
  w = await recordsWorld();
  attackers = await outsiders(w);
  queries = [
    w.person.fullName,
    w.org.name,
    "cải cách hành chính năm 2026",
    w.decision.formName,
    `${w.decision.number}/QĐ-UBND`,
    (await db().plan.findUniqueOrThrow({ where: { id: w.plan.id } })).number!,
  ];
}, 120_000);

describe("search isolation: what the search finds is what the searcher may read", () => {
  it("outsiders find none of the district's or the commune's people, organisations and decisions", async () => {
    for (const { name, actor } of attackers) {
      const ids = await found(actor, queries);
      expect(ids.people.has(w.person.id), name).toBe(false);
      expect(ids.organisations.has(w.org.id), name).toBe(false);
      expect(ids.decisions.has(w.decision.id), name).toBe(false);
    }
  });

  it("of the plans, outsiders find only those of their own path: the sibling commune the district's, never the commune's", async () => {
    for (const { name, unit, actor } of attackers) {
      const ids = await found(actor, queries);
      expect(ids.plans.has(w.communePlan.id), name).toBe(false);
      expect(ids.plans.has(w.plan.id), name).toBe(onMyPath(unit, w.tree.d1.id));
    }
  });

  it("inside: the district's chair finds everything, the commune its own, a district officer not the commune's person", async () => {
    const chair = await found(w.district, queries);
    expect(chair.people.has(w.person.id)).toBe(true);
    expect(chair.organisations.has(w.org.id)).toBe(true);
    expect([...chair.plans].sort()).toEqual([w.plan.id, w.communePlan.id].sort());
    expect([...chair.decisions]).toEqual([w.decision.id]);

    const commune = await found(w.commune, queries);
    expect(commune.people.has(w.person.id)).toBe(true);
    expect(commune.organisations.has(w.org.id)).toBe(true);
    expect([...commune.plans].sort()).toEqual([w.plan.id, w.communePlan.id].sort());
    // The district's decision commended the commune's people: the commune reads it.
    expect([...commune.decisions]).toEqual([w.decision.id]);

    const districtOfficer = await found(await createActor(w.tree.d1, ["OFFICER"]), queries);
    expect(districtOfficer.people.has(w.person.id)).toBe(false);
    expect(districtOfficer.organisations.has(w.org.id)).toBe(false);
    expect([...districtOfficer.plans]).toEqual([w.plan.id]);
  });
});

describe("what the search does", () => {
  it("finds a name typed without diacritics, and a decision by its number", async () => {
    const plain = w.person.searchText; // "nguoi co ho so <uid>"
    const byName = await searchInScope(w.commune, plain.toUpperCase());
    expect(byName?.people.rows.map((p) => p.id)).toEqual([w.person.id]);
    expect(byName?.people.rows[0]).toMatchObject({ fullName: w.person.fullName, unit: { name: w.tree.c1.name } });

    // Stored "01"; typed "1/QĐ-UBND".
    const byNumber = await searchInScope(w.district, `${Number.parseInt(w.decision.number, 10)}/QĐ-UBND`);
    expect(byNumber?.decisions.rows.map((d) => [d.id, toIsoDate(d.decidedOn)])).toEqual([
      [w.decision.id, "2026-11-20"],
    ]);
  });

  it("shows at most ten of a kind and says there are more", async () => {
    for (let i = 0; i < SEARCH_GROUP_SIZE + 2; i++) await createPersonRow(w.tree.c2, `Trần Văn Nhiều ${i}`);
    const chairOfC2 = await createActor(w.tree.c2, ["CHAIR"]);
    const results = await searchInScope(chairOfC2, "tran van nhieu");
    expect(results?.people.rows).toHaveLength(SEARCH_GROUP_SIZE);
    expect(results?.people.more).toBe(true);
    expect(results?.organisations).toEqual({ rows: [], more: false });
  });

  it("does not search one letter", async () => {
    expect(await searchInScope(w.district, " a ")).toBeNull();
  });
});
