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
import type { Prisma } from "@/generated/prisma/client";
import { approvalTally, STATUS_FACTS, type ApprovalStatus } from "@/domain/council/approval-status";
import { pageOf } from "@/lib/page-slice";

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

/** What the board lists: one round (`roundKey`), optionally one form, one status, a name; a page of it. */
export type BoardFilters = {
  roundKey?: string;
  formId?: string;
  status?: ApprovalStatus;
  name?: string;
  /** The page asked for in the URL (clamped by pageOf). */
  page?: string;
  /** Rows a page holds: BOARD_PAGE_SIZE unless a test pages a short list. */
  pageSize?: number;
};

/**
 * Nominees listed at a time: a province's board listed 1 482 cards, each with its forms (5.9 MB of
 * HTML). The board's figures come from grouped counts, so only this many rows are ever read.
 */
export const BOARD_PAGE_SIZE = 50;

/** The where of an item's approval status (approval-status.ts says what each stands for). */
function statusWhere(status: ApprovalStatus): Prisma.MeetingItemWhereInput {
  const facts = STATUS_FACTS[status];
  return {
    result: facts.result,
    ...(facts.approval ? { approval: facts.approval } : {}),
    ...(facts.decided === undefined ? {} : { decisionId: facts.decided ? { not: null } : null }),
  };
}

/**
 * The chairperson's board for a plan of the unit, for one round (`roundKey`, as the quota board
 * chooses it): per award form the round's quota, counts and money, from grouped counts; and one page
 * of the agenda items the filters select, read with LIMIT/OFFSET. A plan's items of one round are a
 * few thousand at most (the national dataset's largest board: 1 482), so OFFSET over them, sorted on
 * the meeting's day and the agenda's order, stays cheap without a keyset.
 */
export async function approvalBoard(actor: Actor, planId: string, filters: BoardFilters = {}) {
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
  const today = todayInVietnam();
  const choice = roundChoice(
    plan.awardForms.flatMap((f) =>
      f.rounds.map((r) => ({ ...r, periodFrom: toIsoDate(r.periodFrom), periodTo: toIsoDate(r.periodTo) })),
    ),
    filters.roundKey,
    today,
  );
  const forms = plan.awardForms.flatMap((form) => {
    const round = roundForKey(form.rounds, choice.roundKey);
    return round ? [{ ...form, round, quota: round.quota }] : [];
  });
  const own = ownItems(actor);
  // The unit's own council's closed ballots on this plan (a council below may vote on proposals for it too).
  const onBoard = {
    ...own,
    meeting: { ...own.meeting, planId: plan.id, status: "BALLOT_CLOSED" as const },
  } satisfies Prisma.MeetingItemWhereInput;
  const ofRound = (f: (typeof forms)[number]) => ({
    ...onBoard,
    nominee: { is: { batch: { awardFormId: f.id, roundId: f.round.id } } },
  });
  const decisions = await db().awardDecision.findMany({
    where: { planId: plan.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { awardRound: { select: { label: true } } },
  });
  // Counted for this plan's decisions only: Prisma's `_count` joins a count of every tenant's awards.
  const awardCounts = await db().awardRecord.groupBy({
    by: ["decisionId"],
    where: { decisionId: { in: decisions.map((d) => d.id) } },
    _count: { _all: true },
  });
  const awardsOf = new Map(awardCounts.map((c) => [c.decisionId, c._count._all]));
  const spent = decisions.reduce((s, d) => s + d.total, 0);
  const boardForms = [];
  for (const f of forms) {
    // One row per result × approval × decision: a handful, whatever the number of items.
    const groups = await db().meetingItem.groupBy({
      by: ["result", "approval", "decisionId"],
      where: ofRound(f),
      _count: { _all: true },
    });
    const tally = approvalTally(groups.map((g) => ({ ...g, decided: g.decisionId !== null, count: g._count._all })));
    // Who awaits the decision, by kind: the amount (and the signing form's questions) go by kind.
    const kinds = await db().nominee.groupBy({
      by: ["kind"],
      where: { agendaItems: { some: { ...ofRound(f), ...statusWhere("da-duyet") } } },
      _count: { _all: true },
    });
    // What signing today would cost: the base salary, hence the amount, goes by the decision date.
    const estimate = kinds.reduce(
      (sum, k) => sum + totalOf([amountFor({ ...f, kind: k.kind, decidedOn: today })]) * k._count._all,
      0,
    );
    boardForms.push({
      ...f,
      ...tally,
      awaitingKinds: kinds.map((k) => k.kind),
      /** Kinds whose amount today's estimate leaves out: the chair enters it when signing. */
      estimateOpen:
        kindsToEnter(
          f,
          kinds.map((k) => k.kind),
          today,
        ).length > 0,
      estimate,
      afterSigning: budgetStanding(plan.budgetAmount, spent + estimate),
    });
  }
  // A form not on this board (an old or made-up link) filters nothing, as the form picker then shows.
  const formId = forms.some((f) => f.id === filters.formId) ? filters.formId : undefined;
  const listed = formId ? forms.filter((f) => f.id === formId) : forms;
  const where: Prisma.MeetingItemWhereInput = {
    ...onBoard,
    nominee: { is: { batch: { roundId: { in: listed.map((f) => f.round.id) } } } },
    ...(filters.status ? statusWhere(filters.status) : { result: { not: null } }),
    ...(filters.name ? { label: { contains: filters.name, mode: "insensitive" } } : {}),
  };
  const count = await db().meetingItem.count({ where });
  const perPage = filters.pageSize ?? BOARD_PAGE_SIZE;
  const paging = pageOf(count, filters.page, perPage);
  const items = withNominee(
    await db().meetingItem.findMany({
      where,
      // Form by form as the plan lists them, then as the council took them; id breaks ties so pages never overlap.
      orderBy: [
        { nominee: { batch: { awardForm: { position: "asc" } } } },
        { meeting: { heldOn: "asc" } },
        { position: "asc" },
        { id: "asc" },
      ],
      skip: paging.from,
      take: perPage,
      include: APPROVAL_ITEM_INCLUDE,
    }),
  );
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
    items,
    formId,
    listed: { count, page: paging.page, pages: paging.pages, perPage },
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
