import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { conflict, invalid, notFound } from "@/domain/errors";
import { decidePlanAction, isPublished, type PlanAction } from "@/domain/plans/lifecycle";
import { nextDocumentNumber } from "@/domain/plans/numbering";
import type { TPlan } from "@/schemas/plan";
import type { TableParams } from "@/lib/table-params";
import { formatViDate, parseIsoDate, toIsoDate, todayInVietnam } from "@/lib/dates";
import { unitNameInSentence } from "@/domain/units/hierarchy";
import { cascadeAwardForm, cascadePlace } from "@/domain/plans/cascade";
import {
  planHistoryReadScope,
  planReadScope,
  plansPublishedAboveMe,
  plansPublishedByMyUnitOrAbove,
  writeScope,
} from "./scope";
import { assertMyUnitInForce } from "./unit-validity";
import { notifyPlanIssued } from "./notifications/events";
import { recordAudit } from "./audit";
import { lockPlan } from "./locks";
import { PLAN_INCLUDE, planFormValues, scalars, toPlanInput, writeParts, type PlanWithParts } from "./plan-mapping";
import { BUMP_ROW_VERSION, checkRowVersion } from "./row-version";

/** A basis may link only to an issued plan the actor's unit can cite (its own or above). */
async function checkLinks(tx: Tx, actor: Actor, input: TPlan) {
  const ids = [...new Set(input.bases.map((b) => b.linkedPlanId).filter((v): v is string => Boolean(v)))];
  if (!ids.length) return;
  const found = await tx.plan.count({
    where: {
      id: { in: ids },
      ...plansPublishedByMyUnitOrAbove(actor),
    },
  });
  if (found !== ids.length)
    throw invalid("Căn cứ chỉ được liên kết tới kế hoạch đã ban hành của đơn vị mình hoặc cấp trên.", {
      bases: "Chọn lại kế hoạch được dẫn chiếu.",
    });
}

/** The actor's unit's plan, locked for the rest of the transaction (its status cannot change under us). */
async function loadOwn(tx: Tx, actor: Actor, id: string) {
  const scope = writeScope(actor, "plan.write");
  await lockPlan(tx, id, scope.unitId);
  const plan = await tx.plan.findFirst({ where: { id, ...scope }, include: PLAN_INCLUDE });
  if (!plan) throw notFound();
  return plan;
}

function snapshot(p: PlanWithParts) {
  return { status: p.status, number: p.number, issuedOn: p.issuedOn, version: p.version, ...toPlanInput(p) };
}

function decide(action: PlanAction, plan: { status: PlanWithParts["status"] }, actor: Actor) {
  const decision = decidePlanAction(action, plan.status, actor.roles);
  if (!decision.ok) throw conflict(decision.reason);
  return decision.to;
}

/**
 * `cascade`: the higher plan this one is cascaded from, and for each award form (by position) the
 * higher plan's form it copies — read through the wall by `cascadePlan`, never taken from input.
 */
export async function createPlan(
  actor: Actor,
  input: TPlan,
  cascade?: { parentPlanId: string; parentFormIds: (string | null)[] },
) {
  const scope = writeScope(actor, "plan.write");
  return db().$transaction(async (tx) => {
    await checkLinks(tx, actor, input);
    const plan = await tx.plan.create({
      data: { ...scalars(input), unitId: scope.unitId, parentPlanId: cascade?.parentPlanId ?? null },
    });
    await writeParts(tx, plan.id, input);
    for (const [position, parentFormId] of (cascade?.parentFormIds ?? []).entries()) {
      if (parentFormId)
        await tx.planAwardForm.updateMany({ where: { planId: plan.id, position }, data: { parentFormId } });
    }
    const after = await loadOwn(tx, actor, plan.id);
    await recordAudit(tx, actor, { entity: "Plan", entityId: plan.id, action: "CREATE", after: snapshot(after) });
    return after;
  });
}

/**
 * Edits a plan that is not issued yet (draft or awaiting signature). The plan is locked before its
 * version is compared (loadOwn), so a save that lost is refused as stale (row-version.ts).
 */
export async function updatePlan(actor: Actor, id: string, input: TPlan, rowVersion: number) {
  return db().$transaction(async (tx) => {
    const before = await loadOwn(tx, actor, id);
    decide("edit", before, actor);
    checkRowVersion(before, rowVersion, planFormValues);
    await checkLinks(tx, actor, input);
    await tx.plan.update({ where: { id }, data: { ...scalars(input), ...BUMP_ROW_VERSION } });
    await writeParts(tx, id, input);
    const after = await loadOwn(tx, actor, id);
    await recordAudit(tx, actor, {
      entity: "Plan",
      entityId: id,
      action: "UPDATE",
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}

/**
 * Changes an issued plan by amendment: a new version, the previous text kept in PlanRevision.
 * Two amendments made from one loaded text: the second is refused as stale (row-version.ts).
 */
export async function amendPlan(actor: Actor, id: string, input: TPlan, reason: string, rowVersion: number) {
  return db().$transaction(async (tx) => {
    const before = await loadOwn(tx, actor, id);
    decide("amend", before, actor);
    checkRowVersion(before, rowVersion, planFormValues);
    await checkLinks(tx, actor, input);
    // An issued plan keeps its number series: symbol and numbering year are not amendable.
    const { symbol: _symbol, year: _year, ...amendable } = scalars(input);
    // A plan in force "from the date of issue" keeps that date as its start whatever the form held.
    if (amendable.periodFromIssue && before.issuedOn) amendable.periodFrom = before.issuedOn;
    await tx.plan.update({ where: { id }, data: { ...amendable, version: { increment: 1 }, ...BUMP_ROW_VERSION } });
    await writeParts(tx, id, input);
    const after = await loadOwn(tx, actor, id);
    await tx.planRevision.create({
      data: {
        planId: id,
        version: after.version,
        reason,
        snapshot: JSON.parse(JSON.stringify(snapshot(after))) as object,
        actorUserId: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      entity: "Plan",
      entityId: id,
      action: "UPDATE",
      before: snapshot(before),
      after: { ...snapshot(after), amendmentReason: reason },
    });
    return after;
  });
}

/**
 * Moves a plan along its lifecycle. Issuing gives it its number (the next of the year unless the
 * chair enters the one from the register) and date, and records version 1 as the issued text.
 */
export async function transitionPlan(
  actor: Actor,
  id: string,
  action: Exclude<PlanAction, "edit" | "amend">,
  opts: { number?: string; issuedOn?: string } = {},
) {
  return db().$transaction(async (tx) => {
    const before = await loadOwn(tx, actor, id);
    const to = decide(action, before, actor);
    if (!to) throw new Error(`${action} has no target state`);
    const data: Prisma.PlanUpdateInput = { status: to };
    if (action === "issue") {
      // Numbers run per calendar year of issue (NĐ 30/2020, Phụ lục I), per unit and symbol;
      // serialise issues so two chairs never take one number.
      const issuedOn = opts.issuedOn || todayInVietnam();
      await assertMyUnitInForce(tx, actor, issuedOn, "plan", "issuedOn");
      const issueYear = issuedOn.slice(0, 4);
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`plan-number:${before.unitId}:${issueYear}:${before.symbol}`}))`;
      const used = await tx.plan.findMany({
        where: { unitId: before.unitId, symbol: before.symbol, numberYear: Number(issueYear), number: { not: null } },
        select: { number: true },
      });
      const number = opts.number?.trim() || nextDocumentNumber(used.map((u) => u.number!));
      if (used.some((u) => Number.parseInt(u.number!, 10) === Number.parseInt(number, 10))) {
        throw conflict(`Số ${number}/${before.symbol} năm ${issueYear} đã được dùng cho kế hoạch khác.`, {
          number: "Số này đã được dùng.",
        });
      }
      Object.assign(data, { number, numberYear: Number(issueYear), issuedOn: parseIsoDate(issuedOn), version: 1 });
      // "Thực hiện từ ngày ban hành": the period (and the plan's year) starts on the issue date.
      if (before.periodFromIssue) {
        if (issuedOn > toIsoDate(before.periodTo))
          throw conflict(
            `Kế hoạch thực hiện từ ngày ban hành đến ngày ${formatViDate(before.periodTo)}: ngày ban hành phải trước ngày đó.`,
            {
              issuedOn: "Ngày ban hành sau ngày kết thúc kế hoạch.",
            },
          );
        Object.assign(data, { periodFrom: parseIsoDate(issuedOn), year: Number(issueYear) });
      }
    }
    await tx.plan.update({ where: { id }, data });
    const after = await loadOwn(tx, actor, id);
    if (action === "issue") {
      await tx.planRevision.create({
        data: {
          planId: id,
          version: 1,
          reason: "Ban hành",
          snapshot: JSON.parse(JSON.stringify(snapshot(after))) as object,
          actorUserId: actor.userId,
        },
      });
      await notifyPlanIssued(tx, id);
    }
    await recordAudit(tx, actor, {
      entity: "Plan",
      entityId: id,
      action: "UPDATE",
      before: { status: before.status, number: before.number },
      after: { status: after.status, number: after.number, issuedOn: after.issuedOn },
    });
    return after;
  });
}

/**
 * Starts the actor's unit's own plan from a higher unit's issued plan: bases (plus the higher
 * plan itself), contents, award forms, deadlines, duties and recipients are copied; the unit then
 * adapts the draft (src/domain/plans/cascade.ts says what is copied how). Each copied award form
 * stays linked to the higher plan's form: proposals filed on it go to the higher unit.
 */
export async function cascadePlan(actor: Actor, parentId: string) {
  const parent = await db().plan.findFirst({
    where: { id: parentId, ...plansPublishedAboveMe(actor) },
    include: PLAN_INCLUDE,
  });
  if (!parent) throw notFound();
  const source = toPlanInput(parent);
  const citation = `Kế hoạch số ${parent.number}/${parent.symbol}${parent.issuedOn ? ` ngày ${formatViDate(parent.issuedOn)}` : ""} của UBND ${unitNameInSentence(parent.unit.name)} về ${parent.title}`;
  const draft: TPlan = {
    ...source,
    place: cascadePlace(actor.unit.name),
    title: `${parent.title} (${actor.unit.name})`,
    bases: [{ text: citation, linkedPlanId: parent.id }, ...source.bases],
    // The lower unit confers its own forms and proposes the higher ones: start from proposals.
    awardForms: source.awardForms.map(({ id: _id, ...f }) => cascadeAwardForm(f)),
    // The signer is the lower unit's own chair: left blank (a plan may leave it so).
    signerName: "",
  };
  return createPlan(actor, draft, { parentPlanId: parent.id, parentFormIds: parent.awardForms.map((f) => f.id) });
}

/** Only a draft can be deleted; once submitted or issued a plan is part of the record. */
export async function deletePlan(actor: Actor, id: string) {
  await db().$transaction(async (tx) => {
    const before = await loadOwn(tx, actor, id);
    if (before.status !== "DRAFT") throw conflict("Chỉ xoá được kế hoạch còn là dự thảo.");
    await tx.plan.delete({ where: { id } });
    await recordAudit(tx, actor, { entity: "Plan", entityId: id, action: "DELETE", before: snapshot(before) });
  });
}
