import "server-only";
import { db } from "@/server/db/client";
import type { ReminderKind } from "@/generated/prisma/client";
import {
  BALLOT_REMINDER_AFTER_MS,
  BALLOT_REMINDER_WITHIN_MS,
  daysLeft,
  leftInWords,
  reminderStep,
  unitsOwingDossiers,
} from "@/domain/notifications/reminders";
import { registrationDeadlineOf, registrationYears } from "@/domain/plans/rounds";
import { formatViDate, parseIsoDate, toIsoDate, todayInVietnam } from "@/lib/dates";
import { notify, type Notice } from "./notify";

/**
 * The reminder scan, run by the worker (src/server/jobs) on a schedule: registration and dossier
 * deadlines 7, 3 and 1 days ahead to the units that have not sent, and an open ballot to the
 * members who have not voted. It is the installation's own job, not a user's: it reads every
 * unit's deadlines and writes each reminder to the unit (or member) it concerns. Each reminder is
 * a ReminderSent row with a unique key, inserted in the transaction that writes the notice, so
 * however many instances scan at once, each goes out exactly once.
 */

/** Plans whose deadlines still run (a closed plan reminds nobody). */
const OPEN_PLANS: ("ISSUED" | "IN_PROGRESS")[] = ["ISSUED", "IN_PROGRESS"];

type Key = { kind: ReminderKind; subjectId: string; daysBefore: number; recipient: string };

/** Writes the notice if this reminder has not been sent; false when another scan sent it first. */
async function once(key: Key, notice: Notice): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.reminderSent.createMany({ data: [key], skipDuplicates: true });
    if (count) await notify(tx, notice);
    return count > 0;
  });
}

const inForce = (today: string) => ({ OR: [{ validTo: null }, { validTo: { gte: parseIsoDate(today) } }] });

function planName(p: { number: string | null; symbol: string; title: string }) {
  return p.number ? `Kế hoạch số ${p.number}/${p.symbol} "${p.title}"` : `kế hoạch "${p.title}"`;
}

/**
 * A plan given yearly is registered for year by year, each year by the plan's day moved to that
 * year ("trước ngày 31/01 hằng năm", registrations.ts); any other plan once, by its deadline. The
 * reminder's subject is the plan for its first year (as before yearly registration) and
 * "<plan>@<year>" for the later ones.
 */
async function registrationReminders(today: string, horizon: Date): Promise<number> {
  const plans = await db().plan.findMany({
    where: {
      status: { in: OPEN_PLANS },
      OR: [
        { registrationDeadline: { gte: parseIsoDate(today), lte: horizon } },
        {
          registrationDeadline: { not: null },
          periodTo: { gte: parseIsoDate(today) },
          awardForms: { some: { recurrence: { in: ["YEARLY", "YEARLY_AND_REVIEWS"] } } },
        },
      ],
    },
    select: {
      id: true,
      number: true,
      symbol: true,
      title: true,
      periodFrom: true,
      periodTo: true,
      registrationDeadline: true,
      awardForms: { select: { recurrence: true } },
      registrations: { where: { status: { in: ["SENT", "APPROVED"] } }, select: { unitId: true, year: true } },
      unit: { select: { children: { where: inForce(today), select: { id: true } } } },
    },
  });
  const last = toIsoDate(horizon);
  let sent = 0;
  for (const plan of plans) {
    const years = registrationYears(
      { periodFrom: toIsoDate(plan.periodFrom), periodTo: toIsoDate(plan.periodTo) },
      plan.awardForms.map((f) => f.recurrence),
    );
    for (const year of years) {
      const planDay = toIsoDate(plan.registrationDeadline!);
      const deadline = registrationDeadlineOf(planDay, year, years)!;
      const step = deadline <= last ? reminderStep(deadline, today) : null;
      if (!step) continue;
      // Registered once for the whole plan unless it is registered year by year.
      const done = new Set(
        plan.registrations.filter((r) => years.length === 1 || r.year === year).map((r) => r.unitId),
      );
      const subjectId = year === years[0] ? plan.id : `${plan.id}@${year}`;
      const yearWords = years.length > 1 ? ` năm ${year}` : "";
      for (const unit of plan.unit.children.filter((u) => !done.has(u.id))) {
        const text = `Đăng ký thi đua${yearWords} theo ${planName(plan)}: ${leftInWords(daysLeft(deadline, today))} (hạn ${formatViDate(deadline)}); đơn vị chưa gửi bảng đăng ký.`;
        const key = { kind: "REGISTRATION_DEADLINE" as const, subjectId, daysBefore: step, recipient: unit.id };
        if (
          await once(key, {
            unitId: unit.id,
            kind: "DEADLINE_APPROACHING",
            text,
            link: `/ke-hoach/${plan.id}/dang-ky${years.length > 1 ? `?nam=${year}` : ""}`,
          })
        )
          sent++;
      }
    }
  }
  return sent;
}

/**
 * Dossier deadlines are the rounds' (đợt): a form given yearly is due "trước ngày 15/12 hằng năm",
 * each year's round on its own day, with its own allocations and batches. The rounds of a plan due
 * on the same day remind a unit once. The reminder's subject is the plan for its own dossier
 * deadline (every plan given once, as before rounds, so a reminder sent then is not sent again) and
 * "<plan>@<day>" for a round's own day.
 */
async function dossierReminders(today: string, horizon: Date): Promise<number> {
  const rounds = await db().awardRound.findMany({
    where: {
      dossierDeadline: { gte: parseIsoDate(today), lte: horizon },
      awardForm: { plan: { status: { in: OPEN_PLANS } } },
    },
    select: {
      dossierDeadline: true,
      allocations: { select: { unitId: true, quantity: true } },
      batches: { select: { unitId: true, status: true } },
      awardForm: {
        select: {
          plan: {
            select: {
              id: true,
              number: true,
              symbol: true,
              title: true,
              dossierDeadline: true,
              dossierExtensions: { select: { unitId: true } },
            },
          },
        },
      },
    },
  });
  const due = new Map<
    string,
    { plan: (typeof rounds)[number]["awardForm"]["plan"]; deadline: string; rounds: typeof rounds }
  >();
  for (const round of rounds) {
    const plan = round.awardForm.plan;
    const deadline = toIsoDate(round.dossierDeadline!);
    const subject =
      plan.dossierDeadline && toIsoDate(plan.dossierDeadline) === deadline ? plan.id : `${plan.id}@${deadline}`;
    const entry = due.get(subject) ?? { plan, deadline, rounds: [] };
    entry.rounds.push(round);
    due.set(subject, entry);
  }
  let sent = 0;
  for (const [subjectId, { plan, deadline, rounds: ofDay }] of due) {
    const step = reminderStep(deadline, today);
    if (!step) continue;
    const owing = unitsOwingDossiers(ofDay, new Set(plan.dossierExtensions.map((e) => e.unitId)));
    for (const unitId of owing) {
      const text = `Hồ sơ đề nghị khen thưởng theo ${planName(plan)}: ${leftInWords(daysLeft(deadline, today))} (hạn ${formatViDate(deadline)}); đơn vị chưa gửi tờ trình.`;
      const key = { kind: "DOSSIER_DEADLINE" as const, subjectId, daysBefore: step, recipient: unitId };
      if (await once(key, { unitId, kind: "DEADLINE_APPROACHING", text, link: "/de-nghi" })) sent++;
    }
  }
  return sent;
}

async function ballotReminders(now: Date): Promise<number> {
  const meetings = await db().councilMeeting.findMany({
    where: {
      status: "BALLOT_OPEN",
      ballotOpenedAt: {
        gte: new Date(now.getTime() - BALLOT_REMINDER_WITHIN_MS),
        lte: new Date(now.getTime() - BALLOT_REMINDER_AFTER_MS),
      },
    },
    select: {
      id: true,
      unitId: true,
      heldOn: true,
      attendance: {
        where: { present: true, onPaper: false },
        select: { memberId: true, member: { select: { userId: true } } },
      },
      items: { select: { receipts: { select: { memberId: true } } } },
    },
  });
  let sent = 0;
  for (const meeting of meetings) {
    const yetToVote = meeting.attendance.filter((a) =>
      meeting.items.some((item) => !item.receipts.some((r) => r.memberId === a.memberId)),
    );
    for (const a of yetToVote) {
      const key = { kind: "BALLOT_OPEN" as const, subjectId: meeting.id, daysBefore: 0, recipient: a.member.userId };
      const notice: Notice = {
        unitId: meeting.unitId,
        userIds: [a.member.userId],
        kind: "DEADLINE_APPROACHING",
        text: `Phiên họp Hội đồng ngày ${formatViDate(meeting.heldOn)} đang mở bỏ phiếu; anh/chị chưa bỏ phiếu xong.`,
        link: `/hoi-dong/phien-hop/${meeting.id}`,
      };
      if (await once(key, notice)) sent++;
    }
  }
  return sent;
}

/** One scan at `now`: returns how many reminders this scan sent (others may have been sent by another instance). */
export async function scanReminders(now = new Date()) {
  const today = todayInVietnam(now);
  const horizon = new Date(parseIsoDate(today).getTime() + 7 * 86_400_000);
  return {
    registrations: await registrationReminders(today, horizon),
    dossiers: await dossierReminders(today, horizon),
    ballots: await ballotReminders(now),
  };
}
