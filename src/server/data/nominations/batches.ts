import "server-only";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { conflict, forbidden, invalid, notFound } from "@/domain/errors";
import {
  decideBatch,
  dossierDeadlineProblem,
  dossierProblems,
  ownCouncilProblems,
} from "@/domain/nominations/batch-rules";
import { withoutSensitiveDetail } from "@/domain/eligibility/principles";
import { toIsoDate, todayInVietnam } from "@/lib/dates";
import { recordAudit } from "../audit";
import { CONTENDED, lockAwardForm } from "../locks";
import { batchesSentToMyUnit, isMyUnit, ownedByMyUnit, plansPublishedByMyUnitOrAbove, writeScope } from "../scope";
import { BATCH_INCLUDE, batchEvent, ownBatch, reviewedBatch } from "./access";
import { batchReadScope, inboxOfMyUnit } from "../scope";
import { cappedTotal, encodeCursor, keysetPage, keysetWindow, parseCursorDate } from "../keyset";
import type { TableParams } from "@/lib/table-params";
import type { BatchStatus, Prisma } from "@/generated/prisma/client";
import { batchEligibility } from "./nominees";
import { notify } from "./notifications";
import { acceptanceQuotaProblem, submissionQuotaProblem } from "./quota-checks";
import { provinceShareCap } from "../province-rules";
import { resolveRound } from "../award-rounds";
import { acceptEveryDocument } from "./whole-dossier";

/**
 * Nomination batches ("tờ trình đề nghị khen thưởng") through their life. A unit proposes for an
 * award form of a published plan of its own unit or of a unit above it; the plan's unit reviews,
 * returns or accepts. Submission and acceptance lock the award form's row before their quota
 * checks (quota-checks.ts), then re-read the batch under that lock.
 */

export async function findBatch(actor: Actor, batchId: string) {
  return db().$transaction(async (tx) => {
    const batch = await tx.nominationBatch.findFirst({
      where: { id: batchId, ...batchReadScope(actor) },
      include: BATCH_INCLUDE,
    });
    if (!batch) throw notFound();
    const eligibility = await batchEligibility(tx, batch);
    if (!can(actor.roles, "discipline.read"))
      for (const [id, reasons] of eligibility) eligibility.set(id, withoutSensitiveDetail(reasons));
    return {
      batch,
      eligibility,
      reviewing: isMyUnit(actor, batch.awardForm.plan.unitId) && can(actor.roles, "nomination.review"),
    };
  }, CONTENDED);
}

export async function listMyBatches(actor: Actor) {
  const batches = await db().nominationBatch.findMany({
    where: ownedByMyUnit(actor),
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    include: {
      awardForm: { select: { name: true, recipientKind: true, plan: { select: { title: true } } } },
    },
  });
  return withNomineeCounts(batches);
}

export const INBOX_SORT_KEYS = ["submittedAt"] as const;

/**
 * The reviewer's inbox: batches sent to the actor's unit, newest sent first, one page at a time by keyset
 * through (reviewUnitId, submittedAt, id) — or (reviewUnitId, status, submittedAt, id) when filtered by
 * status — with their nominees counted for the page's batches only and the total capped.
 */
export async function listInbox(
  actor: Actor,
  params: TableParams<(typeof INBOX_SORT_KEYS)[number]>,
  filter: { status?: Exclude<BatchStatus, "DRAFT"> } = {},
) {
  if (!can(actor.roles, "nomination.review")) throw forbidden();
  const where: Prisma.NominationBatchWhereInput = {
    ...inboxOfMyUnit(actor),
    // Every sent batch has a submittedAt (withdrawing clears both); said here so no null reaches a cursor.
    submittedAt: { not: null },
    ...(filter.status ? { status: filter.status } : {}),
  };
  const window = keysetWindow<Prisma.NominationBatchWhereInput>("submittedAt", params, parseCursorDate);
  const fetched = await db().nominationBatch.findMany({
    where: window.where ? { AND: [where, window.where] } : where,
    orderBy: window.orderBy,
    skip: window.skip,
    take: window.take,
    include: {
      unit: { select: { name: true } },
      // Which plan and round (đợt) each tờ trình is for: a reviewer may have several plans open at once.
      awardForm: { select: { name: true, recipientKind: true, plan: { select: { title: true } } } },
      awardRound: { select: { label: true } },
    },
  });
  const page = keysetPage(fetched, window, params, (b) => encodeCursor(b.submittedAt!, b.id));
  const counted = await db().nominationBatch.count({ where });
  return {
    rows: await withNomineeCounts(page.rows),
    ...cappedTotal(counted),
    cursors: { after: page.after, before: page.before },
  };
}

/**
 * The batches with their number of nominees, counted for these batches only: Prisma's `_count`
 * joins a count of every Nominee row of every tenant, grouped by batch (scripts/bench/request-overhead.ts).
 */
async function withNomineeCounts<T extends { id: string }>(batches: T[]): Promise<(T & { nomineeCount: number })[]> {
  const counts = await db().nominee.groupBy({
    by: ["batchId"],
    where: { batchId: { in: batches.map((b) => b.id) } },
    _count: { _all: true },
  });
  const byBatch = new Map(counts.map((c) => [c.batchId, c._count._all]));
  return batches.map((b) => ({ ...b, nomineeCount: byBatch.get(b.id) ?? 0 }));
}

/**
 * Award forms the actor's unit may propose for: forms of published plans of its unit and the units
 * above. A form its own plan copied from a higher plan (cascade) is not listed apart: it is the
 * higher unit's form, listed once under that unit.
 */
export async function listProposableForms(actor: Actor) {
  return db().planAwardForm.findMany({
    where: { plan: plansPublishedByMyUnitOrAbove(actor), OR: [{ parentFormId: null }, { conferral: "OWN" }] },
    orderBy: [{ plan: { issuedOn: "desc" } }, { position: "asc" }],
    select: {
      id: true,
      name: true,
      recipientKind: true,
      quota: true,
      rounds: { orderBy: { position: "asc" }, select: { id: true, label: true, quota: true } },
      plan: {
        select: { id: true, unitId: true, title: true, number: true, symbol: true, unit: { select: { name: true } } },
      },
    },
  });
}

/**
 * The form a batch is filed on: the chosen one, or — for a copy of a higher plan's form that the
 * unit still proposes for (cascade) — that higher form, so the batch reaches the higher unit's
 * reviewer (as any proposal upward does) instead of the unit's own plan, where nobody reviews it.
 */
async function formToFileOn(tx: Tx, actor: Actor, awardFormId: string) {
  const where = { plan: plansPublishedByMyUnitOrAbove(actor) };
  const select = { id: true, planId: true, conferral: true, parentFormId: true } as const;
  const form = await tx.planAwardForm.findFirst({ where: { id: awardFormId, ...where }, select });
  if (!form) throw notFound();
  if (form.conferral !== "PROPOSED" || !form.parentFormId) return { form, redirected: false };
  const parent = await tx.planAwardForm.findFirst({ where: { id: form.parentFormId, ...where }, select });
  if (!parent) throw conflict("Kế hoạch cấp trên của hình thức này không còn nhận đề nghị.");
  return { form: parent, redirected: true };
}

/**
 * The higher form's round that a round of its copy stands for: the one with the same key ("Y2026" is
 * 2026 in both plans), so a ward filing for 2026 reaches the town's 2026 round, not whichever round
 * the town is in. A copy given once names no particular round: the higher form's current one then.
 */
async function parentRoundFor(tx: Tx, copyFormId: string, copyRoundId: string, parentFormId: string) {
  const copy = await tx.awardRound.findFirst({
    where: { id: copyRoundId, awardFormId: copyFormId },
    select: { key: true, label: true },
  });
  if (!copy) throw invalid("Đợt khen thưởng không thuộc hình thức này.", { roundId: "Chọn lại đợt khen thưởng." });
  if (copy.key === "ONCE") return undefined;
  const parent = await tx.awardRound.findUnique({
    where: { awardFormId_key: { awardFormId: parentFormId, key: copy.key } },
    select: { id: true },
  });
  if (!parent)
    throw invalid(`Kế hoạch cấp trên không khen thưởng hình thức này trong đợt "${copy.label}".`, {
      roundId: "Chọn đợt khen thưởng của kế hoạch cấp trên.",
    });
  return parent.id;
}

/** A new batch for a round of the form (`roundId`; absent: the form's only or current round). */
export async function createBatch(actor: Actor, awardFormId: string, roundId?: string) {
  const scope = writeScope(actor, "nomination.write");
  return db().$transaction(async (tx) => {
    const { form, redirected } = await formToFileOn(tx, actor, awardFormId);
    const round = await resolveRound(
      tx,
      form.id,
      redirected && roundId ? await parentRoundFor(tx, awardFormId, roundId, form.id) : roundId,
    );
    const batch = await tx.nominationBatch.create({
      data: { planId: form.planId, awardFormId: form.id, roundId: round.id, unitId: scope.unitId },
    });
    await batchEvent(tx, batch, actor, "CREATED");
    await recordAudit(tx, actor, { entity: "NominationBatch", entityId: batch.id, action: "CREATE", after: batch });
    return batch;
  });
}

export async function submitBatch(actor: Actor, batchId: string, now = new Date()) {
  return db().$transaction(async (tx) => {
    const first = await ownBatch(tx, actor, batchId);
    await lockAwardForm(tx, first.awardFormId);
    const batch = await ownBatch(tx, actor, batchId); // re-read under the lock
    const decision = decideBatch("submit", batch.status);
    if (!decision.ok) throw conflict(decision.reason);
    // A proposal upward carries its own council's vote: whoever that council did not pass stays home.
    const votes = await tx.meetingItem.findMany({
      where: { nomineeId: { in: batch.nominees.map((n) => n.id) }, meeting: { unitId: batch.unitId } },
      select: { label: true, result: true, meeting: { select: { status: true } } },
    });
    const council = ownCouncilProblems(
      votes.map((v) => ({ label: v.label, result: v.result, closed: v.meeting.status === "BALLOT_CLOSED" })),
    );
    if (council) throw conflict(council);
    const missing = dossierProblems(batch.nominees.map((n) => ({ label: n.label, documents: n.documents })));
    if (missing.length) throw invalid("Hồ sơ chưa đủ: " + missing.join(" "), { dossier: missing.join("\n") });
    // Facts may have changed since a nominee was added (a discipline, a complaint): check again.
    const eligibility = await batchEligibility(tx, batch);
    const barred = batch.nominees.flatMap((n) =>
      (eligibility.get(n.id) ?? []).map((r) => `${n.label}: ${r.message} (${r.article})`),
    );
    if (barred.length)
      throw invalid("Có người, tập thể chưa đủ điều kiện: " + barred.join(" "), { dossier: barred.join("\n") });
    const extension = await tx.dossierExtension.findUnique({
      where: { planId_unitId: { planId: batch.planId, unitId: batch.unitId } },
    });
    // Each round is due on its own day ("trước ngày 15/12 hằng năm"); a single round's is the plan's.
    const late = dossierDeadlineProblem(
      batch.awardRound.dossierDeadline ? toIsoDate(batch.awardRound.dossierDeadline) : null,
      extension ? toIsoDate(extension.until) : null,
      now,
    );
    if (late) throw conflict(late);
    const provinceCap = await provinceShareCap(tx, actor, batch.awardForm.catalogueCode, todayInVietnam(now));
    const quota = await submissionQuotaProblem(tx, batch, provinceCap);
    if (quota) throw conflict(quota);
    const updated = await tx.nominationBatch.update({
      where: { id: batch.id },
      data: { status: decision.to, submittedAt: now },
    });
    await batchEvent(tx, updated, actor, "SUBMITTED");
    // The reviewing unit (the plan's) is told in the app, not only by its task board.
    await notify(tx, {
      unitId: batch.awardForm.plan.unitId,
      kind: "BATCH_SUBMITTED",
      text: `${batch.unit.name} gửi tờ trình "${batch.awardForm.name}" (${batch.awardRound.label}) theo kế hoạch "${batch.awardForm.plan.title}"`,
      link: `/de-nghi/${batch.id}`,
    });
    await recordAudit(tx, actor, {
      entity: "NominationBatch",
      entityId: batch.id,
      action: "UPDATE",
      before: { status: batch.status },
      after: { status: decision.to, round: updated.round },
    });
    return updated;
  }, CONTENDED);
}

/**
 * "Rút tờ trình": the proposing unit takes back a batch it sent that the reviewer has not accepted
 * yet. It is a draft again in a new round (what was sent stays in the history); the reviewing
 * unit's inbox no longer lists it (it lists no drafts), so that unit is told, with the reason.
 */
export async function withdrawBatch(actor: Actor, batchId: string, reason: string) {
  await db().$transaction(async (tx) => {
    const batch = await ownBatch(tx, actor, batchId);
    const decision = decideBatch("withdraw", batch.status);
    if (!decision.ok) throw conflict(decision.reason);
    await batchEvent(tx, batch, actor, "WITHDRAWN", reason);
    await tx.nominationBatch.update({
      where: { id: batch.id },
      data: { status: decision.to, submittedAt: null, round: batch.round + 1 },
    });
    // The reviewer may have begun on it; a draft is no longer theirs to open, so the link is the inbox.
    await notify(tx, {
      unitId: batch.awardForm.plan.unitId,
      kind: "BATCH_WITHDRAWN",
      text: `${batch.unit.name} rút tờ trình "${batch.awardForm.name}" (${batch.awardRound.label}): ${reason}`,
      link: "/de-nghi/tham-dinh",
    });
    await recordAudit(tx, actor, {
      entity: "NominationBatch",
      entityId: batch.id,
      action: "UPDATE",
      before: { status: batch.status },
      after: { status: decision.to, withdrawn: reason },
    });
  });
}

export async function returnBatch(actor: Actor, batchId: string, reason: string) {
  await db().$transaction(async (tx) => {
    const batch = await reviewedBatch(tx, actor, batchId);
    const decision = decideBatch("return", batch.status);
    if (!decision.ok) throw conflict(decision.reason);
    await batchEvent(tx, batch, actor, "RETURNED", reason);
    // A new round begins: what the unit fixes and resubmits is kept apart from this one.
    await tx.nominationBatch.update({
      where: { id: batch.id },
      data: { status: decision.to, decidedAt: new Date(), round: batch.round + 1 },
    });
    await notify(tx, {
      unitId: batch.unitId,
      kind: "BATCH_RETURNED",
      text: `Tờ trình "${batch.awardForm.name}" bị trả lại: ${reason}`,
      link: `/de-nghi/${batch.id}`,
    });
    await recordAudit(tx, actor, {
      entity: "NominationBatch",
      entityId: batch.id,
      action: "UPDATE",
      before: { status: batch.status },
      after: { status: decision.to, reason },
    });
  });
}

/** Accepts the batch for the council; `everyDocument`: also marks every filed document "Đạt" (whole-dossier.ts). */
export async function acceptBatch(actor: Actor, batchId: string, opts: { everyDocument?: boolean } = {}) {
  await db().$transaction(async (tx) => {
    const first = await reviewedBatch(tx, actor, batchId);
    await lockAwardForm(tx, first.awardFormId);
    const batch = await reviewedBatch(tx, actor, batchId);
    const decision = decideBatch("accept", batch.status);
    if (!decision.ok) throw conflict(decision.reason);
    if (opts.everyDocument) await acceptEveryDocument(tx, actor, batch);
    const quota = await acceptanceQuotaProblem(tx, batch);
    if (quota) throw conflict(quota);
    await tx.nominationBatch.update({ where: { id: batch.id }, data: { status: decision.to, decidedAt: new Date() } });
    await batchEvent(tx, batch, actor, "ACCEPTED");
    await notify(tx, {
      unitId: batch.unitId,
      kind: "BATCH_ACCEPTED",
      text: `Tờ trình "${batch.awardForm.name}" đã được chấp nhận, chuyển Hội đồng.`,
      link: `/de-nghi/${batch.id}`,
    });
    await recordAudit(tx, actor, {
      entity: "NominationBatch",
      entityId: batch.id,
      action: "UPDATE",
      before: { status: batch.status },
      after: { status: decision.to },
    });
  }, CONTENDED);
}
