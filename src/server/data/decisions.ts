import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { conflict, forbidden, invalid, notFound } from "@/domain/errors";
import { formatDocumentNumber, nextDocumentNumber } from "@/domain/plans/numbering";
import { basisOf, decisionAmounts, decisionRewardKind, totalOf, type EnteredAmounts } from "@/domain/awards/amounts";
import { decisionDateProblem, revocationDateProblem } from "@/domain/awards/decision-rules";
import { planQuotaProblems } from "@/domain/nominations/quotas";
import { parseIsoDate, toIsoDate, todayInVietnam } from "@/lib/dates";
import { awardsConferredByMyUnit, writeScope } from "./scope";
import { recordAudit } from "./audit";
import { notify, notifyUnits } from "./notifications/notify";
import { assertMyUnitInForce } from "./unit-validity";
import { CONTENDED, lockAwardForm } from "./locks";
import { resolveRound } from "./award-rounds";
import { unsafeNomineeReasons } from "./eligibility";
import { APPROVAL_ITEM_INCLUDE, ownItems, withNominee } from "./approval-items";
import { conferringAuthority } from "@/domain/catalogue/conferring-authority";
import { councilStepGroupProblem } from "./nominations/quota-groups";

/**
 * The chairperson's steps on what the council passed: approving or rejecting a nominee, signing the
 * award decision (which writes the award history), and revoking an award. Quotas are enforced again
 * here with the award form locked: approvals and decisions never take a form past its quota, however
 * many run at once. What the chairperson's screens read is in approval-plans.ts; award history and a
 * decision as its readers see it, in awards.ts.
 */

const SYMBOL = "QĐ-UBND";

/** Nominees whom an eligibility rule bars today, as "label: reason (article)" lines. */
export async function barredNominees(
  tx: Prisma.TransactionClient,
  items: ReturnType<typeof withNominee>,
  catalogueCode: string | null,
) {
  const today = todayInVietnam();
  const out: string[] = [];
  for (const i of items) {
    const n = i.nominee;
    const reasons = await unsafeNomineeReasons(
      tx,
      n.batch.unitId,
      {
        kind: n.kind === "INDIVIDUAL" ? "INDIVIDUAL" : "COLLECTIVE",
        personId: n.personId,
        organisationId: n.organisationId,
      },
      catalogueCode,
      n.periodTo.getUTCFullYear(),
      today,
    );
    out.push(...reasons.map((r) => `${n.label}: ${r.message} (${r.article})`));
  }
  return out;
}

export async function decideItem(
  actor: Actor,
  itemId: string,
  decision: { approve: true } | { approve: false; reason: string },
) {
  writeScope(actor, "award.approve");
  await db().$transaction(async (tx) => {
    const found = await tx.meetingItem.findFirst({
      where: { id: itemId, ...ownItems(actor) },
      select: {
        nominee: {
          select: { batch: { select: { awardFormId: true, roundId: true, awardRound: { select: { quota: true } } } } },
        },
      },
    });
    if (!found?.nominee) throw notFound();
    const formId = found.nominee.batch.awardFormId;
    // Approvals are counted within the nominee's round (đợt), against the round's quota.
    const { roundId, awardRound } = found.nominee.batch;
    await lockAwardForm(tx, formId);
    const item = await tx.meetingItem.findUniqueOrThrow({
      where: { id: itemId },
      include: { meeting: { select: { status: true } } },
    });
    if (item.meeting.status !== "BALLOT_CLOSED" || item.result !== "PASSED")
      throw conflict("Chỉ phê duyệt người, tập thể đã được Hội đồng bỏ phiếu đạt.");
    if (item.decisionId) throw conflict("Đã có quyết định khen thưởng: không thay đổi được.");
    if (decision.approve) {
      const form = await tx.planAwardForm.findUniqueOrThrow({
        where: { id: formId },
        select: {
          id: true,
          quota: true,
          name: true,
          catalogueCode: true,
          subQuotas: { orderBy: { position: "asc" }, select: { category: true, quota: true } },
        },
      });
      const full = withNominee(
        await tx.meetingItem.findMany({ where: { id: item.id }, include: APPROVAL_ITEM_INCLUDE }),
      );
      const barred = await barredNominees(tx, full, form.catalogueCode);
      if (barred.length) throw conflict(`Chưa đủ điều kiện khen thưởng: ${barred.join(" ")}`);
      const approved = await tx.meetingItem.count({
        where: {
          ...ownItems(actor),
          approval: "APPROVED",
          id: { not: item.id },
          nominee: { batch: { roundId } },
        },
      });
      const over = planQuotaProblems({ formQuota: awardRound.quota, counted: approved, adding: 1, step: "APPROVE" });
      if (over.length) throw conflict(`${form.name}: ${over[0]!.message}`);
      const group = await councilStepGroupProblem(
        tx,
        { ...form, quota: awardRound.quota },
        {
          stage: "APPROVED",
          roundId,
          items: ownItems(actor),
          exceptItemId: item.id,
        },
        full.map((i) => i.nominee.category),
      );
      if (group) throw conflict(`${form.name}: ${group}`);
    }
    const data = decision.approve
      ? { approval: "APPROVED" as const, rejectReason: null, approvedAt: new Date() }
      : { approval: "REJECTED" as const, rejectReason: decision.reason, approvedAt: new Date() };
    await tx.meetingItem.update({ where: { id: item.id }, data });
    await recordAudit(tx, actor, {
      entity: "MeetingItem",
      entityId: item.id,
      action: "UPDATE",
      before: { approval: item.approval },
      after: data,
    });
  }, CONTENDED);
}

/**
 * Signs off one award form's approved nominees as a decision: numbered (next of the year for the
 * unit, serialised by an advisory lock), amounts from the plan or the legal calendar by the decision
 * date — or, where the law gives no coefficient that day, the chair's figure with its reason,
 * refused when missing (never a silent 0 đồng) — and an award in each awardee's history. One
 * decision per round of a recurring form (each year's awards have their own decision).
 */
export async function signDecision(
  actor: Actor,
  planId: string,
  input: {
    awardFormId: string;
    /** The round (đợt) signed: absent, the one round whose approved nominees wait for a decision. */
    roundId?: string;
    decidedOn: string;
    signerName: string;
    budgetSource: string;
    number?: string;
  } & EnteredAmounts,
) {
  const scope = writeScope(actor, "award.approve");
  return db().$transaction(async (tx) => {
    const form = await tx.planAwardForm.findFirst({
      where: { id: input.awardFormId, plan: { id: planId, ...scope } },
      select: {
        id: true,
        name: true,
        authority: true,
        quota: true,
        catalogueCode: true,
        cashValue: true,
        rewardKind: true,
        giftDescription: true,
        subQuotas: { orderBy: { position: "asc" }, select: { category: true, quota: true } },
        plan: { select: { id: true } },
      },
    });
    if (!form) throw notFound();
    // Who confers what follows the decision's day: Luật 2022 Điều 80 khoản 2, 3, then NĐ 129/2025 Điều 59.
    const authority = form.catalogueCode
      ? conferringAuthority(form.catalogueCode, actor.unit.kind, input.decidedOn)
      : null;
    if (authority && !authority.confers) throw conflict(authority.reason ?? authority.article);
    await lockAwardForm(tx, form.id);
    const waiting = withNominee(
      await tx.meetingItem.findMany({
        where: {
          ...ownItems(actor),
          approval: "APPROVED",
          decisionId: null,
          nominee: { batch: { awardFormId: form.id, ...(input.roundId ? { roundId: input.roundId } : {}) } },
        },
        orderBy: { position: "asc" },
        include: APPROVAL_ITEM_INCLUDE,
      }),
    );
    if (waiting.length === 0) throw conflict("Chưa có người, tập thể nào được phê duyệt mà chưa có quyết định.");
    const round = await resolveRound(
      tx,
      form.id,
      input.roundId ??
        (new Set(waiting.map((i) => i.nominee.batch.roundId)).size === 1
          ? waiting[0]!.nominee.batch.roundId
          : undefined),
    );
    const items = waiting.filter((i) => i.nominee.batch.roundId === round.id);
    if (items.length === 0)
      throw conflict(`Đợt "${round.label}" chưa có người, tập thể nào được phê duyệt mà chưa có quyết định.`);
    const early = decisionDateProblem(
      input.decidedOn,
      items.map((i) => toIsoDate(i.meeting.heldOn)),
    );
    if (early) throw invalid(early.message, { decidedOn: early.field });
    await assertMyUnitInForce(tx, actor, input.decidedOn, "decision", "decidedOn");
    const awardedBefore = await tx.awardRecord.count({ where: { decision: { roundId: round.id } } });
    const over = planQuotaProblems({
      formQuota: round.quota,
      counted: awardedBefore,
      adding: items.length,
      step: "DECIDE",
    });
    if (over.length) throw conflict(`${form.name}: ${over[0]!.message}`);
    const group = await councilStepGroupProblem(
      tx,
      { ...form, quota: round.quota },
      { stage: "DECIDED", roundId: round.id, items: ownItems(actor) },
      items.map((i) => i.nominee.category),
    );
    if (group) throw conflict(`${form.name}: ${group}`);
    const year = Number(input.decidedOn.slice(0, 4));
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`decision-number:${scope.unitId}:${year}`}))`;
    const used = await tx.awardDecision.findMany({
      where: { ...scope, numberYear: year },
      select: { number: true },
    });
    // A number from the unit's register is kept if free; otherwise the next of the year.
    const number = input.number
      ? formatDocumentNumber(Number.parseInt(input.number, 10))
      : nextDocumentNumber(used.map((u) => u.number));
    if (input.number && used.some((u) => Number.parseInt(u.number, 10) === Number.parseInt(input.number!, 10))) {
      throw conflict(`Số ${number}/${SYMBOL} năm ${year} đã dùng cho quyết định khác.`, {
        number: "Số này đã được dùng.",
      });
    }
    const { amounts, problems } = decisionAmounts(
      form,
      items.map((i) => i.nominee.kind),
      input.decidedOn,
      input,
    );
    // An unknown amount is entered or confirmed as none by the chair, never signed as 0 đồng.
    const missing = Object.values(problems)[0];
    if (missing) throw invalid(missing, problems);
    const rewardKind = decisionRewardKind(form, amounts);
    const giftDescription = rewardKind === "GIFT" ? form.giftDescription : "";
    // Facts may have changed since the council voted (a discipline, a complaint): check again (NĐ 152/2025 Điều 4).
    const barred = await barredNominees(tx, items, form.catalogueCode);
    if (barred.length)
      throw conflict(
        `Chưa đủ điều kiện khen thưởng: ${barred.join(" ")} Không phê duyệt người, tập thể này trước khi ký.`,
      );
    const decision = await tx.awardDecision.create({
      data: {
        unitId: scope.unitId,
        planId: form.plan.id,
        awardFormId: form.id,
        roundId: round.id,
        formName: form.name,
        authority: form.authority,
        amountBasis: basisOf(amounts),
        rewardKind,
        giftDescription,
        number,
        numberYear: year,
        decidedOn: parseIsoDate(input.decidedOn),
        signerName: input.signerName,
        budgetSource: input.budgetSource,
        total: totalOf(amounts),
      },
    });
    await tx.meetingItem.updateMany({
      where: { id: { in: items.map((i) => i.id) } },
      data: { decisionId: decision.id },
    });
    await tx.awardRecord.createMany({
      data: items.map((i, k) => ({
        unitId: i.nominee.batch.unitId,
        kind: i.nominee.kind,
        personId: i.nominee.personId,
        organisationId: i.nominee.organisationId,
        label: i.nominee.label,
        catalogueCode: form.catalogueCode,
        name: form.name,
        year: i.nominee.periodTo.getUTCFullYear(),
        decisionNumber: `${number}/${SYMBOL}`,
        decidedOn: parseIsoDate(input.decidedOn),
        conferredBy: form.authority,
        amount: amounts[k]?.amount ?? null,
        rewardKind,
        giftDescription,
        source: "DECISION" as const,
        decisionId: decision.id,
      })),
    });
    await notifyUnits(
      tx,
      items.map((i) => i.nominee.batch.unitId),
      {
        kind: "DECISION_SIGNED",
        text: `Quyết định số ${number}/${SYMBOL} khen thưởng "${form.name}" đã ký.`,
        link: "/lich-su-khen-thuong",
      },
    );
    await recordAudit(tx, actor, {
      entity: "AwardDecision",
      entityId: decision.id,
      action: "CREATE",
      after: { ...decision, awardees: items.length },
    });
    return decision;
  }, CONTENDED);
}

export async function revokeAward(
  actor: Actor,
  awardId: string,
  input: { reason: string; decisionNumber: string; revokedOn: string },
) {
  if (!can(actor.roles, "award.approve")) throw forbidden();
  await db().$transaction(async (tx) => {
    // The unit that decided revokes; an award entered from paper is revoked by the awardee's unit.
    const before = await tx.awardRecord.findFirst({
      where: { id: awardId, ...awardsConferredByMyUnit(actor) },
    });
    if (!before) throw notFound();
    if (before.revokedOn) throw conflict("Khen thưởng này đã bị thu hồi.");
    const early = revocationDateProblem(input.revokedOn, toIsoDate(before.decidedOn));
    if (early) throw invalid(early.message, { revokedOn: early.field });
    // Conditional on "not yet revoked": of two revocations at once, the second changes nothing.
    const { count } = await tx.awardRecord.updateMany({
      where: { id: before.id, revokedOn: null },
      data: {
        revokedOn: parseIsoDate(input.revokedOn),
        revokeReason: input.reason,
        revokeDecisionNumber: input.decisionNumber,
      },
    });
    if (count === 0) throw conflict("Khen thưởng này đã bị thu hồi.");
    const after = await tx.awardRecord.findUniqueOrThrow({ where: { id: before.id } });
    await notify(tx, {
      unitId: before.unitId,
      kind: "AWARD_REVOKED",
      text: `Khen thưởng "${before.name}" của ${before.label} (quyết định số ${before.decisionNumber}) bị thu hồi theo quyết định số ${input.decisionNumber}: ${input.reason}`,
      link: "/lich-su-khen-thuong",
    });
    await recordAudit(tx, actor, { entity: "AwardRecord", entityId: before.id, action: "UPDATE", before, after });
  });
}
