import "server-only";
import { toSearchText } from "@/domain/text/vietnamese";
import type { Prisma } from "@/generated/prisma/client";
import type { TPlan, TPlanInput } from "@/schemas/plan";
import type { PlanDocument } from "@/domain/plans/plan-content";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import { conflict } from "@/domain/errors";
import type { Tx } from "@/server/db/client";
import { formatDayMonth, parseDayMonth } from "@/domain/plans/rounds";
import { syncRounds } from "./award-rounds";
import { inferRewardKind } from "@/domain/awards/reward";
import {
  formatLooseDate,
  looseFromStored,
  periodEnd,
  precisionOf,
  type DatePrecision,
} from "@/domain/plans/loose-date";

/** Everything a plan's page, form, document and history need, in one include. */
export const PLAN_INCLUDE = {
  unit: { select: { id: true, name: true, code: true, parent: { select: { name: true } } } },
  takenOverFrom: { select: { id: true, name: true } },
  bases: { orderBy: { position: "asc" } },
  awardForms: {
    orderBy: { position: "asc" },
    include: { subQuotas: { orderBy: { position: "asc" } }, dossier: { orderBy: { position: "asc" } } },
  },
  duties: { orderBy: { position: "asc" } },
  phases: { orderBy: { position: "asc" } },
  parentPlan: {
    select: { id: true, title: true, number: true, symbol: true, issuedOn: true, unit: { select: { name: true } } },
  },
} satisfies Prisma.PlanInclude;

export type PlanWithParts = Prisma.PlanGetPayload<{ include: typeof PLAN_INCLUDE }>;

/** A stored deadline (the period's last day) with its precision, back to the loose date the plan gave. */
const optionalLoose = (d: Date | null, precision: DatePrecision) =>
  d ? looseFromStored(toIsoDate(d), precision) : undefined;

/** The stored plan in the shape of the form and of the document (the zod output type). */
export function toPlanInput(p: PlanWithParts): TPlan {
  return {
    kind: p.kind,
    title: p.title,
    place: p.place,
    symbol: p.symbol,
    periodFrom: toIsoDate(p.periodFrom),
    periodFromIssue: p.periodFromIssue,
    periodTo: toIsoDate(p.periodTo),
    bases: p.bases.map((b) => ({ text: b.text, linkedPlanId: b.linkedPlanId ?? undefined })),
    purposes: p.purposes,
    requirements: p.requirements,
    slogan: p.slogan,
    contents: p.contents,
    participantCollectives: p.participantCollectives,
    participantIndividuals: p.participantIndividuals,
    awardForms: p.awardForms.map((f) => ({
      id: f.id,
      name: f.name,
      authority: f.authority,
      conferral: f.conferral,
      recipientKind: f.recipientKind,
      quota: f.quota ?? undefined,
      subQuotas: f.subQuotas.map((q) => ({ category: q.category, quota: q.quota })),
      criteria: f.criteria,
      cashValue: f.cashValue ?? undefined,
      rewardKind: f.rewardKind,
      giftDescription: f.giftDescription,
      dossier: f.dossier.map((d) => ({ name: d.name, template: d.template, copies: d.copies })),
      phase: f.phase,
      catalogueCode: f.catalogueCode ?? "",
      capPercent: f.capPercent ?? undefined,
      recurrence: f.recurrence,
      reviews: f.reviews,
      roundDeadline:
        f.deadlineDay && f.deadlineMonth ? formatDayMonth({ day: f.deadlineDay, month: f.deadlineMonth }) : "",
    })),
    registrationItems: p.registrationItems,
    registrationDeadline: optionalLoose(p.registrationDeadline, p.registrationDeadlinePrecision),
    dossierDeadline: optionalLoose(p.dossierDeadline, p.dossierDeadlinePrecision),
    phases: p.phases.map((ph) => ({
      name: ph.name,
      reviewDate: looseFromStored(toIsoDate(ph.reviewDate), ph.reviewDatePrecision),
    })),
    budgetSource: p.budgetSource,
    budgetAmount: p.budgetAmount ?? undefined,
    rewardRules: p.rewardRules,
    duties: p.duties.map((d) => ({ assignee: d.assignee, tasks: d.tasks })),
    recipients: p.recipients,
    signerAuthority: p.signerAuthority,
    signerTitle: p.signerTitle,
    signerName: p.signerName,
  };
}

/**
 * The stored plan as its edit form holds it: optional numbers and dates as "" (an empty input),
 * not undefined. The form's first values, and the current ones after a stale save.
 */
export function planFormValues(p: PlanWithParts): TPlanInput {
  return formValuesOf(toPlanInput(p));
}

/** A plan's content (as stored, or a copy of it) as the form holds it. */
export function formValuesOf(stored: TPlan): TPlanInput {
  return {
    ...stored,
    awardForms: stored.awardForms.map((f) => ({
      ...f,
      quota: f.quota ?? "",
      cashValue: f.cashValue ?? "",
      capPercent: f.capPercent ?? "",
    })),
    bases: stored.bases.map((b) => ({ ...b, linkedPlanId: b.linkedPlanId ?? "" })),
    // Loose dates shown as the plan writes them ("tháng 12/2025"), which the form reads back.
    registrationDeadline: stored.registrationDeadline ? formatLooseDate(stored.registrationDeadline) : "",
    dossierDeadline: stored.dossierDeadline ? formatLooseDate(stored.dossierDeadline) : "",
    phases: stored.phases.map((ph) => ({ ...ph, reviewDate: formatLooseDate(ph.reviewDate) })),
    budgetAmount: stored.budgetAmount ?? "",
  };
}

/**
 * The plan as its document prints it. A People's Committee heads its own documents (no governing
 * body line above "ỦY BAN NHÂN DÂN", Nghị định 30/2020/NĐ-CP, Phụ lục I), so no parent name.
 */
export function toPlanDocument(p: PlanWithParts): PlanDocument {
  return {
    ...toPlanInput(p),
    // A plan taken over by a successor still prints the unit that issued it.
    issuer: { name: p.takenOverFrom?.name ?? p.unit.name, parentName: null },
    number: p.number,
    issuedOn: p.issuedOn ? toIsoDate(p.issuedOn) : null,
  };
}

// The other direction: the form's values into the plan's columns and part rows.

export function scalars(input: TPlan) {
  const date = (v: string | undefined) => (v ? parseIsoDate(v) : null);
  return {
    kind: input.kind,
    title: input.title,
    searchText: toSearchText(input.title),
    place: input.place,
    symbol: input.symbol,
    year: Number(input.periodFrom.slice(0, 4)),
    periodFrom: parseIsoDate(input.periodFrom),
    periodFromIssue: input.periodFromIssue,
    periodTo: parseIsoDate(input.periodTo),
    purposes: input.purposes,
    requirements: input.requirements,
    slogan: input.slogan,
    contents: input.contents,
    participantCollectives: input.participantCollectives,
    participantIndividuals: input.participantIndividuals,
    registrationItems: input.registrationItems,
    // A deadline given by month or year is stored as the period's last day: it falls at the end.
    registrationDeadline: date(input.registrationDeadline && periodEnd(input.registrationDeadline)),
    registrationDeadlinePrecision: input.registrationDeadline ? precisionOf(input.registrationDeadline) : "DAY",
    dossierDeadline: date(input.dossierDeadline && periodEnd(input.dossierDeadline)),
    dossierDeadlinePrecision: input.dossierDeadline ? precisionOf(input.dossierDeadline) : "DAY",
    budgetSource: input.budgetSource,
    budgetAmount: input.budgetAmount ?? null,
    rewardRules: input.rewardRules,
    recipients: input.recipients,
    signerAuthority: input.signerAuthority,
    signerTitle: input.signerTitle,
    signerName: input.signerName,
  };
}

/**
 * Replaces the plan's parts with the input's. Award forms keep their ids (registrations and
 * nominations will refer to them); a form the input no longer has is removed. Each form's rounds
 * follow its recurrence (award-rounds.ts).
 */
export async function writeParts(tx: Tx, planId: string, input: TPlan) {
  await tx.planBasis.deleteMany({ where: { planId } });
  await tx.planBasis.createMany({
    data: input.bases.map((b, position) => ({ planId, position, text: b.text, linkedPlanId: b.linkedPlanId ?? null })),
  });
  await tx.planDuty.deleteMany({ where: { planId } });
  await tx.planDuty.createMany({
    data: input.duties.map((d, position) => ({ planId, position, assignee: d.assignee, tasks: d.tasks })),
  });
  await tx.planPhase.deleteMany({ where: { planId } });
  await tx.planPhase.createMany({
    data: input.phases.map((p, position) => ({
      planId,
      position,
      name: p.name,
      reviewDate: parseIsoDate(periodEnd(p.reviewDate)),
      reviewDatePrecision: precisionOf(p.reviewDate),
    })),
  });

  const existing = new Set(
    (await tx.planAwardForm.findMany({ where: { planId }, select: { id: true } })).map((f) => f.id),
  );
  const kept = new Set(input.awardForms.map((f) => f.id).filter((id): id is string => Boolean(id && existing.has(id))));
  const dropped = await tx.planAwardForm.findMany({
    where: { planId, id: { notIn: [...kept] }, batches: { some: {} } },
    select: { name: true },
  });
  if (dropped.length)
    throw conflict(`Không bỏ được hình thức "${dropped[0]!.name}": đã có tờ trình đề nghị theo hình thức này.`);
  await tx.planAwardForm.deleteMany({ where: { planId, id: { notIn: [...kept] } } });
  for (const [position, f] of input.awardForms.entries()) {
    const reward = f.rewardKind ?? inferRewardKind({ cashValue: f.cashValue, catalogueCode: f.catalogueCode || null });
    const data = {
      position,
      name: f.name,
      authority: f.authority,
      conferral: f.conferral,
      recipientKind: f.recipientKind,
      quota: f.quota ?? null,
      criteria: f.criteria,
      // A value is kept only where the kind has one (the form hides it for the coefficient and "none").
      cashValue: reward === "CASH" || reward === "GIFT" ? (f.cashValue ?? null) : null,
      rewardKind: reward,
      giftDescription: reward === "GIFT" ? f.giftDescription : "",
      phase: f.phase,
      catalogueCode: f.catalogueCode || null,
      capPercent: f.capPercent ?? null,
      recurrence: f.recurrence,
      // Kept only where the form recurs at reviews: a list left from an earlier choice would mean nothing.
      reviews: f.recurrence === "AT_REVIEWS" || f.recurrence === "YEARLY_AND_REVIEWS" ? f.reviews : [],
      deadlineDay: parseDayMonth(f.roundDeadline)?.day ?? null,
      deadlineMonth: parseDayMonth(f.roundDeadline)?.month ?? null,
      // A copy of the parent's form that the unit turns into its own award is no longer the parent's.
      ...(f.conferral === "OWN" ? { parentFormId: null } : {}),
    };
    const form =
      f.id && kept.has(f.id)
        ? await tx.planAwardForm.update({ where: { id: f.id }, data })
        : await tx.planAwardForm.create({ data: { ...data, planId } });
    await tx.planSubQuota.deleteMany({ where: { awardFormId: form.id } });
    await tx.planSubQuota.createMany({
      data: f.subQuotas.map((q, i) => ({ awardFormId: form.id, position: i, category: q.category, quota: q.quota })),
    });
    await tx.planDossierItem.deleteMany({ where: { awardFormId: form.id } });
    await tx.planDossierItem.createMany({
      data: f.dossier.map((d, i) => ({
        awardFormId: form.id,
        position: i,
        name: d.name,
        template: d.template,
        copies: d.copies,
      })),
    });
  }
  await syncRounds(tx, planId);
}
