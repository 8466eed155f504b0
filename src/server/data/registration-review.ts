import "server-only";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { conflict, forbidden, invalid, notFound } from "@/domain/errors";
import { decideRegistration } from "@/domain/registration/rules";
import { parseIsoDate, todayInVietnam } from "@/lib/dates";
import { myUnitAndUnitsDirectlyBelow, plansIssuedByMyUnit, unitInMySubtree, writeScope } from "./scope";
import { recordAudit } from "./audit";
import { notifyRegistrationReviewed } from "./notifications/events";
import { planColumns } from "./registration-items";
import { ROW_INCLUDE, registrationYearsOf } from "./registrations";

/**
 * The issuing unit's side of registration: what the units below sent for its plan, approving or
 * returning it, reopening one unit after the deadline, and who has not registered yet.
 */

/** The issuing unit's own plan, for reviewing what units sent. */
export async function ownPlan(tx: Tx, actor: Actor, planId: string) {
  if (!can(actor.roles, "registration.review")) throw forbidden();
  const plan = await tx.plan.findFirst({
    where: { id: planId, ...plansIssuedByMyUnit(actor) },
    select: {
      id: true,
      unitId: true,
      title: true,
      registrationItems: true,
      number: true,
      symbol: true,
      parentPlanId: true,
      issuedOn: true,
      periodFrom: true,
      periodTo: true,
      unit: { select: { name: true } },
      awardForms: { select: { recurrence: true } },
    },
  });
  if (!plan) throw notFound();
  return plan;
}

/**
 * Every registration the plan received for a year (`year`: absent, this year's), with rows, for the
 * aggregate and the detail views. Totals count approved registrations only (registrationTotals).
 */
export async function listPlanRegistrations(actor: Actor, planId: string, askedYear?: number) {
  const plan = await ownPlan(db(), actor, planId);
  const { years, year } = registrationYearsOf(plan, askedYear);
  const registrations = await db().registration.findMany({
    where: { planId, year },
    orderBy: { unit: { name: "asc" } },
    include: { unit: { select: { name: true } }, rows: { orderBy: { position: "asc" }, include: ROW_INCLUDE } },
  });
  return { plan, years, year, registrations, columns: await planColumns(plan) };
}

export async function reviewRegistration(
  actor: Actor,
  registrationId: string,
  action: "approve" | "return",
  reason?: string,
) {
  await db().$transaction(async (tx) => {
    if (!can(actor.roles, "registration.review")) throw forbidden();
    const reg = await tx.registration.findFirst({
      where: { id: registrationId, plan: plansIssuedByMyUnit(actor) },
    });
    if (!reg) throw notFound();
    const decision = decideRegistration(action, reg.status);
    if (!decision.ok) throw conflict(decision.reason);
    if (action === "return" && !reason)
      throw invalid("Nêu lý do trả lại.", { reason: "Nêu lý do trả lại (ít nhất 5 ký tự)." });
    await tx.registration.update({
      where: { id: reg.id },
      data: { status: decision.to, decidedAt: new Date(), returnReason: action === "return" ? reason : null },
    });
    await notifyRegistrationReviewed(tx, reg.id);
    await recordAudit(tx, actor, {
      entity: "Registration",
      entityId: reg.id,
      action: "UPDATE",
      before: { status: reg.status },
      after: { status: decision.to, returnReason: reason },
    });
  });
}

/**
 * Lets one unit (below the issuing unit, or the issuing unit itself) change and send its
 * registration of a year after the deadline, until `until`. A sent registration goes back to the unit.
 */
export async function reopenRegistration(
  actor: Actor,
  planId: string,
  unitOrMine: string | undefined,
  until: string,
  askedYear?: number,
) {
  // No unit named: the issuing unit's own registration.
  const unitId = unitOrMine ?? writeScope(actor, "registration.review").unitId;
  await db().$transaction(async (tx) => {
    const plan = await ownPlan(tx, actor, planId);
    const { year } = registrationYearsOf(plan, askedYear);
    const unit = await tx.unit.findFirst({
      where: unitInMySubtree(actor, unitId),
      select: { id: true },
    });
    if (!unit) throw notFound();
    if (until < todayInVietnam())
      throw invalid("Ngày mở lại phải từ hôm nay trở đi.", { until: "Chọn ngày từ hôm nay trở đi." });
    const before = await tx.registration.findUnique({ where: { planId_unitId_year: { planId, unitId, year } } });
    const reg = await tx.registration.upsert({
      where: { planId_unitId_year: { planId, unitId, year } },
      create: { planId, unitId, year, reopenedUntil: parseIsoDate(until) },
      update: { reopenedUntil: parseIsoDate(until), status: before?.status === "SENT" ? "RETURNED" : before?.status },
    });
    await recordAudit(tx, actor, {
      entity: "Registration",
      entityId: reg.id,
      action: before ? "UPDATE" : "CREATE",
      before: before ? { reopenedUntil: before.reopenedUntil, status: before.status } : undefined,
      after: { year, reopenedUntil: until, status: reg.status },
    });
  });
}

/**
 * The issuing unit and the units directly below it, to show who has not registered yet (the
 * issuing unit registers for its own plan too, and may reopen its own registration).
 */
export async function listParticipatingUnits(actor: Actor, planId: string) {
  await ownPlan(db(), actor, planId);
  return db().unit.findMany({
    where: myUnitAndUnitsDirectlyBelow(actor),
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
