import "server-only";
import type { Tx } from "@/server/db/client";

/**
 * Row locks for read-check-write sequences: a status checked at the start of a transaction stays
 * true until it commits, so an edit can never land after a concurrent issue, submission or
 * acceptance. Each lock is taken only on a row of the caller's scope (the unit condition is part
 * of the locking query), so one unit cannot hold another's rows.
 */

/** The plan, if it belongs to `unitId`. */
export async function lockPlan(tx: Tx, id: string, unitId: string) {
  await tx.$queryRaw`select id from "Plan" where id = ${id} and "unitId" = ${unitId} for update`;
}

/** A batch of the proposing unit. */
export async function lockOwnBatch(tx: Tx, id: string, unitId: string) {
  await tx.$queryRaw`select id from "NominationBatch" where id = ${id} and "unitId" = ${unitId} for update`;
}

/** A batch sent to the reviewing unit (the unit that issued its plan). */
export async function lockReviewedBatch(tx: Tx, id: string, reviewUnitId: string) {
  await tx.$queryRaw`select b.id from "NominationBatch" b join "Plan" p on p.id = b."planId" where b.id = ${id} and p."unitId" = ${reviewUnitId} for update of b`;
}

/** A unit's registration for a plan. */
export async function lockRegistration(tx: Tx, planId: string, unitId: string) {
  await tx.$queryRaw`select id from "Registration" where "planId" = ${planId} and "unitId" = ${unitId} for update`;
}

/**
 * Transactions that queue on a hot lock (an award form at a deadline, a ballot being closed): wait
 * for a connection and for the lock longer than Prisma's defaults (2 s / 5 s) rather than fail.
 */
export const CONTENDED = { maxWait: 30_000, timeout: 60_000 };

/** An award form: quota checks (submission, acceptance, approval, decision) run one at a time. */
export async function lockAwardForm(tx: Tx, awardFormId: string) {
  await tx.$queryRaw`select id from "PlanAwardForm" where id = ${awardFormId} for update`;
}

/** A unit's council: one scheduling at a time, so no nominee lands on two agendas. */
export async function lockCouncil(tx: Tx, unitId: string) {
  await tx.$queryRaw`select id from "Council" where "unitId" = ${unitId} for update`;
}

/** A meeting of `unitId`, for the secretary's steps (open, ballot, close). */
export async function lockMeeting(tx: Tx, id: string, unitId: string) {
  await tx.$queryRaw`select id from "CouncilMeeting" where id = ${id} and "unitId" = ${unitId} for update`;
}

/** A meeting shared by voters: many ballots at once, while closing (FOR UPDATE) waits for them. */
export async function shareMeeting(tx: Tx, id: string) {
  await tx.$queryRaw`select id from "CouncilMeeting" where id = ${id} for share`;
}
