import "server-only";
import type { Tx } from "@/server/db/client";
import { formatViDate, parseIsoDate, todayInVietnam } from "@/lib/dates";
import { notify } from "./notify";

/**
 * The notices of events whose recipients take a query to find (the units below an issuing unit,
 * the members of a council). Each is one call from the data function of the event, inside its
 * transaction, with the id of the row that function has just read through the wall.
 */

function planName(p: { number: string | null; symbol: string; title: string }) {
  return p.number ? `Kế hoạch số ${p.number}/${p.symbol} "${p.title}"` : `kế hoạch "${p.title}"`;
}

/** A plan issued: each unit directly below the issuing unit (still in force) registers for it and builds its own. */
export async function notifyPlanIssued(tx: Tx, planId: string) {
  const today = parseIsoDate(todayInVietnam());
  const plan = await tx.plan.findUniqueOrThrow({
    where: { id: planId },
    select: {
      number: true,
      symbol: true,
      title: true,
      registrationDeadline: true,
      unit: {
        select: {
          name: true,
          children: { where: { OR: [{ validTo: null }, { validTo: { gte: today } }] }, select: { id: true } },
        },
      },
    },
  });
  const due = plan.registrationDeadline ? ` Hạn đăng ký thi đua: ${formatViDate(plan.registrationDeadline)}.` : "";
  for (const unit of plan.unit.children)
    await notify(tx, {
      unitId: unit.id,
      kind: "PLAN_ISSUED",
      text: `${plan.unit.name} ban hành ${planName(plan)}.${due}`,
      link: `/ke-hoach/${planId}`,
    });
}

/** A registration returned or approved, to the unit that sent it. */
export async function notifyRegistrationReviewed(tx: Tx, registrationId: string) {
  const reg = await tx.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      unitId: true,
      status: true,
      returnReason: true,
      plan: { select: { id: true, number: true, symbol: true, title: true } },
    },
  });
  const returned = reg.status === "RETURNED";
  await notify(tx, {
    unitId: reg.unitId,
    kind: returned ? "REGISTRATION_RETURNED" : "REGISTRATION_APPROVED",
    text: returned
      ? `Bảng đăng ký thi đua theo ${planName(reg.plan)} bị trả lại: ${reg.returnReason ?? ""}`
      : `Bảng đăng ký thi đua theo ${planName(reg.plan)} đã được duyệt.`,
    link: `/ke-hoach/${reg.plan.id}/dang-ky`,
  });
}

/** The members who vote online at a meeting: present, and not marked to vote on paper. */
async function onlineVoters(tx: Tx, meetingId: string) {
  const meeting = await tx.councilMeeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      unitId: true,
      heldOn: true,
      attendance: { where: { present: true, onPaper: false }, select: { member: { select: { userId: true } } } },
    },
  });
  return { ...meeting, userIds: meeting.attendance.map((a) => a.member.userId) };
}

/** The ballot opened: each member who votes online is asked in person, with one click to the ballot. */
export async function notifyBallotOpened(tx: Tx, meetingId: string) {
  const m = await onlineVoters(tx, meetingId);
  await notify(tx, {
    unitId: m.unitId,
    userIds: m.userIds,
    kind: "BALLOT_OPENED",
    text: `Phiên họp Hội đồng ngày ${formatViDate(m.heldOn)} đã mở bỏ phiếu: mời anh/chị bỏ phiếu.`,
    link: `/hoi-dong/phien-hop/${meetingId}`,
  });
}

/** The ballot closed and counted: each member of the council is told the results are out. */
export async function notifyBallotClosed(tx: Tx, meetingId: string) {
  const meeting = await tx.councilMeeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { unitId: true, heldOn: true, council: { select: { members: { select: { userId: true } } } } },
  });
  await notify(tx, {
    unitId: meeting.unitId,
    userIds: meeting.council.members.map((m) => m.userId),
    kind: "BALLOT_CLOSED",
    text: `Phiên họp Hội đồng ngày ${formatViDate(meeting.heldOn)} đã kết thúc bỏ phiếu; kết quả đã kiểm.`,
    link: `/hoi-dong/phien-hop/${meetingId}`,
  });
}
