import "server-only";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { conflict, forbidden, invalid, notFound } from "@/domain/errors";
import { canEditRegistration, decideRegistration, registrationWindow } from "@/domain/registration/rules";
import { registrationWarnings, type Warning } from "@/domain/registration/warnings";
import { isPublished } from "@/domain/plans/lifecycle";
import {
  registrationDeadlineOf,
  registrationYearFor,
  registrationYears,
  type AwardRecurrence,
} from "@/domain/plans/rounds";
import { parseIsoDate, toIsoDate, todayInVietnam } from "@/lib/dates";
import {
  ownedByMyUnit,
  plansIssuedByMyUnit,
  plansPublishedByMyUnitOrAbove,
  unitInMySubtree,
  unitsDirectlyBelowMe,
  writeScope,
} from "./scope";
import { recordAudit } from "./audit";
import { lockRegistration } from "./locks";
import { BUMP_ROW_VERSION, checkRowVersionOrNew } from "./row-version";
import { planColumns } from "./registration-items";
import { ownPlan } from "./registration-review";

/**
 * Registrations. A unit registers for a published plan of its own unit or of a unit above it;
 * the issuing unit reviews the registrations it received. Every query is anchored on the plan
 * and the caller's unit, never on ids from the form.
 *
 * Over 300 lines on purpose: the registering unit's steps (read, save, send, forward upward) share
 * the plan it may register for and the window rule; the issuing unit's side is registration-review.ts.
 */

/** One line as the data layer takes it (the parsed form, or a test's literal). */
export type RegistrationRowInput = {
  kind: "COLLECTIVE" | "INDIVIDUAL";
  organisationId?: string;
  personId?: string;
  items: string[];
  commitment: string;
};

async function participatingPlan(tx: Tx, actor: Actor, planId: string) {
  const plan = await tx.plan.findFirst({
    where: {
      id: planId,
      ...plansPublishedByMyUnitOrAbove(actor),
    },
    select: {
      id: true,
      unitId: true,
      title: true,
      status: true,
      registrationItems: true,
      registrationDeadline: true,
      periodFrom: true,
      periodTo: true,
      number: true,
      symbol: true,
      issuedOn: true,
      unit: { select: { name: true } },
      awardForms: { select: { recurrence: true } },
    },
  });
  if (!plan) throw notFound();
  return plan;
}

type PlanYears = { periodFrom: Date; periodTo: Date; awardForms: { recurrence: AwardRecurrence }[] };

/**
 * The years the plan is registered for (each year of a plan given yearly, else its first) and the
 * one meant: `year` if the plan has it, else this year within the plan, else the nearest.
 */
export function registrationYearsOf(plan: PlanYears, year?: number, now = new Date()) {
  const years = registrationYears(
    { periodFrom: toIsoDate(plan.periodFrom), periodTo: toIsoDate(plan.periodTo) },
    plan.awardForms.map((f) => f.recurrence),
  );
  return { years, year: registrationYearFor(years, year, todayInVietnam(now)) };
}

/**
 * The year's window: the plan's registration deadline, moved to that year when the plan is registered
 * year by year ("trước ngày 31/01 hằng năm").
 */
function windowOf(
  plan: { status: string; registrationDeadline: Date | null },
  { year, years }: { year: number; years: number[] },
  reopenedUntil: Date | null,
  now: Date,
) {
  return registrationWindow(
    {
      planPublished: isPublished(plan.status as "ISSUED"),
      deadline: registrationDeadlineOf(
        plan.registrationDeadline ? toIsoDate(plan.registrationDeadline) : null,
        year,
        years,
      ),
      reopenedUntil: reopenedUntil ? toIsoDate(reopenedUntil) : null,
    },
    now,
  );
}

export const ROW_INCLUDE = {
  organisation: { select: { name: true } },
  person: {
    select: {
      fullName: true,
      position: true,
      disciplines: { select: { status: true, effectiveFrom: true, effectiveTo: true } },
    },
  },
} as const;

type RowWithFacts = {
  kind: "COLLECTIVE" | "INDIVIDUAL";
  items: string[];
  person: {
    disciplines: { status: "UNDER_CONSIDERATION" | "DECIDED"; effectiveFrom: Date; effectiveTo: Date | null }[];
  } | null;
};

function warningsFor(
  rows: RowWithFacts[],
  columns: Awaited<ReturnType<typeof planColumns>>,
  onDate: string,
): Warning[][] {
  return rows.map((r) =>
    registrationWarnings(
      {
        kind: r.kind,
        items: r.items,
        disciplines: (r.person?.disciplines ?? []).map((d) => ({
          status: d.status,
          effectiveFrom: toIsoDate(d.effectiveFrom),
          effectiveTo: d.effectiveTo ? toIsoDate(d.effectiveTo) : null,
        })),
      },
      columns,
      onDate,
    ),
  );
}

/**
 * The actor's unit's registration for a plan and year (null rows if it has not started one), with
 * its window and warnings. `year`: absent, this year's (a plan given yearly is registered yearly).
 */
export async function findMyRegistration(actor: Actor, planId: string, now = new Date(), askedYear?: number) {
  if (!can(actor.roles, "plan.read")) throw forbidden();
  const plan = await participatingPlan(db(), actor, planId);
  const { years, year } = registrationYearsOf(plan, askedYear, now);
  const registration = await db().registration.findUnique({
    where: { planId_unitId_year: { planId, ...ownedByMyUnit(actor), year } },
    include: { rows: { orderBy: { position: "asc" }, include: ROW_INCLUDE } },
  });
  const columns = await planColumns(plan);
  const rows = registration?.rows ?? [];
  return {
    plan,
    years,
    year,
    registration,
    rows,
    columns,
    warnings: warningsFor(rows, columns, todayInVietnam(now)),
    window: windowOf(plan, { year, years }, registration?.reopenedUntil ?? null, now),
  };
}

/** The table as the grid shows another's save: each line's name, marks and commitment. */
function registrationFormValues(r: { rows: { label: string; items: string[]; commitment: string }[] }) {
  return { rows: r.rows.map(({ label, items, commitment }) => ({ label, items, commitment })) };
}

/**
 * Replaces the unit's table. Refused once the deadline passed (unless reopened) or once sent.
 * From the grid, `rowVersion` is the version it loaded (null: no table yet); a save made after
 * someone else's is refused as stale with their table (row-version.ts).
 */
export async function saveMyRegistration(
  actor: Actor,
  planId: string,
  rows: RegistrationRowInput[],
  now = new Date(),
  rowVersion?: number | null,
  askedYear?: number,
) {
  const scope = writeScope(actor, "registration.write");
  return db().$transaction(async (tx) => {
    const plan = await participatingPlan(tx, actor, planId);
    const { years, year } = registrationYearsOf(plan, askedYear, now);
    await lockRegistration(tx, planId, scope.unitId);
    const before = await tx.registration.findUnique({
      where: { planId_unitId_year: { planId, unitId: scope.unitId, year } },
      include: { rows: { orderBy: { position: "asc" } } },
    });
    checkRowVersionOrNew(before, rowVersion, registrationFormValues);
    const window = windowOf(plan, { years, year }, before?.reopenedUntil ?? null, now);
    if (!window.open) throw conflict(window.reason);
    if (before && !canEditRegistration(before.status))
      throw conflict("Bản đăng ký đã gửi, không sửa được nữa. Nếu cần sửa, đề nghị đơn vị ban hành kế hoạch trả lại.");

    const allowed = new Set(plan.registrationItems);
    const orgIds = [...new Set(rows.map((r) => r.organisationId).filter((v): v is string => Boolean(v)))];
    const personIds = [...new Set(rows.map((r) => r.personId).filter((v): v is string => Boolean(v)))];
    const orgs = await tx.organisation.findMany({
      where: { id: { in: orgIds }, ...scope },
      select: { id: true, name: true },
    });
    const people = await tx.person.findMany({
      where: { id: { in: personIds }, ...scope },
      select: { id: true, fullName: true },
    });
    const fieldErrors: Record<string, string> = {};
    rows.forEach((r, i) => {
      if (r.organisationId && !orgs.some((o) => o.id === r.organisationId))
        fieldErrors[`rows.${i}.kind`] = "Tổ chức không thuộc đơn vị.";
      if (r.personId && !people.some((p) => p.id === r.personId))
        fieldErrors[`rows.${i}.kind`] = "Người này không thuộc đơn vị.";
      if (r.items.some((c) => !allowed.has(c)))
        fieldErrors[`rows.${i}.items`] = "Kế hoạch không nhận đăng ký danh hiệu, hình thức này.";
    });
    const duplicates = rows
      .map((r) => r.personId ?? r.organisationId ?? "self")
      .filter((k, i, all) => all.indexOf(k) !== i);
    if (duplicates.length) fieldErrors.rows = "Mỗi tập thể, cá nhân chỉ đăng ký một dòng.";
    if (Object.keys(fieldErrors).length) throw invalid("Bảng đăng ký có dòng chưa hợp lệ.", fieldErrors);

    // Two officers saving a first draft at once: upsert, so the second does not fail on the unique key.
    const registration =
      before ??
      (await tx.registration.upsert({
        where: { planId_unitId_year: { planId, unitId: scope.unitId, year } },
        create: { planId, unitId: scope.unitId, year },
        update: {},
      }));
    if (before) await tx.registration.update({ where: { id: before.id }, data: BUMP_ROW_VERSION });
    await tx.registrationRow.deleteMany({ where: { registrationId: registration.id } });
    await tx.registrationRow.createMany({
      data: rows.map((r, position) => ({
        registrationId: registration.id,
        position,
        kind: r.kind,
        organisationId: r.organisationId ?? null,
        personId: r.personId ?? null,
        label: r.personId
          ? people.find((p) => p.id === r.personId)!.fullName
          : r.organisationId
            ? orgs.find((o) => o.id === r.organisationId)!.name
            : actor.unit.name,
        items: r.items,
        commitment: r.commitment,
      })),
    });
    await recordAudit(tx, actor, {
      entity: "Registration",
      entityId: registration.id,
      action: before ? "UPDATE" : "CREATE",
      before: before ? { rows: before.rows.map((r) => ({ label: r.label, items: r.items })) } : undefined,
      after: {
        planId,
        year,
        rows: rows.map((r) => ({ personId: r.personId, organisationId: r.organisationId, items: r.items })),
      },
    });
    return registration.id;
  });
}

/** Sends the year's table to the issuing unit. */
export async function sendMyRegistration(actor: Actor, planId: string, now = new Date(), askedYear?: number) {
  const scope = writeScope(actor, "registration.write");
  await db().$transaction(async (tx) => {
    const plan = await participatingPlan(tx, actor, planId);
    const { years, year } = registrationYearsOf(plan, askedYear, now);
    await lockRegistration(tx, planId, scope.unitId);
    const reg = await tx.registration.findUnique({
      where: { planId_unitId_year: { planId, unitId: scope.unitId, year } },
      include: { _count: { select: { rows: true } } },
    });
    if (!reg || reg._count.rows === 0) throw conflict("Bảng đăng ký chưa có dòng nào.");
    const window = windowOf(plan, { years, year }, reg.reopenedUntil, now);
    if (!window.open) throw conflict(window.reason);
    const decision = decideRegistration("send", reg.status);
    if (!decision.ok) throw conflict(decision.reason);
    await tx.registration.update({
      where: { id: reg.id },
      data: { status: decision.to, sentAt: now, returnReason: null },
    });
    await recordAudit(tx, actor, {
      entity: "Registration",
      entityId: reg.id,
      action: "UPDATE",
      before: { status: reg.status },
      after: { status: decision.to },
    });
  });
}

/**
 * When the plan was cascaded from a higher unit's plan, the issuing unit forwards what its units
 * registered (approved registrations only) as its own registration for the higher plan, for the
 * items the higher plan opens. It stays unsent, so the unit reviews it before sending it up. Year by
 * year where the plans are registered yearly (`year`: absent, this year's).
 */
export async function forwardRegistrations(actor: Actor, planId: string, now = new Date(), askedYear?: number) {
  const scope = writeScope(actor, "registration.write");
  return db().$transaction(async (tx) => {
    const plan = await ownPlan(tx, actor, planId);
    const source = await tx.plan.findUnique({ where: { id: plan.id }, select: { parentPlanId: true } });
    if (!source?.parentPlanId)
      throw conflict("Kế hoạch này không xây dựng từ kế hoạch cấp trên nên không có nơi gửi tổng hợp.");
    const parent = await participatingPlan(tx, actor, source.parentPlanId);
    const own = await participatingPlan(tx, actor, plan.id);
    const { year } = registrationYearsOf(own, askedYear, now);
    const parentYears = registrationYearsOf(parent, year, now);
    const existing = await tx.registration.findUnique({
      where: { planId_unitId_year: { planId: parent.id, unitId: scope.unitId, year: parentYears.year } },
    });
    const window = windowOf(parent, parentYears, existing?.reopenedUntil ?? null, now);
    if (!window.open) throw conflict(window.reason);
    if (existing && !canEditRegistration(existing.status))
      throw conflict("Bản tổng hợp gửi cấp trên đã gửi đi, không ghi đè được.");
    const approved = await tx.registration.findMany({
      where: { planId: plan.id, year, status: "APPROVED" },
      include: { unit: { select: { name: true } }, rows: { orderBy: { position: "asc" } } },
    });
    const open = new Set(parent.registrationItems);
    const rows = approved.flatMap((r) =>
      r.rows
        .map((row) => ({
          ...row,
          items: row.items.filter((c) => open.has(c)),
          label: r.unitId === scope.unitId ? row.label : `${row.label} (${r.unit.name})`,
        }))
        .filter((row) => row.items.length > 0),
    );
    const registration =
      existing ??
      (await tx.registration.create({ data: { planId: parent.id, unitId: scope.unitId, year: parentYears.year } }));
    await tx.registrationRow.deleteMany({ where: { registrationId: registration.id } });
    await tx.registrationRow.createMany({
      data: rows.map((row, position) => ({
        registrationId: registration.id,
        position,
        kind: row.kind,
        organisationId: row.organisationId,
        personId: row.personId,
        label: row.label,
        items: row.items,
        commitment: row.commitment,
      })),
    });
    await recordAudit(tx, actor, {
      entity: "Registration",
      entityId: registration.id,
      action: existing ? "UPDATE" : "CREATE",
      after: { forwardedFrom: plan.id, rows: rows.length },
    });
    return { parentPlanId: parent.id, rows: rows.length };
  });
}
