import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TPlan } from "@/schemas/plan";
import type { PlanDocument } from "@/domain/plans/plan-content";
import { toIsoDate } from "@/lib/dates";

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

const optionalDate = (d: Date | null) => (d ? toIsoDate(d) : undefined);

/** The stored plan in the shape of the form and of the document (the zod output type). */
export function toPlanInput(p: PlanWithParts): TPlan {
  return {
    kind: p.kind,
    title: p.title,
    place: p.place,
    symbol: p.symbol,
    periodFrom: toIsoDate(p.periodFrom),
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
      dossier: f.dossier.map((d) => ({ name: d.name, template: d.template, copies: d.copies })),
      phase: f.phase,
      catalogueCode: f.catalogueCode ?? "",
      capPercent: f.capPercent ?? undefined,
    })),
    registrationItems: p.registrationItems,
    registrationDeadline: optionalDate(p.registrationDeadline),
    dossierDeadline: optionalDate(p.dossierDeadline),
    phases: p.phases.map((ph) => ({ name: ph.name, reviewDate: toIsoDate(ph.reviewDate) })),
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
