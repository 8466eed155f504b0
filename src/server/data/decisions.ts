import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { conflict, forbidden, invalid, notFound } from "@/domain/errors";
import { formatDocumentNumber, nextDocumentNumber } from "@/domain/plans/numbering";
import { amountFor, budgetStanding, totalOf } from "@/domain/awards/amounts";
import { decisionDateProblem, revocationDateProblem } from "@/domain/awards/decision-rules";
import { planQuotaProblems } from "@/domain/nominations/quotas";
import { toSearchText } from "@/domain/text/vietnamese";
import { parseIsoDate, toIsoDate, todayInVietnam } from "@/lib/dates";
import type { TableParams } from "@/lib/table-params";
import { awardsConferredByMyUnit, ownedByMyUnit, plansIssuedByMyUnit, readScope, writeScope } from "./scope";
import { recordAudit } from "./audit";
import { CONTENDED, lockAwardForm } from "./locks";
import { unsafeNomineeReasons } from "./eligibility";

/**
 * The chairperson's approval of what the council passed, the award decision it produces, the award
 * history it writes, and revocation. Quotas are enforced again here with the award form locked:
 * approvals and decisions never take a form past its quota, however many run at once.
 */

const SYMBOL = "QĐ-UBND";

const ITEM_INCLUDE = {
  meeting: { select: { id: true, heldOn: true } },
  nominee: {
    select: {
      label: true,
      kind: true,
      summary: true,
      personId: true,
      organisationId: true,
      periodTo: true,
      person: { select: { position: true } },
      batch: { select: { id: true, unitId: true, unit: { select: { name: true } }, awardFormId: true } },
    },
  },
} satisfies Prisma.MeetingItemInclude;

type Item = Prisma.MeetingItemGetPayload<{ include: typeof ITEM_INCLUDE }>;

/**
 * Items of the unit's own plans always keep their nominee (an accepted batch cannot lose one); the
 * relation is optional only for a commune's proposals upward. Queries below ask for a nominee, and
 * this narrows the type to match.
 */
const withNominee = (items: Item[]) =>
  items.filter((i): i is Item & { nominee: NonNullable<Item["nominee"]> } => i.nominee !== null);

/** Items the unit's council voted on for the unit's own plans: what its chair approves and decides. */
const ownItems = (actor: Actor) =>
  ({
    meeting: { ...ownedByMyUnit(actor), plan: plansIssuedByMyUnit(actor) },
    nominee: { isNot: null },
  }) satisfies Prisma.MeetingItemWhereInput;

/** Everything the chairperson decides on for a plan of the unit: passed nominees by form, with quota and money. */
export async function approvalBoard(actor: Actor, planId: string) {
  const scope = writeScope(actor, "award.approve");
  const plan = await db().plan.findFirst({
    where: { id: planId, ...scope },
    select: {
      id: true,
      title: true,
      budgetAmount: true,
      budgetSource: true,
      signerName: true,
      awardForms: {
        orderBy: { position: "asc" },
        select: { id: true, name: true, recipientKind: true, quota: true, catalogueCode: true, cashValue: true },
      },
    },
  });
  if (!plan) throw notFound();
  const [items, decisions] = await Promise.all([
    db()
      .meetingItem.findMany({
        where: {
          ...ownItems(actor),
          meeting: { ...ownedByMyUnit(actor), planId: plan.id, status: "BALLOT_CLOSED" },
        },
        orderBy: [{ meeting: { heldOn: "asc" } }, { position: "asc" }],
        include: ITEM_INCLUDE,
      })
      .then(withNominee),
    db().awardDecision.findMany({
      where: { planId: plan.id },
      orderBy: { createdAt: "asc" },
      include: { _count: { select: { awards: true } } },
    }),
  ]);
  const spent = decisions.reduce((s, d) => s + d.total, 0);
  const today = todayInVietnam();
  const forms = plan.awardForms.map((f) => {
    const formItems = items.filter((i) => i.nominee.batch.awardFormId === f.id);
    const awaiting = formItems.filter((i) => i.approval === "APPROVED" && i.decisionId === null);
    // What signing today would cost: the base salary, hence the amount, goes by the decision date.
    const estimate = totalOf(
      awaiting.map((i) =>
        amountFor({ catalogueCode: f.catalogueCode, cashValue: f.cashValue, kind: i.nominee.kind, decidedOn: today }),
      ),
    );
    return {
      ...f,
      items: formItems,
      approved: formItems.filter((i) => i.approval === "APPROVED").length,
      awarded: formItems.filter((i) => i.decisionId !== null).length,
      awaitingDecision: awaiting.length,
      estimate,
      afterSigning: budgetStanding(plan.budgetAmount, spent + estimate),
    };
  });
  return { plan, forms, decisions, spent, budget: budgetStanding(plan.budgetAmount, spent) };
}

/** Nominees whom an eligibility rule bars today, as "label: reason (article)" lines. */
async function barredNominees(
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
      select: { nominee: { select: { batch: { select: { awardFormId: true } } } } },
    });
    if (!found?.nominee) throw notFound();
    const formId = found.nominee.batch.awardFormId;
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
        select: { quota: true, name: true, catalogueCode: true },
      });
      const full = withNominee(await tx.meetingItem.findMany({ where: { id: item.id }, include: ITEM_INCLUDE }));
      const barred = await barredNominees(tx, full, form.catalogueCode);
      if (barred.length) throw conflict(`Chưa đủ điều kiện khen thưởng: ${barred.join(" ")}`);
      const approved = await tx.meetingItem.count({
        where: {
          ...ownItems(actor),
          approval: "APPROVED",
          id: { not: item.id },
          nominee: { batch: { awardFormId: formId } },
        },
      });
      const over = planQuotaProblems({ formQuota: form.quota, counted: approved, adding: 1, step: "APPROVE" });
      if (over.length) throw conflict(`${form.name}: ${over[0]!.message}`);
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
 * unit, serialised by an advisory lock), amounts from the catalogue or the plan, and an award in
 * each awardee's history.
 */
export async function signDecision(
  actor: Actor,
  planId: string,
  input: { awardFormId: string; decidedOn: string; signerName: string; budgetSource: string; number?: string },
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
        plan: { select: { id: true } },
      },
    });
    if (!form) throw notFound();
    await lockAwardForm(tx, form.id);
    const items = withNominee(
      await tx.meetingItem.findMany({
        where: {
          ...ownItems(actor),
          approval: "APPROVED",
          decisionId: null,
          nominee: { batch: { awardFormId: form.id } },
        },
        orderBy: { position: "asc" },
        include: ITEM_INCLUDE,
      }),
    );
    if (items.length === 0) throw conflict("Chưa có người, tập thể nào được phê duyệt mà chưa có quyết định.");
    const early = decisionDateProblem(
      input.decidedOn,
      items.map((i) => toIsoDate(i.meeting.heldOn)),
    );
    if (early) throw invalid(early.message, { decidedOn: early.field });
    const awardedBefore = await tx.awardRecord.count({ where: { decision: { awardFormId: form.id } } });
    const over = planQuotaProblems({
      formQuota: form.quota,
      counted: awardedBefore,
      adding: items.length,
      step: "DECIDE",
    });
    if (over.length) throw conflict(`${form.name}: ${over[0]!.message}`);
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
    const amounts = items.map((i) =>
      amountFor({
        catalogueCode: form.catalogueCode,
        cashValue: form.cashValue,
        kind: i.nominee.kind,
        decidedOn: input.decidedOn,
      }),
    );
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
        formName: form.name,
        authority: form.authority,
        amountBasis: amounts.find((a) => a)?.basis ?? "",
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
        source: "DECISION" as const,
        decisionId: decision.id,
      })),
    });
    const units = [...new Set(items.map((i) => i.nominee.batch.unitId))];
    await tx.notification.createMany({
      data: units.map((unitId) => ({
        unitId,
        text: `Quyết định số ${number}/${SYMBOL} khen thưởng "${form.name}" đã ký.`,
        link: "/lich-su-khen-thuong",
      })),
    });
    await recordAudit(tx, actor, {
      entity: "AwardDecision",
      entityId: decision.id,
      action: "CREATE",
      after: { ...decision, awardees: items.length },
    });
    return decision;
  }, CONTENDED);
}

/** A decision with what its documents print, for whoever may read it: the deciding unit, or an awardee's. */
export async function findDecision(actor: Actor, decisionId: string) {
  const decision = await db().awardDecision.findFirst({
    where: { id: decisionId, OR: [ownedByMyUnit(actor), { awards: { some: readScope(actor, "person.read") } }] },
    include: {
      unit: { select: { name: true, parent: { select: { name: true } } } },
      plan: { select: { title: true, place: true, signerTitle: true, recipients: true } },
      awards: {
        orderBy: { createdAt: "asc" },
        include: { person: { select: { position: true } }, unit: { select: { name: true } } },
      },
    },
  });
  if (!decision) throw notFound();
  // The form as signed, not as the plan reads now.
  return {
    decision,
    form: { name: decision.formName, authority: decision.authority, amountBasis: decision.amountBasis },
  };
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
    await recordAudit(tx, actor, { entity: "AwardRecord", entityId: before.id, action: "UPDATE", before, after });
  });
}

/** What the plan's decisions pay out so far, for the plan's own unit to set against its budget. */
export async function planAwardSpending(actor: Actor, planId: string) {
  const [{ _sum, _count }, plan] = await Promise.all([
    db().awardDecision.aggregate({ where: { planId, ...ownedByMyUnit(actor) }, _sum: { total: true }, _count: true }),
    db().plan.findFirst({ where: { id: planId, ...plansIssuedByMyUnit(actor) }, select: { budgetAmount: true } }),
  ]);
  return { decisions: _count, ...budgetStanding(plan?.budgetAmount ?? null, _sum.total ?? 0) };
}

export const AWARD_SORT_KEYS = ["year", "label", "decidedOn"] as const;

function awardWhere(actor: Actor, params: { q?: string; year?: number }): Prisma.AwardRecordWhereInput {
  const q = params.q ? toSearchText(params.q) : "";
  return {
    ...readScope(actor, "person.read"),
    ...(params.year ? { year: params.year } : {}),
    ...(q
      ? {
          OR: [
            { person: { searchText: { contains: q } } },
            { organisation: { searchText: { contains: q } } },
            { label: { contains: params.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

/** Award history of the units the actor may read, searchable by name without diacritics and by year. */
export async function searchAwards(
  actor: Actor,
  params: TableParams<(typeof AWARD_SORT_KEYS)[number]> & { year?: number },
) {
  const where = awardWhere(actor, params);
  const [rows, total] = await Promise.all([
    db().awardRecord.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
      include: { unit: { select: { name: true } } },
    }),
    db().awardRecord.count({ where }),
  ]);
  return { rows, total };
}

/** Every matching award, for export (bounded: a province's history fits well within it). */
export async function exportAwards(actor: Actor, params: { q?: string; year?: number }) {
  return db().awardRecord.findMany({
    where: awardWhere(actor, params),
    orderBy: [{ year: "desc" }, { label: "asc" }],
    take: 50_000,
    include: { unit: { select: { name: true } } },
  });
}
