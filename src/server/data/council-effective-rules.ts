import "server-only";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { forbidden, invalid } from "@/domain/errors";
import { findEntry } from "@/domain/catalogue/catalogue";
import {
  effectiveRules,
  nationalDefaultsOn,
  overrideProblems,
  provinceRulesInForce,
  type CouncilOverrides,
} from "@/domain/council/effective-rules";
import { unitLevel } from "@/domain/units/hierarchy";
import { todayInVietnam } from "@/lib/dates";
import { ownedByMyUnit } from "./scope";
import { loadRulesOfMyProvince } from "./province-rules";

/**
 * The rules the actor's council applies: its quy chế over its province's rules over the decree,
 * each figure with where it comes from. Read by the council page, applied by meetings.
 */

/** The council's rules and its province's rules in force on `onDate`, inside a caller's transaction. */
export async function councilRulesOn(tx: Tx, actor: Actor, council: CouncilOverrides | null, onDate: string) {
  const province = provinceRulesInForce(await loadRulesOfMyProvince(tx, actor), onDate);
  const national = nationalDefaultsOn(onDate);
  return (catalogueCode: string | null) => effectiveRules(national, province, council, catalogueCode);
}

/**
 * Refuses what the council may not set itself (its province's rules in force today say which), by
 * field. Where the province has issued no rules, the council's quy chế is free, as before.
 */
export async function refuseOverridesBeyondProvince(
  tx: Tx,
  actor: Actor,
  input: { quorum?: boolean; writtenOpinions?: boolean; threshold?: boolean },
) {
  const province = provinceRulesInForce(await loadRulesOfMyProvince(tx, actor), todayInVietnam());
  const problems = overrideProblems(province, input);
  const first = Object.values(problems)[0];
  if (first) throw invalid(first, problems);
}

/** What the council page shows: each figure in force today and where it comes from. */
export async function findEffectiveCouncilRules(actor: Actor) {
  if (!can(actor.roles, "council.read")) throw forbidden();
  const today = todayInVietnam();
  const [issued, council] = await Promise.all([
    loadRulesOfMyProvince(db(), actor),
    db().council.findUnique({ where: ownedByMyUnit(actor), include: { thresholds: true } }),
  ]);
  const province = provinceRulesInForce(issued, today);
  const national = nationalDefaultsOn(today);
  const rulesFor = (code: string | null) => effectiveRules(national, province, council, code);
  const codes = [
    ...new Set([
      ...Object.keys(national.thresholds),
      ...(province?.titles.map((t) => t.catalogueCode) ?? []),
      ...(council?.thresholds.map((t) => t.catalogueCode) ?? []),
    ]),
  ].filter((code) => findEntry(code));
  return {
    /** Province rules reach councils of communes only (their province sets commune-level procedures). */
    appliesProvinceRules: unitLevel(actor.unit.kind) === "COMMUNE",
    /** Issued but not yet in force: the page says from when. */
    issued,
    province,
    session: rulesFor(null),
    titles: codes.map((code) => ({ code, name: findEntry(code)!.name, rules: rulesFor(code) })),
  };
}
