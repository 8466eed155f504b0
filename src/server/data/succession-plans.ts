import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { conflict, notFound } from "@/domain/errors";
import { takeoverProblem } from "@/domain/plans/takeover";
import { toIsoDate } from "@/lib/dates";
import { plansIssuedByMyUnit, readScope, unitsISucceed, writeScope } from "./scope";
import { recordAuditMany } from "./audit";
import { lockPlan } from "./locks";

/**
 * An ended unit's open multi-year plans, taken over by its successor: the plan moves to the
 * successor with its number, text, amendments and registrations (the successor runs its reviews,
 * councils and decisions from then on) and remembers who issued it, so its document still prints
 * the issuing unit (src/domain/plans/takeover.ts decides which plans may be taken over).
 */

const OPEN = ["ISSUED", "IN_PROGRESS"] as const;

/** The issued, not closed plans of the units my unit succeeds, each with why it cannot be taken over (or null). */
export async function listPlansToTakeOver(actor: Actor) {
  readScope(actor, "plan.read");
  const plans = await db().plan.findMany({
    where: { unit: await unitsISucceed(actor), status: { in: [...OPEN] } },
    orderBy: [{ periodTo: "desc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      number: true,
      symbol: true,
      issuedOn: true,
      status: true,
      kind: true,
      periodFrom: true,
      periodTo: true,
      unit: { select: { name: true, validTo: true } },
    },
  });
  return plans.map((p) => ({
    ...p,
    problem: takeoverProblem(
      { status: p.status, kind: p.kind, periodFrom: toIsoDate(p.periodFrom), periodTo: toIsoDate(p.periodTo) },
      p.unit.validTo ? toIsoDate(p.unit.validTo) : null,
    ),
  }));
}

/** My unit takes over an ended predecessor's open multi-year plan, keeping its number and history. Audited in both units. */
export async function takeOverPlan(actor: Actor, planId: string) {
  const scope = writeScope(actor, "plan.issue");
  return db().$transaction(async (tx) => {
    const found = await tx.plan.findFirst({
      where: { id: planId, unit: await unitsISucceed(actor) },
      select: { id: true, unitId: true },
    });
    if (!found) throw notFound();
    await lockPlan(tx, found.id, found.unitId);
    const plan = await tx.plan.findUniqueOrThrow({
      where: { id: found.id },
      include: { unit: { select: { name: true, validTo: true } } },
    });
    // Read again under the lock: a second successor of a split unit may have just taken it.
    if (plan.unitId !== found.unitId) throw notFound();
    const problem = takeoverProblem(
      {
        status: plan.status,
        kind: plan.kind,
        periodFrom: toIsoDate(plan.periodFrom),
        periodTo: toIsoDate(plan.periodTo),
      },
      plan.unit.validTo ? toIsoDate(plan.unit.validTo) : null,
    );
    if (problem) throw conflict(problem);
    const clash = await tx.plan.findFirst({
      where: { ...plansIssuedByMyUnit(actor), numberYear: plan.numberYear, symbol: plan.symbol, number: plan.number },
      select: { id: true },
    });
    if (clash)
      throw conflict(
        `Đơn vị đã có kế hoạch số ${plan.number}/${plan.symbol} năm ${plan.numberYear}: không thể giữ số của kế hoạch tiếp nhận.`,
      );
    const takenOverFromUnitId = plan.takenOverFromUnitId ?? plan.unitId;
    await tx.plan.update({ where: { id: plan.id }, data: { unitId: scope.unitId, takenOverFromUnitId } });
    const before = { unitId: plan.unitId, unitName: plan.unit.name, number: plan.number, status: plan.status };
    const after = { unitId: scope.unitId, takenOverFromUnitId, number: plan.number, status: plan.status };
    await recordAuditMany(tx, actor, [
      { entity: "Plan", entityId: plan.id, action: "UPDATE", before, after: { ...after, takeover: true } },
      // The ended unit's log shows where its plan went.
      { entity: "Plan", entityId: plan.id, action: "UPDATE", before, after, unitId: plan.unitId },
    ]);
    return { id: plan.id };
  });
}
