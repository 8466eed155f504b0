import "server-only";
import type { z } from "zod";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { forbidden, notFound } from "@/domain/errors";
import { unitLevel } from "@/domain/units/hierarchy";
import { provinceRulesInForce, type ProvinceRuleSet } from "@/domain/council/effective-rules";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import type { TProvinceRules, TProvinceTitleRule, ZProvinceRules, ZProvinceTitleRule } from "@/schemas/province-rules";
import { ownedByMyUnit, rulesOfMyProvince, writeScope } from "./scope";
import { recordAudit } from "./audit";
import { BUMP_ROW_VERSION, checkRowVersionOrNew, claimRowVersion } from "./row-version";

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

/** The rules as their form shows them (the form's first values, and the current ones after a stale save). */
export function provinceRulesFormValues(row: {
  decisionNumber: string;
  decisionDate: Date;
  effectiveFrom: Date;
  quorumNumerator: number | null;
  quorumDenominator: number | null;
  countsWrittenOpinions: boolean | null;
  communeMayOverride: TProvinceRules["communeMayOverride"];
}): TProvinceRules {
  return {
    decisionNumber: row.decisionNumber,
    decisionDate: toIsoDate(row.decisionDate),
    effectiveFrom: toIsoDate(row.effectiveFrom),
    quorumNumerator: row.quorumNumerator ?? "",
    quorumDenominator: row.quorumDenominator ?? "",
    countsWrittenOpinions: row.countsWrittenOpinions === null ? "" : row.countsWrittenOpinions ? "true" : "false",
    communeMayOverride: row.communeMayOverride,
  };
}

/** One title's rule as its edit form shows it (the form's first values, and the current ones after a stale save). */
export function provinceTitleRuleFormValues(row: {
  catalogueCode: string;
  thresholdPercent: number | null;
  thresholdStrict: boolean;
  capPercent: number | null;
  memberSharePercent: number | null;
  memberTitleCode: string | null;
  criteria: string[];
  dossier: string[];
}): TProvinceTitleRule {
  return {
    catalogueCode: row.catalogueCode,
    thresholdPercent: row.thresholdPercent ?? "",
    thresholdStrict: row.thresholdStrict,
    capPercent: row.capPercent ?? "",
    memberSharePercent: row.memberSharePercent ?? "",
    memberTitleCode: row.memberTitleCode ?? "",
    criteria: row.criteria.join("\n"),
    dossier: row.dossier.join("\n"),
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
  return row
    ? { rules: toRuleSet(row), titles: row.titles, form: provinceRulesFormValues(row), rowVersion: row.rowVersion }
    : null;
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

/**
 * Creates or replaces the province's rules. From the form, `rowVersion` is the version it loaded
 * (null: none issued yet); a save made after someone else's is refused as stale (row-version.ts).
 */
export async function saveProvinceRules(
  actor: Actor,
  input: z.output<typeof ZProvinceRules>,
  rowVersion?: number | null,
) {
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
    checkRowVersionOrNew(before, rowVersion, provinceRulesFormValues);
    let after;
    if (before) {
      const claimed = await tx.provinceRules.updateMany({
        where: { id: before.id, rowVersion: before.rowVersion },
        data: { ...data, ...BUMP_ROW_VERSION },
      });
      await claimRowVersion(claimed, () => tx.provinceRules.findUnique({ where: scope }), provinceRulesFormValues);
      after = await tx.provinceRules.findUniqueOrThrow({ where: { id: before.id } });
    } else after = await tx.provinceRules.create({ data: { unitId: scope.unitId, ...data } });
    await recordAudit(tx, actor, {
      entity: "ProvinceRules",
      entityId: after.id,
      action: before ? "UPDATE" : "CREATE",
      before: before ?? undefined,
      after,
    });
  });
}

/**
 * The province's rule for one title (replaces the one it had). The rules themselves come first.
 * From the edit form of an existing rule, `rowVersion` is the version it loaded: a save made after
 * someone else's is refused as stale (row-version.ts); the form that adds a title passes none.
 */
export async function saveProvinceTitleRule(
  actor: Actor,
  input: z.output<typeof ZProvinceTitleRule>,
  rowVersion?: number,
) {
  const scope = writeScope(actor, "rules.manage");
  requireProvince(actor);
  await db().$transaction(async (tx) => {
    const rules = await tx.provinceRules.findUnique({ where: scope, select: { id: true } });
    if (!rules) throw notFound();
    const key = { rulesId_catalogueCode: { rulesId: rules.id, catalogueCode: input.catalogueCode } };
    const before = await tx.provinceTitleRule.findUnique({ where: key });
    checkRowVersionOrNew(before, rowVersion, provinceTitleRuleFormValues);
    const { catalogueCode, ...rest } = input;
    let after;
    if (before) {
      const claimed = await tx.provinceTitleRule.updateMany({
        where: { id: before.id, rowVersion: before.rowVersion },
        data: { ...rest, ...BUMP_ROW_VERSION },
      });
      await claimRowVersion(
        claimed,
        () => tx.provinceTitleRule.findUnique({ where: key }),
        provinceTitleRuleFormValues,
      );
      after = await tx.provinceTitleRule.findUniqueOrThrow({ where: { id: before.id } });
    } else after = await tx.provinceTitleRule.create({ data: { rulesId: rules.id, catalogueCode, ...rest } });
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
