import "server-only";
import type { Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import type { Prisma } from "@/generated/prisma/client";
import { can } from "@/domain/auth/permissions";
import { notFound } from "@/domain/errors";
import { lockOwnBatch, lockReviewedBatch } from "../locks";
import { batchesSentToMyUnit, writeScope } from "../scope";

/**
 * How a nomination batch ("tờ trình đề nghị khen thưởng") is reached: the proposing unit edits its
 * own, the unit that issued the plan reviews what was sent to it, the unit's council reads the
 * dossiers it votes on. A batch loaded to be changed is locked first, so the status checked stays
 * true until the transaction commits.
 */

/** A batch with everything its page and its checks read: form, plan, nominees, dossier, history. */
export const BATCH_INCLUDE = {
  awardForm: {
    select: {
      id: true,
      name: true,
      recipientKind: true,
      quota: true,
      catalogueCode: true,
      capPercent: true,
      subQuotas: { orderBy: { position: "asc" }, select: { category: true, quota: true } },
      plan: {
        select: { id: true, title: true, unitId: true, dossierDeadline: true, unit: { select: { name: true } } },
      },
    },
  },
  awardRound: {
    select: { id: true, label: true, periodFrom: true, periodTo: true, dossierDeadline: true, quota: true },
  },
  unit: { select: { name: true } },
  nominees: {
    orderBy: { position: "asc" },
    include: {
      documents: {
        orderBy: { position: "asc" },
        include: { files: { orderBy: [{ uploadedAt: "asc" }, { id: "asc" }] } },
      },
    },
  },
  // Steps of one transaction share an instant: the id (a cuid, increasing within a process) orders them.
  events: { orderBy: [{ at: "asc" }, { id: "asc" }] },
} satisfies Prisma.NominationBatchInclude;

/** A batch as BATCH_INCLUDE loads it. */
export type LoadedBatch = Prisma.NominationBatchGetPayload<{ include: typeof BATCH_INCLUDE }>;

/** Appends a step to the batch's history, in its current round. */
export async function batchEvent(
  tx: Tx,
  batch: { id: string; round: number },
  actor: Actor,
  action: string,
  comment = "",
) {
  await tx.batchEvent.create({
    data: { batchId: batch.id, round: batch.round, action, comment, actorUserId: actor.userId },
  });
}

/** Own unit's batch, locked, for the proposing unit's officers. */
export async function ownBatch(tx: Tx, actor: Actor, batchId: string): Promise<LoadedBatch> {
  const scope = writeScope(actor, "nomination.write");
  await lockOwnBatch(tx, batchId, scope.unitId);
  const batch = await tx.nominationBatch.findFirst({ where: { id: batchId, ...scope }, include: BATCH_INCLUDE });
  if (!batch) throw notFound();
  return batch;
}

/** A batch the actor's unit reviews (it issued the plan), locked. */
export async function reviewedBatch(tx: Tx, actor: Actor, batchId: string): Promise<LoadedBatch> {
  await lockReviewedBatch(tx, batchId, writeScope(actor, "nomination.review").unitId);
  const batch = await tx.nominationBatch.findFirst({
    where: { id: batchId, ...batchesSentToMyUnit(actor) },
    include: BATCH_INCLUDE,
  });
  if (!batch) throw notFound();
  return batch;
}
