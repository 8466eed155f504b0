import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { allocatedOf, registeredTitles, titlesOfForms } from "@/domain/statistics/forms";
import { findStatisticsUnit, type StatisticsFilter } from "./statistics";
import { historyReadScopeWithin, planHistoryReadScope, readScopeWithin } from "./scope";

/**
 * The plan side of a unit's statistics: quotas allocated to its tree against what it proposed and
 * what was awarded, and registrations (đăng ký thi đua) against the titles achieved. Counted by
 * PostgreSQL inside the wall (`readScopeWithin` for the unit's quotas, batches and registrations;
 * `historyReadScopeWithin` for its awards), per title and year: every commune's "Chiến sĩ thi đua
 * cơ sở" of a year is one line, whichever plan opened it.
 */

const SENT_BATCHES = { in: ["SUBMITTED" as const, "ACCEPTED" as const] };
const SENT_REGISTRATIONS = { in: ["SENT" as const, "APPROVED" as const] };

export type QuotaLine = {
  year: number;
  label: string;
  kind: "INDIVIDUAL" | "COLLECTIVE";
  allocated: number;
  proposed: number;
  awarded: number;
};

/** Quotas allocated to the unit's tree, nominees it proposed (sent or accepted), awards in force, per title and year. */
export async function quotaStatistics(actor: Actor, filter: StatisticsFilter): Promise<QuotaLine[]> {
  const { unit } = await findStatisticsUnit(actor, filter.unitId);
  const mine = readScopeWithin(actor, "plan.read", unit);
  const ofYears = { plan: { year: { gte: filter.from, lte: filter.to } } };
  const [allocations, proposals] = await Promise.all([
    db().quotaAllocation.groupBy({
      by: ["awardFormId"],
      where: { ...mine, awardForm: ofYears },
      _sum: { quantity: true },
    }),
    db().nominationBatch.groupBy({ by: ["awardFormId"], where: { ...mine, status: SENT_BATCHES, awardForm: ofYears } }),
  ]);
  const formIds = [...new Set([...allocations, ...proposals].map((g) => g.awardFormId))];
  if (!formIds.length) return [];
  const forms = await db().planAwardForm.findMany({
    where: { id: { in: formIds }, plan: await planHistoryReadScope(actor) },
    select: { id: true, name: true, catalogueCode: true, recipientKind: true, plan: { select: { year: true } } },
  });
  const titles = titlesOfForms(
    forms.map((f) => ({ ...f, year: f.plan.year })),
    (t) => (!filter.title || t.key === filter.title) && (!filter.kind || t.kind === filter.kind),
  );
  const allocated = new Map(allocations.map((a) => [a.awardFormId, a._sum.quantity ?? 0]));
  const awards = await historyReadScopeWithin(actor, "person.read", unit);
  return Promise.all(
    titles.map(async (t) => {
      const ofTitle = { in: t.formIds };
      const [proposed, awarded] = await Promise.all([
        db().nominee.count({ where: { batch: { ...mine, status: SENT_BATCHES, awardFormId: ofTitle } } }),
        db().awardRecord.count({ where: { AND: [awards], revokedOn: null, decision: { awardFormId: ofTitle } } }),
      ]);
      return { year: t.year, label: t.label, kind: t.kind, allocated: allocatedOf(t, allocated), proposed, awarded };
    }),
  );
}

export type RegistrationLine = { year: number; code: string; label: string; registered: number; achieved: number };

/**
 * Lines of the tree's sent registrations that name a title of the law's catalogue, and how many of
 * them achieved it that year (the person or organisation holds the award, not revoked). A line for
 * the unit itself ("UBND xã") names no organisation, so it counts as registered only.
 */
export async function registrationStatistics(actor: Actor, filter: StatisticsFilter): Promise<RegistrationLine[]> {
  const { unit } = await findStatisticsUnit(actor, filter.unitId);
  const mine = readScopeWithin(actor, "plan.read", unit);
  const plansOf = await db().registration.groupBy({
    by: ["planId"],
    where: { ...mine, status: SENT_REGISTRATIONS, plan: { year: { gte: filter.from, lte: filter.to } } },
  });
  if (!plansOf.length) return [];
  const plans = await db().plan.findMany({
    where: { id: { in: plansOf.map((p) => p.planId) }, ...(await planHistoryReadScope(actor)) },
    select: { year: true, registrationItems: true },
  });
  const titles = registeredTitles(
    plans,
    (t) => (!filter.title || t.key === filter.title) && (!filter.kind || t.kinds.includes(filter.kind)),
  );
  return Promise.all(
    titles.map(async (t) => {
      const lines = {
        items: { has: t.code },
        ...(filter.kind ? { kind: filter.kind } : {}),
        registration: { ...mine, status: SENT_REGISTRATIONS, plan: { year: t.year } },
      };
      const won = { awards: { some: { catalogueCode: t.code, year: t.year, revokedOn: null } } };
      const [registered, achieved] = await Promise.all([
        db().registrationRow.count({ where: lines }),
        db().registrationRow.count({ where: { ...lines, OR: [{ person: won }, { organisation: won }] } }),
      ]);
      return { ...t, registered, achieved };
    }),
  );
}
