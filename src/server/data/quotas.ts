import "server-only";
import { db } from "@/server/db/client";
import { toIsoDate, todayInVietnam } from "@/lib/dates";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { forbidden, invalid, notFound } from "@/domain/errors";
import { allocationProblems, type Allocation } from "@/domain/nominations/quotas";
import { recordAudit } from "./audit";
import { BUMP_ROW_VERSION, claimRowVersion } from "./row-version";
import { resolveRound, ROUND_SELECT } from "./award-rounds";
import { roundChoice, roundForKey } from "@/domain/plans/rounds";
import { lockAwardForm } from "./locks";
import { allocationGroupProblems } from "./nominations/quota-groups";
import { myUnitAndUnitsDirectlyBelow, plansIssuedByMyUnit, unitsInMySubtree } from "./scope";

/**
 * Quota allocation and the quota board. Only the issuing unit's reviewer allocates its plan's
 * quotas, and only to itself or units below it.
 */

async function ownForm(actor: Actor, awardFormId: string) {
  const form = await db().planAwardForm.findFirst({
    where: { id: awardFormId, plan: plansIssuedByMyUnit(actor) },
    include: {
      subQuotas: { orderBy: { position: "asc" } },
      allocations: true,
      plan: { select: { id: true, title: true } },
    },
  });
  if (!form) throw notFound();
  return form;
}

export async function findFormAllocations(actor: Actor, awardFormId: string) {
  if (!can(actor.roles, "quota.allocate")) throw forbidden();
  return ownForm(actor, awardFormId);
}

/** An award form's allocations as the allocation form shows another's save. */
function allocationFormValues(form: { allocations: Allocation[] }) {
  return { allocations: form.allocations.map(({ unitId, category, quantity }) => ({ unitId, category, quantity })) };
}

/**
 * Replaces the allocations of one round of the form (`roundId`; absent: its only or current round),
 * all or nothing, within the round's numbers. From the form,
 * `rowVersion` is the award form's version it loaded; a save made after someone else's is refused
 * as stale with their allocations (row-version.ts).
 */
export async function setAllocations(
  actor: Actor,
  awardFormId: string,
  allocations: Allocation[],
  rowVersion?: number,
  roundId?: string,
) {
  if (!can(actor.roles, "quota.allocate")) throw forbidden();
  await db().$transaction(async (tx) => {
    const form = await tx.planAwardForm.findFirst({
      where: { id: awardFormId, plan: plansIssuedByMyUnit(actor) },
      include: { subQuotas: true, allocations: true },
    });
    if (!form) throw notFound();
    const round = await resolveRound(tx, form.id, roundId);
    // The lock every quota gate takes: what is filed in each group cannot change while this is checked.
    await lockAwardForm(tx, form.id);
    const wanted = allocations.filter((a) => a.quantity > 0);
    const unitIds = [...new Set(wanted.map((a) => a.unitId))];
    const units = await tx.unit.count({ where: { id: { in: unitIds }, ...unitsInMySubtree(actor) } });
    if (units !== unitIds.length) throw invalid("Chỉ phân bổ cho đơn vị mình và các đơn vị cấp dưới.");
    const problems = allocationProblems({ quota: round.quota, subQuotas: form.subQuotas }, wanted);
    if (!problems.length)
      problems.push(...(await allocationGroupProblems(tx, { ...form, quota: round.quota }, round.id, wanted)));
    if (problems.length) throw invalid(problems.map((p) => p.message).join(" "), { allocations: problems[0]!.message });
    const claimed = await tx.planAwardForm.updateMany({
      where: { id: form.id, rowVersion: rowVersion ?? form.rowVersion },
      data: BUMP_ROW_VERSION,
    });
    await claimRowVersion(
      claimed,
      () =>
        tx.planAwardForm.findFirst({
          where: { id: awardFormId, plan: plansIssuedByMyUnit(actor) },
          include: { allocations: true },
        }),
      allocationFormValues,
    );
    await tx.quotaAllocation.deleteMany({ where: { awardFormId, roundId: round.id } });
    await tx.quotaAllocation.createMany({
      data: wanted.map((a) => ({
        awardFormId,
        roundId: round.id,
        unitId: a.unitId,
        category: a.category,
        quantity: a.quantity,
      })),
    });
    await recordAudit(tx, actor, {
      entity: "QuotaAllocation",
      entityId: awardFormId,
      action: "UPDATE",
      before: form.allocations
        .filter((a) => a.roundId === round.id)
        .map(({ unitId, category, quantity }) => ({ unitId, category, quantity })),
      after: { round: round.label, allocations: wanted },
    });
  });
}

/**
 * The quota board of a plan, for one round (`roundKey`: "Y2024", "R:<review>", "ONCE"; absent: the
 * round whose period holds today, else the first): per award form and unit, allocated, nominated
 * (submitted or accepted) and accepted in that round. A form given once shows its one round
 * whichever round is chosen. For the issuing unit's reviewers and chair.
 */
export async function quotaBoard(actor: Actor, planId: string, roundKey?: string, today = todayInVietnam()) {
  if (!can(actor.roles, "nomination.review")) throw forbidden();
  const plan = await db().plan.findFirst({
    where: { id: planId, ...plansIssuedByMyUnit(actor) },
    select: {
      id: true,
      title: true,
      awardForms: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          name: true,
          recipientKind: true,
          quota: true,
          rowVersion: true,
          subQuotas: { orderBy: { position: "asc" }, select: { category: true, quota: true } },
          rounds: { orderBy: { position: "asc" }, select: ROUND_SELECT },
          allocations: {
            select: { roundId: true, unitId: true, category: true, quantity: true, unit: { select: { name: true } } },
          },
          batches: {
            where: { status: { in: ["SUBMITTED", "ACCEPTED"] } },
            select: { id: true, roundId: true, unitId: true, status: true, unit: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!plan) throw notFound();
  // Nominees counted for this plan's batches only: Prisma's `_count` joins a count of every tenant's nominees.
  const nomineeCounts = await db().nominee.groupBy({
    by: ["batchId"],
    where: { batchId: { in: plan.awardForms.flatMap((f) => f.batches.map((b) => b.id)) } },
    _count: { _all: true },
  });
  const nomineesOf = new Map(nomineeCounts.map((c) => [c.batchId, c._count._all]));
  const children = await db().unit.findMany({
    where: myUnitAndUnitsDirectlyBelow(actor),
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const choice = roundChoice(
    plan.awardForms.flatMap((f) =>
      f.rounds.map((r) => ({ ...r, periodFrom: toIsoDate(r.periodFrom), periodTo: toIsoDate(r.periodTo) })),
    ),
    roundKey,
    today,
  );
  return {
    plan,
    units: children,
    ...choice,
    forms: plan.awardForms.flatMap((f) => {
      const round = roundForKey(f.rounds, choice.roundKey);
      if (!round) return [];
      const allocations = f.allocations.filter((a) => a.roundId === round.id);
      const rows = new Map<
        string,
        { unitId: string; unitName: string; allocated: number; nominated: number; accepted: number }
      >();
      const row = (unitId: string, unitName: string) =>
        rows.get(unitId) ??
        rows.set(unitId, { unitId, unitName, allocated: 0, nominated: 0, accepted: 0 }).get(unitId)!;
      for (const a of allocations) row(a.unitId, a.unit.name).allocated += a.quantity;
      for (const b of f.batches.filter((x) => x.roundId === round.id)) {
        const r = row(b.unitId, b.unit.name);
        const nominees = nomineesOf.get(b.id) ?? 0;
        r.nominated += nominees;
        if (b.status === "ACCEPTED") r.accepted += nominees;
      }
      return [
        {
          id: f.id,
          name: f.name,
          recipientKind: f.recipientKind,
          quota: round.quota,
          round,
          rowVersion: f.rowVersion,
          subQuotas: f.subQuotas,
          allocations,
          rows: [...rows.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, "vi")),
        },
      ];
    }),
  };
}
