import "server-only";
import { db } from "@/server/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/actor-types";
import { conflict, notFound } from "@/domain/errors";
import { approveAllProblem } from "@/domain/nominations/quotas";
import { writeScope } from "./scope";
import { recordAuditMany } from "./audit";
import { CONTENDED, lockAwardForm } from "./locks";
import { barredNominees } from "./decisions";
import { APPROVAL_ITEM_INCLUDE, ownItems, withNominee } from "./approval-items";
import { councilStepGroupProblem } from "./nominations/quota-groups";
import { resolveRound } from "./award-rounds";
import { approvable, selectionProblem } from "@/domain/council/approval-status";

/** What a bulk approval reads of the award form: its name, catalogue code and groups (sub-quotas). */
const FORM_FIELDS = {
  id: true,
  name: true,
  catalogueCode: true,
  subQuotas: { orderBy: { position: "asc" }, select: { category: true, quota: true } },
} as const;

type RoundForm = Prisma.PlanAwardFormGetPayload<{ select: typeof FORM_FIELDS }>;

/**
 * Under the form's lock: whether `items`, approved together, fit their round — its number (as one
 * approval counts it, decisions.ts), the plan's groups of the round, and eligibility — or, all or
 * none, the conflict naming the form (and the round, when the form has several) and what to do.
 */
async function checkRoundRoom(
  tx: Prisma.TransactionClient,
  actor: Actor,
  form: RoundForm,
  round: Awaited<ReturnType<typeof resolveRound>>,
  items: ReturnType<typeof withNominee>,
  says: { overQuota: typeof selectionProblem; barredAdvice: string },
) {
  const rounds = await tx.awardRound.count({ where: { awardFormId: form.id } });
  const name = rounds > 1 ? `${form.name} (${round.label})` : form.name;
  const approved = await tx.meetingItem.count({
    where: {
      ...ownItems(actor),
      approval: "APPROVED",
      nominee: { batch: { awardFormId: form.id, roundId: round.id } },
    },
  });
  const over = says.overQuota({ formQuota: round.quota, approved, adding: items.length });
  if (over) throw conflict(`${name}: ${over}`);
  const group = await councilStepGroupProblem(
    tx,
    { ...form, quota: round.quota },
    { stage: "APPROVED", roundId: round.id, items: ownItems(actor) },
    items.map((i) => i.nominee.category),
  );
  if (group) throw conflict(`${name}: Chưa phê duyệt ai. ${group}`);
  const barred = await barredNominees(tx, items, form.catalogueCode);
  if (barred.length) throw conflict(`Chưa phê duyệt ai: ${barred.join(" ")} ${says.barredAdvice}`);
}

/**
 * "Phê duyệt tất cả người đạt": the chair approves every nominee of one round (đợt) of one award
 * form whom the council passed and who still awaits approval — the round the board shows, never
 * the form's other rounds, which have their own number and their own decision. One transaction
 * under the form's quota lock (the lock every single approval, acceptance and decision of the
 * form takes), so the round's quota is checked once for all of them against what is approved in
 * it at that moment. All or nothing: if they would pass the round's number or its groups, or an
 * eligibility rule now bars one of them, nobody is approved and the message says why (by how
 * many, or who). `roundId` absent: the form's only (or current) round, as resolveRound says.
 */
export async function approveAllPassed(
  actor: Actor,
  planId: string,
  awardFormId: string,
  roundId?: string,
): Promise<{ approved: number }> {
  const scope = writeScope(actor, "award.approve");
  return db().$transaction(async (tx) => {
    const form = await tx.planAwardForm.findFirst({
      where: { id: awardFormId, plan: { id: planId, ...scope } },
      select: FORM_FIELDS,
    });
    if (!form) throw notFound();
    const round = await resolveRound(tx, form.id, roundId);
    await lockAwardForm(tx, form.id);
    const ofRound = { ...ownItems(actor), nominee: { batch: { awardFormId: form.id, roundId: round.id } } };
    // Read under the lock: a single approval that committed first is counted, not approved twice.
    const pending = withNominee(
      await tx.meetingItem.findMany({
        where: {
          ...ofRound,
          meeting: { ...ofRound.meeting, planId, status: "BALLOT_CLOSED" },
          result: "PASSED",
          approval: "PENDING",
          decisionId: null,
        },
        orderBy: [{ meeting: { heldOn: "asc" } }, { position: "asc" }],
        include: APPROVAL_ITEM_INCLUDE,
      }),
    );
    if (pending.length === 0) throw conflict("Không còn người, tập thể nào đạt tại Hội đồng đang chờ phê duyệt.");
    await checkRoundRoom(tx, actor, form, round, pending, {
      overQuota: approveAllProblem,
      barredAdvice: "Hãy quyết định riêng những người này rồi phê duyệt tất cả những người còn lại.",
    });
    const data = { approval: "APPROVED" as const, rejectReason: null, approvedAt: new Date() };
    const { count } = await tx.meetingItem.updateMany({
      where: { id: { in: pending.map((i) => i.id) }, approval: "PENDING" },
      data,
    });
    // Under the form's lock nothing else can have changed them since they were read.
    if (count !== pending.length) throw conflict("Danh sách chờ phê duyệt vừa thay đổi. Hãy tải lại trang.");
    await recordAuditMany(
      tx,
      actor,
      pending.map((i) => ({
        entity: "MeetingItem",
        entityId: i.id,
        action: "UPDATE" as const,
        before: { approval: i.approval },
        after: { ...data, bulk: true },
      })),
    );
    return { approved: count };
  }, CONTENDED);
}

/** How many items one "Phê duyệt các mục đã chọn" may carry: the board's page holds at most this many. */
export const MAX_SELECTED = 200;

/**
 * "Phê duyệt các mục đã chọn": the chair approves the nominees ticked on the board — any the council
 * passed that are still open (pending, or refused and reconsidered), of any form and round of the
 * plan. One transaction: the forms' quota locks first (in id order, so two chairs' selections never
 * wait on each other crosswise), then, under them, each form-and-round's selection is checked as a
 * whole against its round's number, its groups and the eligibility rules. All or nothing: the message
 * names the form (and round) that does not fit, or who is barred.
 */
export async function approveSelected(actor: Actor, planId: string, itemIds: string[]): Promise<{ approved: number }> {
  writeScope(actor, "award.approve");
  const ids = [...new Set(itemIds)];
  if (ids.length === 0) throw conflict("Chưa chọn người, tập thể nào để phê duyệt.");
  if (ids.length > MAX_SELECTED) throw conflict(`Mỗi lần phê duyệt tối đa ${MAX_SELECTED} người, tập thể.`);
  return db().$transaction(async (tx) => {
    const own = ownItems(actor);
    // Only what the board lists: the unit's own council's closed ballots on this plan of the unit.
    const onPlan = {
      ...own,
      id: { in: ids },
      meeting: { ...own.meeting, planId, status: "BALLOT_CLOSED" as const },
    };
    const found = await tx.meetingItem.findMany({
      where: onPlan,
      select: { nominee: { select: { batch: { select: { awardFormId: true } } } } },
    });
    // Another unit's items (or ids made up) are as unknown as ones that do not exist.
    if (found.length !== ids.length) throw notFound();
    const formIds = [...new Set(found.map((i) => i.nominee!.batch.awardFormId))].sort();
    for (const formId of formIds) await lockAwardForm(tx, formId);
    // Read under the locks: what a single approval committed first is seen, not approved twice.
    const selected = withNominee(
      await tx.meetingItem.findMany({
        where: onPlan,
        orderBy: [{ meeting: { heldOn: "asc" } }, { position: "asc" }],
        include: APPROVAL_ITEM_INCLUDE,
      }),
    );
    const open = selected.filter((i) =>
      approvable({ result: i.result, approval: i.approval, decided: i.decisionId !== null }),
    );
    if (open.length !== selected.length) {
      const names = selected.filter((i) => !open.includes(i)).map((i) => i.label);
      throw conflict(
        `Chưa phê duyệt ai: ${names.join(", ")} không còn chờ phê duyệt (đã phê duyệt, đã có quyết định hoặc không đạt tại Hội đồng). Hãy tải lại trang và chọn lại.`,
      );
    }
    const byRound = new Map<string, typeof selected>();
    for (const i of selected)
      byRound.set(i.nominee.batch.roundId, [...(byRound.get(i.nominee.batch.roundId) ?? []), i]);
    for (const [roundId, items] of byRound) {
      const form = await tx.planAwardForm.findUniqueOrThrow({
        where: { id: items[0]!.nominee.batch.awardFormId },
        select: FORM_FIELDS,
      });
      await checkRoundRoom(tx, actor, form, await resolveRound(tx, form.id, roundId), items, {
        overQuota: selectionProblem,
        barredAdvice: "Hãy bỏ chọn những người này rồi phê duyệt lại.",
      });
    }
    const data = { approval: "APPROVED" as const, rejectReason: null, approvedAt: new Date() };
    const { count } = await tx.meetingItem.updateMany({
      where: { id: { in: selected.map((i) => i.id) }, approval: { not: "APPROVED" }, decisionId: null },
      data,
    });
    // Under the forms' locks nothing else can have changed them since they were read.
    if (count !== selected.length) throw conflict("Danh sách chờ phê duyệt vừa thay đổi. Hãy tải lại trang.");
    await recordAuditMany(
      tx,
      actor,
      selected.map((i) => ({
        entity: "MeetingItem",
        entityId: i.id,
        action: "UPDATE" as const,
        before: { approval: i.approval },
        after: { ...data, selected: true },
      })),
    );
    return { approved: count };
  }, CONTENDED);
}
