import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { forbidden, notFound } from "@/domain/errors";
import { unitLevel } from "@/domain/units/hierarchy";
import { provinceRulesInForce, type ProvinceRuleSet } from "@/domain/council/effective-rules";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import type { ZProvinceRules, ZProvinceTitleRule } from "@/schemas/province-rules";
import { ownedByMyUnit, rulesOfMyProvince, writeScope } from "./scope";
import { recordAudit } from "./audit";

/**
 * A province's rules for the commune-level work below it (NĐ 152/2025/NĐ-CP Điều 6 khoản 2 điểm
 * c), kept by the province's office, read by the communes, whose councils apply them
 * (src/domain/council/effective-rules.ts).
 */

const WITH_TITLES = {
  titles: { orderBy: { catalogueCode: "asc" } },
  unit: { select: { name: true } },
} as const;

type Row = NonNullable<Awaited<ReturnType<typeof loadRules>>>;

function loadRules(tx: Tx, where: ReturnType<typeof ownedByMyUnit> | ReturnType<typeof rulesOfMyProvince>) {
  return tx.provinceRules.findFirst({ where, include: WITH_TITLES });
}

function toRuleSet(row: Row): ProvinceRuleSet {
  return {
    provinceName: row.unit.name,
    decisionNumber: row.decisionNumber,
    decisionDate: toIsoDate(row.decisionDate),
    effectiveFrom: toIsoDate(row.effectiveFrom),
    quorumNumerator: row.quorumNumerator,
    quorumDenominator: row.quorumDenominator,
    countsWrittenOpinions: row.countsWrittenOpinions,
    communeMayOverride: row.communeMayOverride,
    titles: row.titles,
  };
}

/** Only a province keeps these rules: anyone else gets "not allowed here". */
function requireProvince(actor: Actor) {
  if (unitLevel(actor.unit.kind) !== "PROVINCE") throw forbidden();
}

/** The rules of the actor's own province unit (null: none issued yet), with each title's row. */
export async function findOwnProvinceRules(actor: Actor) {
  if (!can(actor.roles, "rules.read")) throw forbidden();
  requireProvince(actor);
  const row = await loadRules(db(), ownedByMyUnit(actor));
  return row ? { rules: toRuleSet(row), titles: row.titles } : null;
}

/** The rules the actor's province set for the units below it, as issued (null: none). */
export async function findRulesOfMyProvince(actor: Actor): Promise<ProvinceRuleSet | null> {
  if (!can(actor.roles, "rules.read") && !can(actor.roles, "council.read")) throw forbidden();
  return loadRulesOfMyProvince(db(), actor);
}

/** Inside a caller's transaction (council rules, meetings): the rules of the actor's province. */
export async function loadRulesOfMyProvince(tx: Tx, actor: Actor): Promise<ProvinceRuleSet | null> {
  if (unitLevel(actor.unit.kind) !== "COMMUNE") return null;
  const row = await loadRules(tx, rulesOfMyProvince(actor));
  return row ? toRuleSet(row) : null;
}

/**
 * The share cap the actor's province sets for `catalogueCode` (e.g. CSTĐ cơ sở at most N% of the
 * unit's Lao động tiên tiến), in force on `onDate`; null where it sets none. The law sets none.
 */
export async function provinceShareCap(tx: Tx, actor: Actor, catalogueCode: string | null, onDate: string) {
  if (!catalogueCode) return null;
  const rules = provinceRulesInForce(await loadRulesOfMyProvince(tx, actor), onDate);
  return rules?.titles.find((t) => t.catalogueCode === catalogueCode)?.capPercent ?? null;
}

export async function saveProvinceRules(actor: Actor, input: z.output<typeof ZProvinceRules>) {
  const scope = writeScope(actor, "rules.manage");
  requireProvince(actor);
  const data = {
    decisionNumber: input.decisionNumber,
    decisionDate: parseIsoDate(input.decisionDate),
    effectiveFrom: parseIsoDate(input.effectiveFrom),
    quorumNumerator: input.quorumNumerator,
    quorumDenominator: input.quorumDenominator,
    countsWrittenOpinions: input.countsWrittenOpinions,
    communeMayOverride: [...new Set(input.communeMayOverride)],
  };
  await db().$transaction(async (tx) => {
    const before = await tx.provinceRules.findUnique({ where: scope });
    const after = await tx.provinceRules.upsert({
      where: scope,
      create: { unitId: scope.unitId, ...data },
      update: data,
    });
    await recordAudit(tx, actor, {
      entity: "ProvinceRules",
      entityId: after.id,
      action: before ? "UPDATE" : "CREATE",
      before: before ?? undefined,
      after,
    });
  });
}

/** The province's rule for one title (replaces the one it had). The rules themselves come first. */
export async function saveProvinceTitleRule(actor: Actor, input: z.output<typeof ZProvinceTitleRule>) {
  const scope = writeScope(actor, "rules.manage");
  requireProvince(actor);
  await db().$transaction(async (tx) => {
    const rules = await tx.provinceRules.findUnique({ where: scope, select: { id: true } });
    if (!rules) throw notFound();
    const key = { rulesId_catalogueCode: { rulesId: rules.id, catalogueCode: input.catalogueCode } };
    const before = await tx.provinceTitleRule.findUnique({ where: key });
    const { catalogueCode, ...rest } = input;
    const after = await tx.provinceTitleRule.upsert({
      where: key,
      create: { rulesId: rules.id, catalogueCode, ...rest },
      update: rest,
    });
    await recordAudit(tx, actor, {
      entity: "ProvinceTitleRule",
      entityId: after.id,
      action: before ? "UPDATE" : "CREATE",
      before: before ?? undefined,
      after,
    });
  });
}

export async function deleteProvinceTitleRule(actor: Actor, id: string) {
  const scope = writeScope(actor, "rules.manage");
  requireProvince(actor);
  await db().$transaction(async (tx) => {
    const before = await tx.provinceTitleRule.findFirst({ where: { id, rules: scope } });
    if (!before) throw notFound();
    await tx.provinceTitleRule.delete({ where: { id } });
    await recordAudit(tx, actor, { entity: "ProvinceTitleRule", entityId: id, action: "DELETE", before });
  });
}
