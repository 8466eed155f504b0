import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { awardsConferredByMyUnit, ownedByMyUnit, writeScope } from "./scope";

/**
 * What the chairperson's screens list around the decisions data layer (decisions.ts): the plans
 * with something to approve, and which awards of a page the unit may revoke.
 */

/** The unit's plans with a closed council ballot, with how far approval and decisions have got. */
export async function listPlansAwaitingApproval(actor: Actor) {
  const scope = writeScope(actor, "award.approve");
  // Only the unit's own council's meetings: a council below may vote on its proposals for this
  // plan, and those are not this chair's to approve.
  const closed = { ...ownedByMyUnit(actor), status: "BALLOT_CLOSED" as const };
  const plans = await db().plan.findMany({
    where: { ...scope, meetings: { some: closed } },
    orderBy: [{ year: "desc" }, { issuedOn: "desc" }],
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
