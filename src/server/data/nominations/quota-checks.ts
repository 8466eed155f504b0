import "server-only";
import type { Tx } from "@/server/db/client";
import { acceptanceProblems, submissionProblems } from "@/domain/nominations/quotas";
import { shareCapProblem } from "@/domain/nominations/share-cap";
import { findEntry } from "@/domain/catalogue/catalogue";
import type { LoadedBatch } from "./access";
import { acceptanceGroupProblem, submissionGroupProblem } from "./quota-groups";

/**
 * The quota checks of submission and acceptance. Callers hold the award form's row lock
 * (lockAwardForm), so the counts read here stay true until their transaction commits: concurrent
 * submissions and acceptances on any number of app instances never exceed a quota. Every batch
 * here was read through the wall; its `unitId` is the proposing unit's. Everything is counted
 * within the batch's round (đợt) against the round's quota: 2024's nominees never use 2025's places.
 */

/** Nominees of (round, unit) already counting against the unit's allocation. */
async function proposedCount(tx: Tx, roundId: string, unitId: string, exceptBatchId: string) {
  return tx.nominee.count({
    where: { batch: { roundId, unitId, status: { in: ["SUBMITTED", "ACCEPTED"] }, id: { not: exceptBatchId } } },
  });
}

/**
 * The share cap (e.g. CSTĐ cơ sở ≤ N% of the unit's Lao động tiên tiến of the year) of the plan or
 * of the proposing unit's province, the stricter where both set one.
 */
async function shareCapCheck(
  tx: Tx,
  batch: {
    unitId: string;
    awardForm: { catalogueCode: string | null; capPercent: number | null };
    nominees: { periodTo: Date }[];
  },
  alreadyProposed: number,
  provinceCap: number | null,
) {
  const base = findEntry(batch.awardForm.catalogueCode ?? "")?.cap?.of;
  const baseEntry = base ? findEntry(base) : undefined;
  const caps = [batch.awardForm.capPercent, provinceCap].filter((c): c is number => c !== null && c > 0);
  if (caps.length === 0 || !baseEntry || batch.nominees.length === 0) return null;
  const capPercent = Math.min(...caps);
  const year = Math.max(...batch.nominees.map((n) => n.periodTo.getUTCFullYear()));
  const baseCount = await tx.awardRecord.count({
    where: { unitId: batch.unitId, catalogueCode: baseEntry.code, year, revokedOn: null },
  });
  return shareCapProblem({
    capPercent,
    baseName: baseEntry.name,
    baseCount,
    year,
    alreadyProposed,
    inBatch: batch.nominees.length,
  });
}

/**
 * Why the batch may not be submitted for lack of quota, or null: the unit's allocation for the
 * form (the issuing unit's own proposals are bounded by the plan's quota), the groups it holds
 * (quota-groups.ts; every proposer, the issuing unit included), then the share cap of the plan or of the unit's province (`provinceCap`).
 */
export async function submissionQuotaProblem(
  tx: Tx,
  batch: LoadedBatch,
  provinceCap: number | null = null,
): Promise<string | null> {
  const form = { ...batch.awardForm, quota: batch.awardRound.quota };
  const allocated =
    form.quota === null
      ? null
      : ((
          await tx.quotaAllocation.aggregate({
            where: { roundId: batch.roundId, unitId: batch.unitId },
            _sum: { quantity: true },
          })
        )._sum.quantity ?? (form.plan.unitId === batch.unitId ? form.quota : 0));
  const alreadyProposed = await proposedCount(tx, batch.roundId, batch.unitId, batch.id);
  const problems = submissionProblems({
    formQuota: form.quota,
    allocated,
    alreadyProposed,
    inBatch: batch.nominees.length,
  });
  if (problems.length) return problems[0]!.message;
  const group = await submissionGroupProblem(tx, form, batch);
  if (group) return group;
  return shareCapCheck(tx, batch, alreadyProposed, provinceCap);
}

/**
 * Why the reviewer may not accept the batch, or null: the form's quota against every nominee accepted
 * so far, then its groups (the plan's, and the proposer's own places).
 */
export async function acceptanceQuotaProblem(tx: Tx, batch: LoadedBatch): Promise<string | null> {
  const acceptedSoFar = await tx.nominee.count({
    where: { batch: { roundId: batch.roundId, status: "ACCEPTED" } },
  });
  const form = { ...batch.awardForm, quota: batch.awardRound.quota };
  const problems = acceptanceProblems({
    formQuota: form.quota,
    acceptedSoFar,
    inBatch: batch.nominees.length,
  });
  if (problems.length) return problems[0]!.message;
  return acceptanceGroupProblem(tx, form, batch);
}
