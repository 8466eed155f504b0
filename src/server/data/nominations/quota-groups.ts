import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db/client";
import {
  allocationTallies,
  groupFitProblems,
  isGrouped,
  planGroupPlaces,
  proposerGroupPlaces,
  tallies,
  type GroupAllocation,
  type GroupedForm,
} from "@/domain/quotas/groups";

/**
 * Sub-quotas at every gate: allocation, submission, acceptance, approval and signing. Each check
 * gathers counts with `countByGroup` and asks src/domain/quotas/groups.ts whether the step fits.
 * Callers hold the award form's row lock (lockAwardForm) — the same lock that holds the total — so
 * the counts stay true until their transaction commits, however many reviewers act at once.
 */

/** Where a nominee of a form stands: filed (submitted or accepted), accepted, approved, signed. */
export type GroupStage = "PROPOSED" | "ACCEPTED" | "APPROVED" | "DECIDED";
export type GroupCount = { unitId: string; category: string };

/** What a gate counts within: an award form and, where the form recurs, one of its rounds. */
export type GroupScope = { awardFormId: string; roundId?: string };

/**
 * The nominees of an award form that count against its groups at `stage`: one row per nominee with
 * the proposing unit and the group. The one place that decides what counts (the award round
 * included), so every gate counts alike. `items` narrows the council's items (approval and signing
 * count the issuing unit's own items, approval-items.ts ownItems).
 */
export async function countByGroup(
  tx: Tx,
  scope: GroupScope,
  stage: GroupStage,
  only: { unitId?: string; exceptBatchId?: string; exceptItemId?: string; items?: Prisma.MeetingItemWhereInput } = {},
): Promise<GroupCount[]> {
  const ofScope = { awardFormId: scope.awardFormId, ...(scope.roundId ? { roundId: scope.roundId } : {}) };
  if (stage === "PROPOSED" || stage === "ACCEPTED") {
    const rows = await tx.nominee.findMany({
      where: {
        batch: {
          ...ofScope,
          status: { in: stage === "PROPOSED" ? ["SUBMITTED", "ACCEPTED"] : ["ACCEPTED"] },
          ...(only.unitId ? { unitId: only.unitId } : {}),
          ...(only.exceptBatchId ? { id: { not: only.exceptBatchId } } : {}),
        },
      },
      select: { category: true, batch: { select: { unitId: true } } },
    });
    return rows.map((r) => ({ unitId: r.batch.unitId, category: r.category }));
  }
  const items = await tx.meetingItem.findMany({
    where: {
      AND: [
        only.items ?? {},
        stage === "APPROVED" ? { approval: "APPROVED" } : { decisionId: { not: null } },
        only.exceptItemId ? { id: { not: only.exceptItemId } } : {},
        { nominee: { batch: { ...ofScope, ...(only.unitId ? { unitId: only.unitId } : {}) } } },
      ],
    },
    select: { nominee: { select: { category: true, batch: { select: { unitId: true } } } } },
  });
  return items.flatMap((i) => (i.nominee ? [{ unitId: i.nominee.batch.unitId, category: i.nominee.category }] : []));
}

function perCategory(rows: GroupCount[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.category, (out.get(r.category) ?? 0) + 1);
  return out;
}

/** The form's number and groups as a gate holds them (`quota`: the round's number where it recurs). */
type Form = GroupedForm & { id: string; plan: { unitId: string } };

async function allocationsOf(tx: Tx, scope: GroupScope): Promise<GroupAllocation[]> {
  return tx.quotaAllocation.findMany({
    where: { awardFormId: scope.awardFormId, ...(scope.roundId ? { roundId: scope.roundId } : {}) },
    select: { unitId: true, category: true, quantity: true },
  });
}

type Batch = { id: string; unitId: string; roundId: string; nominees: { category: string }[] };

/** A proposer's nominees (`adding`, by group) within what it holds in each group, counting its `stage`. */
async function proposerProblems(tx: Tx, form: Form, batch: Batch, adding: string[], stage: "PROPOSED" | "ACCEPTED") {
  const scope = { awardFormId: form.id, roundId: batch.roundId };
  const places = proposerGroupPlaces(form, await allocationsOf(tx, scope), {
    unitId: batch.unitId,
    issuesThePlan: batch.unitId === form.plan.unitId,
  });
  const counted = perCategory(await countByGroup(tx, scope, stage, { unitId: batch.unitId, exceptBatchId: batch.id }));
  return groupFitProblems(places, tallies(counted, adding), stage === "PROPOSED" ? "SUBMIT" : "ACCEPT", "UNIT");
}

/** At submission: the batch fits the groups its unit holds (the issuing unit's own batches too). */
export async function submissionGroupProblem(tx: Tx, form: Form, batch: Batch): Promise<string | null> {
  if (!isGrouped(form)) return null;
  const problems = await proposerProblems(
    tx,
    form,
    batch,
    batch.nominees.map((n) => n.category),
    "PROPOSED",
  );
  return problems[0]?.message ?? null;
}

/** At acceptance: the plan's groups against every acceptance so far, then the proposer's own places. */
export async function acceptanceGroupProblem(tx: Tx, form: Form, batch: Batch): Promise<string | null> {
  if (!isGrouped(form)) return null;
  const adding = batch.nominees.map((n) => n.category);
  const scope = { awardFormId: form.id, roundId: batch.roundId };
  const accepted = perCategory(await countByGroup(tx, scope, "ACCEPTED", { exceptBatchId: batch.id }));
  const problems = [
    ...groupFitProblems(planGroupPlaces(form), tallies(accepted, adding), "ACCEPT"),
    ...(await proposerProblems(tx, form, batch, adding, "ACCEPTED")),
  ];
  return problems[0]?.message ?? null;
}

/**
 * At approval (`stage` APPROVED) or signing (DECIDED): the plan's groups, over the unit's own items
 * of the round (`roundId`, the items' batches' round).
 */
export async function councilStepGroupProblem(
  tx: Tx,
  form: GroupedForm & { id: string },
  step: {
    stage: "APPROVED" | "DECIDED";
    roundId?: string;
    items: Prisma.MeetingItemWhereInput;
    exceptItemId?: string;
  },
  adding: string[],
): Promise<string | null> {
  if (!isGrouped(form)) return null;
  const scope = { awardFormId: form.id, roundId: step.roundId };
  const counted = perCategory(
    await countByGroup(tx, scope, step.stage, { items: step.items, exceptItemId: step.exceptItemId }),
  );
  const problems = groupFitProblems(
    planGroupPlaces(form),
    tallies(counted, adding),
    step.stage === "APPROVED" ? "APPROVE" : "DECIDE",
  );
  return problems[0]?.message ?? null;
}

/**
 * At allocation: in each group, what the new allocations hold — per unit its allocation or, if more,
 * what it already filed there (the issuing unit's own filings included) — stays within the group.
 */
export async function allocationGroupProblems(
  tx: Tx,
  form: GroupedForm & { id: string },
  roundId: string | undefined,
  wanted: GroupAllocation[],
) {
  if (!isGrouped(form)) return [];
  const filed = new Map<string, { unitId: string; category: string; count: number }>();
  for (const r of await countByGroup(tx, { awardFormId: form.id, roundId }, "PROPOSED")) {
    const key = JSON.stringify([r.unitId, r.category]);
    const row = filed.get(key) ?? filed.set(key, { ...r, count: 0 }).get(key)!;
    row.count += 1;
  }
  return groupFitProblems(planGroupPlaces(form), allocationTallies(wanted, [...filed.values()]), "ALLOCATE");
}
