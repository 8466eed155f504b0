import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { daysBefore, task, type Task } from "@/domain/tasks/task";
import { openRound, registrationDeadlineOf, registrationYears } from "@/domain/plans/rounds";
import { parseIsoDate, toIsoDate, todayInVietnam } from "@/lib/dates";
import {
  isDirectlyAboveMyUnit,
  ownedByMyUnit,
  plansIssuedByMyUnit,
  plansPublishedByMyUnitOrAbove,
  plansPublishedByUnitDirectlyAboveMe,
} from "../scope";

/**
 * The officer's board (whoever prepares the unit's registrations and proposals): registrations
 * and dossiers due with the days left, returned registrations and tờ trình, plans of the unit
 * above issued lately that the unit has not built its own plan from. One query, on plans.
 */

/** How long after its issue a plan of the unit above stays on the board as one to build from. */
const CASCADE_DAYS = 60;

const planName = (p: { number: string | null; symbol: string; title: string }) =>
  p.number ? `Kế hoạch số ${p.number}/${p.symbol} "${p.title}"` : `kế hoạch "${p.title}"`;

/** " (the reviewer's latest reason)", or nothing when none was given. */
function lastReason(events: { comment: string; at: Date }[]): string {
  const reason = [...events].sort((a, b) => b.at.getTime() - a.at.getTime())[0]?.comment;
  return reason ? ` (${reason})` : "";
}

export async function officerTasks(actor: Actor, now = new Date()): Promise<Task[]> {
  const registers = can(actor.roles, "registration.write");
  const proposes = can(actor.roles, "nomination.write");
  if (!registers && !proposes) return [];
  const today = todayInVietnam(now);
  const fromToday = { gte: parseIsoDate(today) };
  const mine = ownedByMyUnit(actor);
  const plans = await db().plan.findMany({
    where: {
      OR: [
        ...(registers
          ? [
              { ...plansPublishedByUnitDirectlyAboveMe(actor), registrationDeadline: fromToday },
              // Registered for year by year (a form given yearly): a later year's day may be ahead.
              {
                ...plansPublishedByUnitDirectlyAboveMe(actor),
                registrationDeadline: { not: null },
                periodTo: fromToday,
                awardForms: { some: { recurrence: { in: ["YEARLY" as const, "YEARLY_AND_REVIEWS" as const] } } },
              },
              {
                ...plansPublishedByMyUnitOrAbove(actor),
                registrations: { some: { ...mine, status: "RETURNED" as const } },
              },
            ]
          : []),
        ...(can(actor.roles, "plan.write")
          ? [
              {
                ...plansPublishedByUnitDirectlyAboveMe(actor),
                issuedOn: { gte: parseIsoDate(daysBefore(today, CASCADE_DAYS)) },
              },
            ]
          : []),
        ...(proposes
          ? [
              {
                ...plansPublishedByMyUnitOrAbove(actor),
                // Each round is due on its own day ("trước ngày 15/12 hằng năm"), not the plan's.
                awardForms: {
                  some: {
                    rounds: {
                      some: { dossierDeadline: fromToday, allocations: { some: { ...mine, quantity: { gt: 0 } } } },
                    },
                  },
                },
              },
              {
                ...plansPublishedByMyUnitOrAbove(actor),
                awardForms: { some: { batches: { some: { ...mine, status: "RETURNED" as const } } } },
              },
            ]
          : []),
      ],
    },
    select: {
      id: true,
      number: true,
      symbol: true,
      title: true,
      unitId: true,
      registrationDeadline: true,
      periodFrom: true,
      periodTo: true,
      issuedOn: true,
      unit: { select: { name: true } },
      registrations: { where: mine, select: { year: true, status: true, returnReason: true } },
      children: { where: plansIssuedByMyUnit(actor), select: { id: true } },
      dossierExtensions: { where: mine, select: { until: true } },
      awardForms: {
        select: {
          id: true,
          name: true,
          recurrence: true,
          rounds: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              label: true,
              periodTo: true,
              dossierDeadline: true,
              allocations: { where: mine, select: { quantity: true } },
              batches: {
                where: mine,
                select: {
                  id: true,
                  status: true,
                  // Why it came back: the reviewer's reason, kept on the batch's history.
                  events: { where: { action: "RETURNED" }, select: { comment: true, at: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  const tasks: Task[] = [];
  for (const plan of plans) {
    const unitName = plan.unit.name;
    // A plan given yearly is registered for year by year, each by the plan's day in that year
    // ("trước ngày 31/01 hằng năm", registrations.ts); any other plan once, by its own day.
    const years = registrationYears(
      { periodFrom: toIsoDate(plan.periodFrom), periodTo: toIsoDate(plan.periodTo) },
      plan.awardForms.map((f) => f.recurrence),
    );
    const yearly = years.length > 1;
    const planDay = plan.registrationDeadline ? toIsoDate(plan.registrationDeadline) : null;
    const dayOf = (year: number) => registrationDeadlineOf(planDay, year, years);
    const pageOf = (year: number) => `/ke-hoach/${plan.id}/dang-ky${yearly ? `?nam=${year}` : ""}`;
    const sentFor = (year: number) =>
      plan.registrations.some((r) => (!yearly || r.year === year) && /SENT|APPROVED/.test(r.status));
    const registration = plan.registrations.find((r) => r.status === "RETURNED");
    const dueYear = years.find((y) => (dayOf(y) ?? "") >= today && !sentFor(y));
    const fromAbove = isDirectlyAboveMyUnit(actor, plan.unitId);
    if (registers && registration)
      tasks.push(
        task(
          {
            key: `registration-returned:${plan.id}`,
            what: `Sửa và gửi lại bảng đăng ký thi đua${yearly ? ` năm ${registration.year}` : ""} (bị trả lại: ${registration.returnReason ?? ""}) — ${planName(plan)}`,
            unitName,
            due: dayOf(registration.year),
            href: pageOf(registration.year),
            menu: "/ke-hoach",
            urgent: true,
          },
          today,
        ),
      );
    else if (fromAbove && registers && dueYear !== undefined && planDay)
      tasks.push(
        task(
          {
            key: dueYear === years[0] ? `registration-due:${plan.id}` : `registration-due:${plan.id}@${dueYear}`,
            what: `Gửi bảng đăng ký thi đua${yearly ? ` năm ${dueYear}` : ""} — ${planName(plan)}`,
            unitName,
            due: dayOf(dueYear),
            href: pageOf(dueYear),
            menu: "/ke-hoach",
          },
          today,
        ),
      );
    const recent = plan.issuedOn && toIsoDate(plan.issuedOn) >= daysBefore(today, CASCADE_DAYS);
    if (can(actor.roles, "plan.write") && fromAbove && recent && !plan.children.length)
      tasks.push(
        task(
          {
            key: `cascade:${plan.id}`,
            what: `Xây dựng kế hoạch của đơn vị theo ${planName(plan)}`,
            unitName,
            due: null,
            href: `/ke-hoach/${plan.id}`,
            menu: "/ke-hoach",
          },
          today,
        ),
      );
    if (!proposes) continue;
    const extension = plan.dossierExtensions[0]?.until;
    for (const form of plan.awardForms) {
      // A unit's extension stands in for every round's day (as submitting reads it, batches.ts).
      const rounds = form.rounds.map((r) => ({
        ...r,
        periodTo: toIsoDate(r.periodTo),
        dossierDeadline: extension ? toIsoDate(extension) : r.dossierDeadline ? toIsoDate(r.dossierDeadline) : null,
      }));
      const named = (r: { label: string }) => (rounds.length > 1 ? `"${form.name}" (${r.label})` : `"${form.name}"`);
      for (const round of rounds) {
        const returned = round.batches.find((b) => b.status === "RETURNED");
        if (returned)
          tasks.push(
            task(
              {
                key: `batch-returned:${returned.id}`,
                what: `Sửa và gửi lại tờ trình ${named(round)} bị trả lại${lastReason(returned.events)} — ${planName(plan)}`,
                unitName,
                due: round.dossierDeadline,
                href: `/de-nghi/${returned.id}`,
                menu: "/de-nghi",
                urgent: true,
              },
              today,
            ),
          );
      }
      // Of the rounds the unit was given places in and has sent nothing for, the one due next.
      const owed = rounds.filter(
        (r) =>
          r.dossierDeadline &&
          r.allocations.some((a) => a.quantity > 0) &&
          !r.batches.some((b) => /SUBMITTED|ACCEPTED|RETURNED/.test(b.status)),
      );
      const round = openRound(owed, today);
      if (round) {
        const draft = round.batches.find((b) => b.status === "DRAFT");
        tasks.push(
          task(
            {
              key: `dossier-due:${round.id}`,
              what: `Gửi tờ trình, hồ sơ đề nghị ${named(round)} — ${planName(plan)}`,
              unitName,
              due: round.dossierDeadline,
              href: draft ? `/de-nghi/${draft.id}` : "/de-nghi",
              menu: "/de-nghi",
            },
            today,
          ),
        );
      }
    }
  }
  return tasks;
}
