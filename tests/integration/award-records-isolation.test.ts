/**
 * The tenant wall around a person's or a collective's award record (quá trình khen thưởng, over
 * AwardRecord, Person and Organisation): from a sibling commune, the other district, another province
 * and its commune — each role alone and all at once — a commune's person and organisation are not
 * found; the district's chair reads both with every award; a district officer (its own unit only)
 * does not. After a merger the heir reads a predecessor's person with the awards given there, and a
 * commune beside it does not. Positive controls show the ids are live.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor-types";
import { organisationAwardRecord, personAwardRecord } from "@/server/data/award-records";
import { createActor } from "../support/factories";
import { OUTSIDER_UNITS, ROLE_SETS, notRefused, outcome } from "../support/records-world";
import { statisticsWorld, type StatisticsWorld } from "../support/statistics-world";
import { successionWorld, type SuccessionWorld } from "../support/succession-world";

let w: StatisticsWorld;
let s: SuccessionWorld;
let outsiders: { name: string; actor: Actor }[];

beforeAll(async () => {
  [w, s] = await Promise.all([statisticsWorld(), successionWorld()]);
  outsiders = [];
  for (const key of OUTSIDER_UNITS)
    for (const roles of ROLE_SETS)
      outsiders.push({ name: `${key.toUpperCase()} ${roles.join("+")}`, actor: await createActor(w.tree[key], roles) });
});

describe("award records isolation", () => {
  it("outsiders find neither the commune's person nor its organisation", async () => {
    for (const { name, actor } of outsiders) {
      const reads = {
        personAwardRecord: await outcome(() => personAwardRecord(actor, w.people.p1.id)),
        organisationAwardRecord: await outcome(() => organisationAwardRecord(actor, w.org.id)),
      };
      expect(notRefused(reads), name).toEqual([]);
    }
  });

  it("the district's chair reads both with every award; a district officer reads neither", async () => {
    const person = await personAwardRecord(w.districtChair, w.people.p1.id);
    expect(person.awards.map((a) => a.year).sort()).toEqual([2024, 2025, 2026]);
    expect(person.awards.every((a) => a.unitName === w.tree.c1.name)).toBe(true);
    const org = await organisationAwardRecord(w.districtChair, w.org.id);
    expect(org.awards.map((a) => a.name)).toEqual(["Tập thể lao động tiên tiến"]);
    const districtOfficer = await createActor(w.tree.d1, ["OFFICER", "ADMIN"]);
    expect(await outcome(() => personAwardRecord(districtOfficer, w.people.p1.id))).toBe("not_found");
    expect(await outcome(() => organisationAwardRecord(districtOfficer, w.org.id))).toBe("not_found");
    // Positive control from inside: the commune's own officer.
    const communeOfficer = await createActor(w.tree.c1, ["OFFICER"]);
    expect((await personAwardRecord(communeOfficer, w.people.p1.id)).awards).toHaveLength(3);
  });

  it("after a merger the heir reads the predecessor's person with its awards; a unit beside it does not", async () => {
    const record = await personAwardRecord(s.actors.heirChair, s.person.id);
    expect(record.awards.map((a) => [a.year, a.unitName])).toEqual([
      [2023, s.units.an.name],
      [2024, s.units.an.name],
    ]);
    expect((await organisationAwardRecord(s.actors.heirChair, s.org.id)).id).toBe(s.org.id);
    expect(await outcome(() => personAwardRecord(s.actors.strangerAll, s.person.id))).toBe("not_found");
    expect(await outcome(() => organisationAwardRecord(s.actors.strangerAll, s.org.id))).toBe("not_found");
  });
});
