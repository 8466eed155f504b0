import "server-only";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { conflict, forbidden, invalid, notFound } from "@/domain/errors";
import type { Prisma, RegistrationStatus } from "@/generated/prisma/client";
import { registrationCounts } from "@/domain/registration/aggregate";
import {
  statusesIn,
  summaryStatusCounts,
  summaryStatusOf,
  type SummaryStatus,
} from "@/domain/registration/summary-status";
import { toSearchText } from "@/domain/text/vietnamese";
import { decideRegistration } from "@/domain/registration/rules";
import { parseIsoDate, todayInVietnam } from "@/lib/dates";
import { pageOf } from "@/lib/page-slice";
import { plansIssuedByMyUnit, unitInMySubtree, unitsRegisteringForMyPlan, writeScope } from "./scope";
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

/** One registration in the summary's count table: its unit, its status, and its rows' marks counted per code. */
export type RegistrationLine = {
  id: string;
  unitId: string;
  unitName: string;
  status: RegistrationStatus;
  counts: Record<string, number>;
};

const perCode = (codes: string[], found: { code: string; n: number }[]) => {
  const counts = Object.fromEntries(codes.map((c) => [c, 0]));
  for (const { code, n } of found) if (code in counts) counts[code] = n;
  return counts;
};

/**
 * The plan's totals for a year, per title or form: marks of approved registrations only (sent or
 * returned ones are not yet what the unit registered). Counted by PostgreSQL; the caller has
 * checked the plan is the actor's own (ownPlan), so its registrations are read by plan id.
 */
async function approvedTotals(planId: string, year: number, codes: string[]) {
  const marks = await db().$queryRaw<{ code: string; n: number }[]>`
    select item as code, count(*)::int as n
    from "Registration" r
    join "RegistrationRow" w on w."registrationId" = r.id
    cross join unnest(w.items) as item
    where r."planId" = ${planId} and r.year = ${year} and r.status = 'APPROVED'
    group by item`;
  return perCode(codes, marks);
}

/**
 * The count table of a plan's registrations for a year, for the .xlsx export's summary sheet (the
 * page lists units a page at a time: registrationSummaryPage): a line per registering unit (at most the
 * issuing unit and the units directly below it, one registration each) with its marks counted per
 * title or form, and the totals of approved registrations only (sent or returned ones are not yet
 * what the unit registered). PostgreSQL counts the marks (group by over the rows' items); no row is
 * loaded, so a province's hundred communes with thousands of rows cost one aggregate.
 */
export async function planRegistrationCounts(actor: Actor, planId: string, askedYear?: number) {
  const plan = await ownPlan(db(), actor, planId);
  const { years, year } = registrationYearsOf(plan, askedYear);
  const columns = await planColumns(plan);
  const codes = columns.map((c) => c.code);
  // The plan is the actor's own (ownPlan above, through plansIssuedByMyUnit): its registrations are
  // read by plan id alone, as listPlanRegistrations did.
  const registrations = await db().registration.findMany({
    where: { planId, year },
    orderBy: [{ unit: { name: "asc" } }, { id: "asc" }],
    select: { id: true, unitId: true, status: true, unit: { select: { name: true } } },
  });
  const marks = await db().$queryRaw<{ registrationId: string; code: string; n: number }[]>`
    select r.id as "registrationId", item as code, count(*)::int as n
    from "Registration" r
    join "RegistrationRow" w on w."registrationId" = r.id
    cross join unnest(w.items) as item
    where r."planId" = ${planId} and r.year = ${year}
    group by r.id, item`;
  const marksOf = new Map<string, typeof marks>();
  for (const m of marks) marksOf.set(m.registrationId, [...(marksOf.get(m.registrationId) ?? []), m]);
  const lines: RegistrationLine[] = registrations.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    unitName: r.unit.name,
    status: r.status,
    counts: perCode(codes, marksOf.get(r.id) ?? []),
  }));
  return {
    plan,
    years,
    year,
    columns,
    lines,
    totals: await approvedTotals(planId, year, codes),
    approved: lines.filter((l) => l.status === "APPROVED").length,
  };
}

/** The rows the summary's details and the export print (not the facts the unit's own form checks). */
const DETAIL_ROWS = {
  orderBy: { position: "asc" },
  select: { id: true, kind: true, label: true, items: true, commitment: true },
} as const;

/**
 * Registrations of the actor's own plan with their rows, in the order of `ids` (lines of
 * planRegistrationCounts): one batch of the export.
 */
async function registrationsWithRows(actor: Actor, planId: string, ids: string[]) {
  if (!can(actor.roles, "registration.review")) throw forbidden();
  const found = await db().registration.findMany({
    where: { id: { in: ids }, planId, plan: plansIssuedByMyUnit(actor) },
    include: { unit: { select: { name: true } }, rows: DETAIL_ROWS },
  });
  return ids.flatMap((id) => found.filter((r) => r.id === id));
}

/** Units the registration summary lists at a time, each with its rows and its forms. */
export const SUMMARY_PAGE_SIZE = 25;

/** What the summary lists: the units of one status group, those whose name holds `name`; a page of them. */
export type SummaryFilters = {
  year?: number;
  status?: SummaryStatus;
  /** Part of a unit's name, typed with or without diacritics. */
  name?: string;
  /** The page asked for in the URL (clamped by pageOf). */
  page?: string;
  /** Units a page holds: SUMMARY_PAGE_SIZE unless a test pages a short list. */
  pageSize?: number;
};

/** The units of a status group for the plan's registrations of `year`. */
function inGroup(planId: string, year: number, group: SummaryStatus): Prisma.UnitWhereInput {
  const statuses = statusesIn(group);
  // A unit without a registration has not registered either.
  return group === "chua-dang-ky"
    ? { registrations: { none: { planId, year, status: { notIn: statuses } } } }
    : { registrations: { some: { planId, year, status: { in: statuses } } } };
}

/**
 * The registration summary page: how many units stand in each status group, the plan's approved
 * totals, and one page of the units listed (the issuing unit and the units directly below it,
 * unitsRegisteringForMyPlan), filtered by group and by name, each with its registration's rows
 * counted per title or form. A province's hundred communes are counted by PostgreSQL; only the
 * page's units and their rows are read.
 */
export async function registrationSummaryPage(actor: Actor, planId: string, asked: SummaryFilters = {}) {
  const plan = await ownPlan(db(), actor, planId);
  const { years, year } = registrationYearsOf(plan, asked.year);
  const columns = await planColumns(plan);
  const codes = columns.map((c) => c.code);
  const listed = unitsRegisteringForMyPlan(actor, planId, year);
  const units = await db().unit.count({ where: listed });
  // The plan is the actor's own (ownPlan): its registrations are read by plan id.
  const byStatus = await db().registration.groupBy({ by: ["status"], where: { planId, year }, _count: { _all: true } });
  const statusCounts = summaryStatusCounts(
    units,
    byStatus.map((g) => ({ status: g.status, count: g._count._all })),
  );
  // Folded as Unit.searchText is; Prisma's `contains` is a LIKE, whose wildcards a typed "%" or "_" must not be.
  const name = asked.name ? toSearchText(asked.name).replace(/[\\%_]/g, (c) => `\\${c}`) : "";
  const filters: Prisma.UnitWhereInput[] = [
    ...(asked.status ? [inGroup(planId, year, asked.status)] : []),
    ...(name ? [{ searchText: { contains: name } }] : []),
  ];
  const where: Prisma.UnitWhereInput = { AND: [listed, ...filters] };
  const count = filters.length ? await db().unit.count({ where }) : units;
  const perPage = asked.pageSize ?? SUMMARY_PAGE_SIZE;
  const { page, pages, from } = pageOf(count, asked.page, perPage);
  const found = await db().unit.findMany({
    where,
    // The export's order (planRegistrationCounts); the id keeps namesakes in one order across pages.
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: from,
    take: perPage,
    select: {
      id: true,
      name: true,
      registrations: {
        where: { planId, year },
        select: { id: true, status: true, reopenedUntil: true, returnReason: true, rows: DETAIL_ROWS },
      },
    },
  });
  return {
    plan,
    years,
    year,
    columns,
    units,
    statusCounts,
    totals: await approvedTotals(planId, year, codes),
    count,
    page,
    pages,
    lines: found.map((u) => {
      const registration = u.registrations[0] ?? null;
      return {
        unitId: u.id,
        unitName: u.name,
        group: summaryStatusOf(registration?.status ?? null),
        registration: registration && { ...registration, counts: registrationCounts(registration.rows, codes) },
      };
    }),
  };
}

/**
 * The registrations of `lines` with their rows, `batchSize` units at a time, for the streamed
 * export: memory holds one batch, whatever the number of units.
 */
export async function* exportRegistrationBatches(
  actor: Actor,
  planId: string,
  lines: { id: string }[],
  batchSize = 20,
) {
  for (let from = 0; from < lines.length; from += batchSize)
    yield await registrationsWithRows(
      actor,
      planId,
      lines.slice(from, from + batchSize).map((l) => l.id),
    );
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
