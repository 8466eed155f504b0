import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { notFound } from "@/domain/errors";
import { amountFor, budgetStanding, kindsToEnter, totalOf } from "@/domain/awards/amounts";
import { certificateTitle } from "@/domain/awards/reward";
import { toIsoDate, todayInVietnam } from "@/lib/dates";
import { roundChoice, roundForKey } from "@/domain/plans/rounds";
import { ROUND_SELECT } from "./award-rounds";
import { awardsConferredByMyUnit, ownedByMyUnit, plansIssuedByMyUnit, writeScope } from "./scope";
import { APPROVAL_ITEM_INCLUDE, ownItems, withNominee } from "./approval-items";

/**
 * What the chairperson's screens read around the steps of decisions.ts: the plans with something to
 * approve, a plan's approval board, what its decisions pay out against its budget, and which awards
 * of a page the unit may revoke.
 */

/** The unit's plans with a closed council ballot, with how far approval and decisions have got. */
export async function listPlansAwaitingApproval(actor: Actor) {
  const scope = writeScope(actor, "award.approve");
  // Only the unit's own council's meetings: a council below may vote on its proposals for this
  // plan, and those are not this chair's to approve.
  const closed = { ...ownedByMyUnit(actor), status: "BALLOT_CLOSED" as const };
  const plans = await db().plan.findMany({
    where: { ...scope, meetings: { some: closed } },
    orderBy: [{ year: "desc" }, { issuedOn: "desc" }, { id: "asc" }],
    select: { id: true, title: true, number: true, symbol: true, issuedOn: true },
  });
  const items = await db().meetingItem.findMany({
    where: { result: "PASSED", meeting: { ...closed, planId: { in: plans.map((p) => p.id) } } },
    select: { approval: true, decisionId: true, meeting: { select: { planId: true } } },
  });
  return plans.map((plan) => {
    const passed = items.filter((i) => i.meeting.planId === plan.id);
    return {
      ...plan,
      passed: passed.length,
      pending: passed.filter((i) => i.approval === "PENDING").length,
      awaitingDecision: passed.filter((i) => i.approval === "APPROVED" && i.decisionId === null).length,
      decided: passed.filter((i) => i.decisionId !== null).length,
    };
  });
}

/**
 * Everything the chairperson decides on for a plan of the unit, for one round (`roundKey`, as the
 * quota board chooses it): passed nominees by form, with the round's quota and money.
 */
export async function approvalBoard(actor: Actor, planId: string, roundKey?: string) {
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
        select: {
          id: true,
          name: true,
          recipientKind: true,
          quota: true,
          catalogueCode: true,
          cashValue: true,
          rewardKind: true,
          giftDescription: true,
          rounds: { orderBy: { position: "asc" }, select: ROUND_SELECT },
        },
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
        include: APPROVAL_ITEM_INCLUDE,
      })
      .then(withNominee),
    db().awardDecision.findMany({
      where: { planId: plan.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { awardRound: { select: { label: true } } },
    }),
  ]);
  // Counted for this plan's decisions only: Prisma's `_count` joins a count of every tenant's awards.
  const awardCounts = await db().awardRecord.groupBy({
    by: ["decisionId"],
    where: { decisionId: { in: decisions.map((d) => d.id) } },
    _count: { _all: true },
  });
  const awardsOf = new Map(awardCounts.map((c) => [c.decisionId, c._count._all]));
  const spent = decisions.reduce((s, d) => s + d.total, 0);
  const today = todayInVietnam();
  const choice = roundChoice(
    plan.awardForms.flatMap((f) =>
      f.rounds.map((r) => ({ ...r, periodFrom: toIsoDate(r.periodFrom), periodTo: toIsoDate(r.periodTo) })),
    ),
    roundKey,
    today,
  );
  const forms = plan.awardForms.flatMap((form) => {
    const round = roundForKey(form.rounds, choice.roundKey);
    return round ? [{ ...form, round, quota: round.quota }] : [];
  });
  const boardForms = forms.map((f) => {
    const formItems = items.filter((i) => i.nominee.batch.roundId === f.round.id);
    const awaiting = formItems.filter((i) => i.approval === "APPROVED" && i.decisionId === null);
    // What signing today would cost: the base salary, hence the amount, goes by the decision date.
    const estimate = totalOf(awaiting.map((i) => amountFor({ ...f, kind: i.nominee.kind, decidedOn: today })));
    return {
      ...f,
      items: formItems,
      approved: formItems.filter((i) => i.approval === "APPROVED").length,
      awarded: formItems.filter((i) => i.decisionId !== null).length,
      awaitingDecision: awaiting.length,
      /** Who awaits the decision, by kind: the signing form asks an amount where the law gives none. */
      awaitingKinds: [...new Set(awaiting.map((i) => i.nominee.kind))],
      /** Kinds whose amount today's estimate leaves out: the chair enters it when signing. */
      estimateOpen:
        kindsToEnter(
          f,
          awaiting.map((i) => i.nominee.kind),
          today,
        ).length > 0,
      estimate,
      afterSigning: budgetStanding(plan.budgetAmount, spent + estimate),
    };
  });
  // A decision prints certificates only where its form has one (a gift on its own has none).
  const codes = new Map(plan.awardForms.map((f) => [f.id, f.catalogueCode]));
  const signed = decisions.map((d) => ({
    ...d,
    awardCount: awardsOf.get(d.id) ?? 0,
    certificate: certificateTitle({ name: d.formName, catalogueCode: codes.get(d.awardFormId) ?? null }) !== null,
  }));
  return {
    plan,
    ...choice,
    forms: boardForms,
    decisions: signed,
    spent,
    budget: budgetStanding(plan.budgetAmount, spent),
  };
}

/** What the plan's decisions pay out so far, for the plan's own unit to set against its budget. */
export async function planAwardSpending(actor: Actor, planId: string) {
  const [{ _sum, _count }, plan] = await Promise.all([
    db().awardDecision.aggregate({ where: { planId, ...ownedByMyUnit(actor) }, _sum: { total: true }, _count: true }),
    db().plan.findFirst({ where: { id: planId, ...plansIssuedByMyUnit(actor) }, select: { budgetAmount: true } }),
  ]);
  return { decisions: _count, ...budgetStanding(plan?.budgetAmount ?? null, _sum.total ?? 0) };
}

/**
 * Of the given awards, those the actor could revoke now: not yet revoked, and decided by the
 * actor's unit (or entered from paper there) — the same rule `revokeAward` enforces, so the
 * history page offers the form only where it can succeed.
 */
export async function revocableAwardIds(actor: Actor, awardIds: string[]): Promise<Set<string>> {
  if (!can(actor.roles, "award.approve") || awardIds.length === 0) return new Set();
  const rows = await db().awardRecord.findMany({
    where: {
      id: { in: awardIds },
      revokedOn: null,
      ...awardsConferredByMyUnit(actor),
    },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}
