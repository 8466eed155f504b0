import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { conflict, invalid, notFound } from "@/domain/errors";
import { ballotOpenProblems, moveMeeting, quorumRequired, quorumText } from "@/domain/council/rules";
import { parseIsoDate, toIsoDate, todayInVietnam } from "@/lib/dates";
import type { z } from "zod";
import type { ZMeetingInput, ZObjection, ZObjectionAnswer } from "@/schemas/council";
import { isMyUnit, nomineesBeforeMyCouncil, ownedByMyUnit, plansPublishedByMyUnitOrAbove, writeScope } from "./scope";
import { recordAudit } from "./audit";
import { lockCouncil } from "./locks";
import {
  meetingFor,
  mySeat,
  paperSeatIds,
  presentSeatIds,
  requireSecretary,
  seatsOn,
  sessionRunnerProblemOf,
} from "./meeting-access";
import { itemsAsSeen, recuseFromOwnItems } from "./ballot";
import { setUpBox } from "./ballot-box";
import { checkPaper } from "./paper-voters";
import { councilRulesOn } from "./council-effective-rules";
import { notifyBallotOpened } from "./notifications/events";

/**
 * Council meetings up to their ballot: scheduling with the agenda, disclosure and objections, the
 * session with who is present and who votes on paper (marking them later is in paper-voters.ts,
 * re-exported here with the other steps), and opening the ballot with its sealed box. The ballot
 * itself — votes, paper ballots, written opinions, counts and closing — is in ballot.ts, under its
 * secrecy invariant.
 */
export { markPaperVoters } from "./paper-voters";

/**
 * What a meeting on `planId` puts on its agenda. For the unit's own plan: every nominee its reviewer
 * accepted. For a plan of a unit above (a proposal upward, e.g. a commune proposing for the district
 * chair's Giấy khen): the unit's own nominees still in a draft or returned batch, so the council
 * votes before the batch goes up. Either way, nominees this unit's council has not yet had.
 */
function agendaWhere(actor: Actor, plan: { id: string; unitId: string }): Prisma.NomineeWhereInput {
  const notYet = { NOT: nomineesBeforeMyCouncil(actor) };
  return isMyUnit(actor, plan.unitId)
    ? { batch: { planId: plan.id, status: "ACCEPTED" }, ...notYet }
    : { batch: { planId: plan.id, ...ownedByMyUnit(actor), status: { in: ["DRAFT", "RETURNED"] } }, ...notYet };
}

/** Published plans of the unit and of the units above, with how many nominees wait for this council. */
export async function listSchedulablePlans(actor: Actor) {
  writeScope(actor, "council.manage");
  const plans = await db().plan.findMany({
    where: plansPublishedByMyUnitOrAbove(actor),
    orderBy: { issuedOn: "desc" },
    select: { id: true, title: true, unitId: true, number: true, symbol: true, unit: { select: { name: true } } },
  });
  const waiting = await Promise.all(plans.map((p) => db().nominee.count({ where: agendaWhere(actor, p) })));
  return plans.map((p, i) => ({ ...p, upward: !isMyUnit(actor, p.unitId), waiting: waiting[i]! }));
}

export async function listMeetings(actor: Actor) {
  const scope = writeScope(actor, "council.read");
  const meetings = await db().councilMeeting.findMany({
    where: scope,
    orderBy: { heldOn: "desc" },
    include: { plan: { select: { title: true } } },
  });
  // Counted for these meetings only: Prisma's `_count` joins a count of every tenant's agenda items.
  const counts = await db().meetingItem.groupBy({
    by: ["meetingId"],
    where: { meetingId: { in: meetings.map((m) => m.id) } },
    _count: { _all: true },
  });
  const itemsOf = new Map(counts.map((c) => [c.meetingId, c._count._all]));
  return meetings.map((m) => ({ ...m, itemCount: itemsOf.get(m.id) ?? 0 }));
}

/**
 * The meeting as the actor may see it: counts only once the ballot is closed; the actor's own
 * receipts (what he has voted on, not how) while it is open.
 */
export async function findMeeting(actor: Actor, meetingId: string) {
  const { items: rows, ...meeting } = await meetingFor(db(), actor, meetingId);
  const seat = mySeat(meeting, actor);
  const present = presentSeatIds(meeting);
  const paper = paperSeatIds(meeting);
  const items = itemsAsSeen(meeting, rows, seat);
  return {
    meeting,
    items,
    seats: seatsOn(meeting),
    seat,
    present,
    /** Present members who vote on paper (the secretary enters their ballots). */
    paper,
    /** What the actor's ballot paper holds now: the items he has not voted on, if he is a present member voting online and the ballot is open. */
    myBallot:
      meeting.status === "BALLOT_OPEN" && seat && present.has(seat.id) && !paper.has(seat.id)
        ? items.filter((i) => i.myReceipt === null)
        : [],
    /**
     * The actor runs the session: the secretary, or the quy chế's stand-in while no secretary is
     * present (before the opening, as if the secretary were absent: the opening itself checks).
     */
    isSecretary:
      sessionRunnerProblemOf(
        meeting,
        actor,
        meeting.status === "SCHEDULED"
          ? new Set(
              seatsOn(meeting)
                .filter((s) => s.role !== "THU_KY")
                .map((s) => s.id),
            )
          : present,
      ) === null,
    canManage: can(actor.roles, "council.manage"),
    /** The meeting votes on the unit's proposals to a plan above (its minutes go up with them). */
    upward: meeting.plan.unitId !== meeting.unitId,
  };
}

/** Schedules a meeting for a plan (the unit's own, or one above it for a proposal upward) with its agenda. */
export async function scheduleMeeting(actor: Actor, input: z.output<typeof ZMeetingInput>) {
  const scope = writeScope(actor, "council.manage");
  return db().$transaction(async (tx) => {
    // One scheduling at a time per council: two managers at once would put the same nominees on two agendas.
    await lockCouncil(tx, scope.unitId);
    const council = await tx.council.findUnique({
      where: { unitId: scope.unitId },
      include: { thresholds: true },
    });
    // A plain count of this council's members, not Prisma's `_count` (a count of every council's members).
    const members = council ? await tx.councilMember.count({ where: { councilId: council.id } }) : 0;
    if (!council || members === 0) throw conflict("Đơn vị chưa có Hội đồng với thành viên: lập Hội đồng trước.");
    const plan = await tx.plan.findFirst({
      where: { id: input.planId, ...plansPublishedByMyUnitOrAbove(actor) },
      select: { id: true, unitId: true },
    });
    if (!plan) throw invalid("Kế hoạch không thuộc đơn vị hoặc cấp trên.", { planId: "Chọn kế hoạch đã ban hành." });
    const nominees = await tx.nominee.findMany({
      where: agendaWhere(actor, plan),
      orderBy: [
        { batch: { awardForm: { position: "asc" } } },
        { batch: { unit: { name: "asc" } } },
        { position: "asc" },
      ],
      include: {
        batch: {
          select: { unit: { select: { name: true } }, awardForm: { select: { name: true, catalogueCode: true } } },
        },
      },
    });
    if (nominees.length === 0) {
      throw conflict(
        isMyUnit(actor, plan.unitId)
          ? "Chưa có hồ sơ nào được thẩm định chấp nhận mà chưa đưa ra Hội đồng."
          : "Đơn vị chưa có tờ trình đang soạn cho kế hoạch này có người, tập thể chưa đưa ra Hội đồng.",
      );
    }
    // Each item's threshold is fixed now, from the rules in force on the meeting's day.
    const rulesFor = await councilRulesOn(tx, actor, council, input.heldOn);
    const meeting = await tx.councilMeeting.create({
      data: {
        unitId: scope.unitId,
        councilId: council.id,
        planId: plan.id,
        heldOn: parseIsoDate(input.heldOn),
        startTime: input.startTime,
        location: input.location,
        disclosureFrom: input.disclosureFrom ? parseIsoDate(input.disclosureFrom) : null,
        disclosureTo: input.disclosureTo ? parseIsoDate(input.disclosureTo) : null,
        items: {
          create: nominees.map((n, position) => {
            const { value: t, basis } = rulesFor(n.batch.awardForm.catalogueCode).threshold;
            return {
              nomineeId: n.id,
              label: n.label,
              unitName: n.batch.unit.name,
              formName: n.batch.awardForm.name,
              position,
              thresholdPercent: t.percent,
              thresholdStrict: t.strict,
              thresholdBasis: basis,
            };
          }),
        },
      },
    });
    await recordAudit(tx, actor, {
      entity: "CouncilMeeting",
      entityId: meeting.id,
      action: "CREATE",
      after: { ...meeting, nominees: nominees.length },
    });
    return meeting;
  });
}

export async function recordObjection(actor: Actor, meetingId: string, input: z.output<typeof ZObjection>) {
  writeScope(actor, "council.manage");
  await db().$transaction(async (tx) => {
    const meeting = await meetingFor(tx, actor, meetingId, true);
    if (meeting.status === "BALLOT_OPEN" || meeting.status === "BALLOT_CLOSED")
      throw conflict("Đã bỏ phiếu: không ghi thêm phản ánh cho phiên họp này.");
    const row = await tx.objection.create({
      data: { meetingId: meeting.id, text: input.text, receivedOn: parseIsoDate(input.receivedOn) },
    });
    await recordAudit(tx, actor, { entity: "Objection", entityId: row.id, action: "CREATE", after: row });
  });
}

export async function answerObjection(actor: Actor, objectionId: string, input: z.output<typeof ZObjectionAnswer>) {
  const scope = writeScope(actor, "council.manage");
  await db().$transaction(async (tx) => {
    const before = await tx.objection.findFirst({ where: { id: objectionId, meeting: scope } });
    if (!before) throw notFound();
    const after = await tx.objection.update({
      where: { id: before.id },
      data: { resolution: input.resolution, resolvedAt: new Date() },
    });
    await recordAudit(tx, actor, { entity: "Objection", entityId: before.id, action: "UPDATE", before, after });
  });
}

/**
 * Opens the session with who is present, and which of them vote on paper (the secretary enters
 * their ballots; everyone else present votes online). The seats and the quorum are fixed from then on.
 */
export async function openSession(
  actor: Actor,
  meetingId: string,
  presentMemberIds: string[],
  paperMemberIds: string[] = [],
) {
  await db().$transaction(async (tx) => {
    const meeting = await meetingFor(tx, actor, meetingId, true);
    // Who runs it depends on who is present: a stand-in only where the secretary is not.
    requireSecretary(meeting, actor, new Set(presentMemberIds));
    const move = moveMeeting("open", meeting.status);
    if (!move.ok) throw conflict(move.reason);
    const seats = seatsOn(meeting);
    if (presentMemberIds.some((id) => !seats.some((s) => s.id === id)))
      throw invalid("Có người không phải thành viên Hội đồng.");
    checkPaper(paperMemberIds, (id) => presentMemberIds.includes(id));
    await tx.meetingAttendance.createMany({
      data: seats.map((s) => ({
        meetingId: meeting.id,
        memberId: s.id,
        present: presentMemberIds.includes(s.id),
        onPaper: paperMemberIds.includes(s.id),
      })),
    });
    // The quorum and the written-opinion rule of the day (the council's, its province's or the decree's).
    const rules = (await councilRulesOn(tx, actor, meeting.council, toIsoDate(meeting.heldOn)))(null);
    const { numerator, denominator } = rules.quorum.value;
    const required = quorumRequired(seats.length, numerator, denominator);
    const quorumRule = quorumText(rules.quorum.value);
    await tx.councilMeeting.update({
      where: { id: meeting.id },
      data: {
        status: move.to,
        memberCount: seats.length,
        quorumRequired: required,
        quorumRule,
        quorumBasis: rules.quorum.basis,
        countsWrittenOpinions: rules.countsWrittenOpinions.value,
        openedAt: new Date(),
      },
    });
    await recordAudit(tx, actor, {
      entity: "CouncilMeeting",
      entityId: meeting.id,
      action: "UPDATE",
      before: { status: meeting.status },
      after: {
        status: move.to,
        present: presentMemberIds.length,
        onPaper: paperMemberIds.length,
        memberCount: seats.length,
        quorumRequired: required,
      },
    });
  });
}

/** Opens the ballot: quorum, disclosure and objections permitting; recuses members from their own items. */
export async function openBallot(actor: Actor, meetingId: string) {
  await db().$transaction(async (tx) => {
    const meeting = await meetingFor(tx, actor, meetingId, true);
    requireSecretary(meeting, actor);
    const move = moveMeeting("openBallot", meeting.status);
    if (!move.ok) throw conflict(move.reason);
    const problems = ballotOpenProblems({
      present: presentSeatIds(meeting).size,
      quorumRequired: meeting.quorumRequired ?? Number.POSITIVE_INFINITY,
      disclosureTo: meeting.disclosureTo ? toIsoDate(meeting.disclosureTo) : null,
      today: todayInVietnam(),
      unresolvedObjections: meeting.objections.filter((o) => !o.resolvedAt).length,
      items: meeting.items.length,
    });
    if (problems.length) throw conflict(problems.join(" "));
    const recusals = await recuseFromOwnItems(tx, meeting);
    await setUpBox(tx, meeting.id);
    await tx.councilMeeting.update({
      where: { id: meeting.id },
      data: { status: move.to, ballotOpenedAt: new Date() },
    });
    await notifyBallotOpened(tx, meeting.id);
    await recordAudit(tx, actor, {
      entity: "CouncilMeeting",
      entityId: meeting.id,
      action: "UPDATE",
      before: { status: meeting.status },
      after: { status: move.to, recusals },
    });
  });
}
