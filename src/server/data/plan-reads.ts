import "server-only";
import { toSearchText } from "@/domain/text/vietnamese";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { notFound } from "@/domain/errors";
import type { TableParams } from "@/lib/table-params";
import { planHistoryReadScope, planReadScope, plansPublishedByMyUnitOrAbove } from "./scope";
import { PLAN_INCLUDE, type PlanWithParts } from "./plan-mapping";

/**
 * Plans as read: lists, one plan, what a new plan may cite, revisions and cascades. Reads reach
 * wider than writes (planReadScope: a unit sees the issued plans above and, for reviewers and
 * chairpersons, below; planHistoryReadScope adds the plans of the units it succeeds).
 */

export const PLAN_SORT_KEYS = ["issuedOn", "title", "year", "updatedAt"] as const;
type SortKey = (typeof PLAN_SORT_KEYS)[number];

export type PlanFilter = {
  year?: number;
  kind?: "ANNUAL" | "THEMATIC" | "PHASE";
  status?: "DRAFT" | "SUBMITTED" | "ISSUED" | "IN_PROGRESS" | "CLOSED";
  unitId?: string;
};

export async function listPlans(actor: Actor, params: TableParams<SortKey>, filter: PlanFilter) {
  const where: Prisma.PlanWhereInput = {
    AND: [
      await planHistoryReadScope(actor),
      {
        year: filter.year,
        kind: filter.kind,
        status: filter.status,
        unitId: filter.unitId,
        // Without diacritics, as people are searched: "thi dua" finds "thi đua".
        ...(params.q ? { searchText: { contains: toSearchText(params.q) } } : {}),
      },
    ],
  };
  const [rows, total] = await Promise.all([
    db().plan.findMany({
      where,
      // Drafts have no issue date yet: they go last whichever way issue dates are sorted.
      orderBy: [
        params.sort === "issuedOn" ? { issuedOn: { sort: params.dir, nulls: "last" } } : { [params.sort]: params.dir },
        { id: "asc" },
      ],
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
      include: { unit: { select: { id: true, name: true } } },
    }),
    db().plan.count({ where }),
  ]);
  return { rows, total };
}

/** Units whose plans the actor can see, for the "issuing unit" filter. */
export async function listPlanUnits(actor: Actor) {
  return db().unit.findMany({
    where: { plans: { some: await planHistoryReadScope(actor) } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

export async function findPlan(actor: Actor, id: string): Promise<PlanWithParts> {
  const plan = await db().plan.findFirst({
    where: { AND: [{ id }, await planHistoryReadScope(actor)] },
    include: PLAN_INCLUDE,
  });
  if (!plan) throw notFound();
  return plan;
}

/** Issued plans of the actor's unit and the units above: what a new plan may cite and cascade from. */
export async function listCitablePlans(actor: Actor) {
  return db().plan.findMany({
    where: plansPublishedByMyUnitOrAbove(actor),
    orderBy: [{ issuedOn: "desc" }, { id: "asc" }],
    select: {
      id: true,
      unitId: true,
      title: true,
      number: true,
      symbol: true,
      issuedOn: true,
      unit: { select: { name: true } },
    },
  });
}

/** The issued text and each amendment, for the plan's history (readable by whoever reads the plan). */
export async function listPlanRevisions(actor: Actor, planId: string) {
  const rows = await db().planRevision.findMany({
    where: { planId, plan: await planHistoryReadScope(actor) },
    orderBy: { version: "asc" },
    select: { id: true, version: true, reason: true, createdAt: true, actorUserId: true },
  });
  const users = await db().user.findMany({
    where: { id: { in: rows.map((r) => r.actorUserId) } },
    select: { id: true, name: true },
  });
  return rows.map((r) => ({ ...r, actorName: users.find((u) => u.id === r.actorUserId)?.name ?? "—" }));
}

/** Plans cascaded from this one that the actor may see (units below, once issued; its own unit's drafts). */
export async function listCascadedPlans(actor: Actor, planId: string) {
  return db().plan.findMany({
    where: { AND: [{ parentPlanId: planId }, planReadScope(actor)] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, status: true, unit: { select: { name: true } } },
  });
}
