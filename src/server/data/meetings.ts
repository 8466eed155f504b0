import "server-only";
import { PUBLISHED_STATUSES } from "@/domain/plans/lifecycle";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { conflict, forbidden, invalid, notFound } from "@/domain/errors";
import {
  ballotOpenProblems,
  isRecused,
  moveMeeting,
  quorumRequired,
  tally,
  thresholdFor,
} from "@/domain/council/rules";
import { parseIsoDate, toIsoDate, todayInVietnam } from "@/lib/dates";
import type { z } from "zod";
import type { ZMeetingInput, ZObjection, ZObjectionAnswer } from "@/schemas/council";
import { ancestorIds, writeScope } from "./scope";
import { recordAudit } from "./audit";
import { lockCouncil, lockMeeting, shareMeeting } from "./locks";

/**
 * Council meetings and their secret ballots.
 *
 * Secrecy is structural: a vote increments a counter on the agenda item and writes a receipt
 * (item, member, method) in the same transaction. No table holds a member's choice, receipts carry
 * no time, votes are not written to the audit log, and counts are shown only once the ballot is
 * closed (running counts beside "who has voted" would give choices away one by one).
 * A double vote is refused by the receipt's primary key, under any concurrency.
 */

const MEETING_INCLUDE = {
  plan: { select: { id: true, title: true, unitId: true } },
  council: {
    include: {
      members: { include: { user: { select: { name: true } } }, orderBy: [{ role: "asc" }, { termFrom: "asc" }] },
      thresholds: true,
    },
  },
  attendance: true,
  objections: { orderBy: { receivedOn: "asc" } },
  items: {
    orderBy: { position: "asc" },
    include: {
      nominee: {
        select: {
          id: true,
          label: true,
          kind: true,
          summary: true,
          personId: true,
          organisationId: true,
          batch: {
            select: {
              id: true,
              unit: { select: { name: true } },
              awardForm: {
                select: {
                  id: true,
                  name: true,
                  catalogueCode: true,
                  quota: true,
                  cashValue: true,
                  recipientKind: true,
                },
              },
            },
          },
        },
      },
      receipts: { select: { memberId: true, method: true } },
    },
  },
} satisfies Prisma.CouncilMeetingInclude;

async function meetingFor(tx: Tx, actor: Actor, meetingId: string, lock = false) {
  const scope = writeScope(actor, "council.read");
  if (lock) await lockMeeting(tx, meetingId, scope.unitId);
  const meeting = await tx.councilMeeting.findFirst({ where: { id: meetingId, ...scope }, include: MEETING_INCLUDE });
  if (!meeting) throw notFound();
  return meeting;
}

type Meeting = Awaited<ReturnType<typeof meetingFor>>;
/** What the seat and rule helpers read of a meeting. */
type MeetingRules = Pick<Meeting, "heldOn" | "council" | "countsWrittenOpinions">;

/** Seats in office on the meeting's day. */
function seatsOn(meeting: MeetingRules) {
  const day = toIsoDate(meeting.heldOn);
  return meeting.council.members.filter(
    (m) => toIsoDate(m.termFrom) <= day && (!m.termTo || day <= toIsoDate(m.termTo)),
  );
}

/** Whether written opinions count, as the rules stood when the session opened. */
const writtenCount = (meeting: MeetingRules) => meeting.countsWrittenOpinions ?? meeting.council.countsWrittenOpinions;

function mySeat(meeting: MeetingRules, actor: Actor) {
  return seatsOn(meeting).find((m) => m.userId === actor.userId) ?? null;
}

/** The secretary runs the session; the unit's council managers may stand in when there is none. */
function requireSecretary(meeting: MeetingRules, actor: Actor) {
  const seat = mySeat(meeting, actor);
  if (seat?.role === "THU_KY") return;
  throw forbidden();
}

/**
 * What a meeting on `planId` puts on its agenda. For the unit's own plan: every nominee its reviewer
 * accepted. For a plan of a unit above (a proposal upward, e.g. a commune proposing for the district
 * chair's Giấy khen): the unit's own nominees still in a draft or returned batch, so the council
 * votes before the batch goes up. Either way, nominees this unit's council has not yet had.
 */
function agendaWhere(unitId: string, plan: { id: string; unitId: string }): Prisma.NomineeWhereInput {
  const notYet = { agendaItems: { none: { meeting: { unitId } } } };
  return plan.unitId === unitId
    ? { batch: { planId: plan.id, status: "ACCEPTED" }, ...notYet }
    : { batch: { planId: plan.id, unitId, status: { in: ["DRAFT", "RETURNED"] } }, ...notYet };
}

/** Published plans of the unit and of the units above, with how many nominees wait for this council. */
export async function listSchedulablePlans(actor: Actor) {
  const scope = writeScope(actor, "council.manage");
  const plans = await db().plan.findMany({
    where: { unitId: { in: [...ancestorIds(actor), scope.unitId] }, status: { in: [...PUBLISHED_STATUSES] } },
    orderBy: { issuedOn: "desc" },
    select: { id: true, title: true, unitId: true, number: true, symbol: true, unit: { select: { name: true } } },
  });
  const waiting = await Promise.all(plans.map((p) => db().nominee.count({ where: agendaWhere(scope.unitId, p) })));
  return plans.map((p, i) => ({ ...p, upward: p.unitId !== scope.unitId, waiting: waiting[i]! }));
}

export async function listMeetings(actor: Actor) {
  const scope = writeScope(actor, "council.read");
  return db().councilMeeting.findMany({
    where: scope,
    orderBy: { heldOn: "desc" },
    include: { plan: { select: { title: true } }, _count: { select: { items: true } } },
  });
}

/**
 * The meeting as the actor may see it: counts only once the ballot is closed; the actor's own
 * receipts (what he has voted on, not how) while it is open.
 */
export async function findMeeting(actor: Actor, meetingId: string) {
  const { items: rows, ...meeting } = await meetingFor(db(), actor, meetingId);
  const seat = mySeat(meeting, actor);
  const closed = meeting.status === "BALLOT_CLOSED";
  const open = meeting.status === "BALLOT_OPEN";
  const seats = seatsOn(meeting);
  const present = new Set(meeting.attendance.filter((a) => a.present).map((a) => a.memberId));
  const counted = writtenCount(meeting);
  const items = rows.map(
    ({ receipts, agree, disagree, paperAgree, paperDisagree, writtenAgree, writtenDisagree, ...item }) => {
      const recused = receipts.filter((r) => r.method === "RECUSED").length;
      const count = { agree, disagree, paperAgree, paperDisagree, writtenAgree, writtenDisagree, recused };
      const taken = new Set(receipts.map((r) => r.memberId));
      return {
        ...item,
        voted: receipts.filter((r) => r.method !== "RECUSED").length,
        myReceipt: seat ? (receipts.find((r) => r.memberId === seat.id)?.method ?? null) : null,
        /** Who took part and how (online, paper, written, recused) — never the choice. */
        receipts,
        /** Seats the secretary may still enter a paper ballot for (present) or a written opinion for (absent, where counted). */
        paperSeats: open ? seats.filter((s) => present.has(s.id) && !taken.has(s.id)) : [],
        writtenSeats: open && counted ? seats.filter((s) => !present.has(s.id) && !taken.has(s.id)) : [],
        count: closed ? count : null,
        tally:
          closed && meeting.memberCount !== null
            ? tally(
                count,
                meeting.memberCount,
                { percent: item.thresholdPercent, strict: item.thresholdStrict },
                counted,
              )
            : null,
      };
    },
  );
  return {
    meeting,
    items,
    seats,
    seat,
    present,
    /** What the actor's ballot paper holds now: the items he has not voted on, if he is a present member and the ballot is open. */
    myBallot: open && seat && present.has(seat.id) ? items.filter((i) => i.myReceipt === null) : [],
    isSecretary: seat?.role === "THU_KY",
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
      include: { thresholds: true, _count: { select: { members: true } } },
    });
    if (!council || council._count.members === 0)
      throw conflict("Đơn vị chưa có Hội đồng với thành viên: lập Hội đồng trước.");
    const plan = await tx.plan.findFirst({
      where: {
        id: input.planId,
        unitId: { in: [...ancestorIds(actor), scope.unitId] },
        status: { in: [...PUBLISHED_STATUSES] },
      },
      select: { id: true, unitId: true },
    });
    if (!plan) throw invalid("Kế hoạch không thuộc đơn vị hoặc cấp trên.", { planId: "Chọn kế hoạch đã ban hành." });
    const nominees = await tx.nominee.findMany({
      where: agendaWhere(scope.unitId, plan),
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
        plan.unitId === scope.unitId
          ? "Chưa có hồ sơ nào được thẩm định chấp nhận mà chưa đưa ra Hội đồng."
          : "Đơn vị chưa có tờ trình đang soạn cho kế hoạch này có người, tập thể chưa đưa ra Hội đồng.",
      );
    }
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
            const t = thresholdFor(n.batch.awardForm.catalogueCode, council);
            return {
              nomineeId: n.id,
              label: n.label,
              unitName: n.batch.unit.name,
              formName: n.batch.awardForm.name,
              position,
              thresholdPercent: t.percent,
              thresholdStrict: t.strict,
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

/** Opens the session with who is present; the seats and the quorum are fixed from then on. */
export async function openSession(actor: Actor, meetingId: string, presentMemberIds: string[]) {
  await db().$transaction(async (tx) => {
    const meeting = await meetingFor(tx, actor, meetingId, true);
    requireSecretary(meeting, actor);
    const move = moveMeeting("open", meeting.status);
    if (!move.ok) throw conflict(move.reason);
    const seats = seatsOn(meeting);
    if (presentMemberIds.some((id) => !seats.some((s) => s.id === id)))
      throw invalid("Có người không phải thành viên Hội đồng.");
    await tx.meetingAttendance.createMany({
      data: seats.map((s) => ({ meetingId: meeting.id, memberId: s.id, present: presentMemberIds.includes(s.id) })),
    });
    const required = quorumRequired(seats.length, meeting.council.quorumNumerator, meeting.council.quorumDenominator);
    const quorumRule = `${meeting.council.quorumNumerator}/${meeting.council.quorumDenominator} tổng số thành viên`;
    await tx.councilMeeting.update({
      where: { id: meeting.id },
      data: {
        status: move.to,
        memberCount: seats.length,
        quorumRequired: required,
        quorumRule,
        countsWrittenOpinions: meeting.council.countsWrittenOpinions,
        openedAt: new Date(),
      },
    });
    await recordAudit(tx, actor, {
      entity: "CouncilMeeting",
      entityId: meeting.id,
      action: "UPDATE",
      before: { status: meeting.status },
      after: { status: move.to, present: presentMemberIds.length, memberCount: seats.length, quorumRequired: required },
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
      present: meeting.attendance.filter((a) => a.present).length,
      quorumRequired: meeting.quorumRequired ?? Number.POSITIVE_INFINITY,
      disclosureTo: meeting.disclosureTo ? toIsoDate(meeting.disclosureTo) : null,
      today: todayInVietnam(),
      unresolvedObjections: meeting.objections.filter((o) => !o.resolvedAt).length,
      items: meeting.items.length,
    });
    if (problems.length) throw conflict(problems.join(" "));
    const heads = new Map(
      (
        await tx.organisation.findMany({
          where: {
            id: { in: meeting.items.flatMap((i) => (i.nominee?.organisationId ? [i.nominee.organisationId] : [])) },
          },
          select: { id: true, headPersonId: true },
        })
      ).map((o) => [o.id, o.headPersonId]),
    );
    const recusals = meeting.items.flatMap((item) =>
      seatsOn(meeting)
        .filter(
          (s) =>
            item.nominee !== null &&
            isRecused(s, {
              personId: item.nominee.personId,
              headPersonId: item.nominee.organisationId ? (heads.get(item.nominee.organisationId) ?? null) : null,
            }),
        )
        .map((s) => ({ itemId: item.id, memberId: s.id, method: "RECUSED" as const })),
    );
    if (recusals.length) await tx.ballotReceipt.createMany({ data: recusals });
    await tx.councilMeeting.update({
      where: { id: meeting.id },
      data: { status: move.to, ballotOpenedAt: new Date() },
    });
    await recordAudit(tx, actor, {
      entity: "CouncilMeeting",
      entityId: meeting.id,
      action: "UPDATE",
      before: { status: meeting.status },
      after: { status: move.to, recusals: recusals.length },
    });
  });
}

/** Counter columns a choice increments, by how it was cast. */
const COUNTER = {
  ONLINE: { AGREE: "agree", DISAGREE: "disagree" },
  PAPER: { AGREE: "paperAgree", DISAGREE: "paperDisagree" },
  WRITTEN: { AGREE: "writtenAgree", DISAGREE: "writtenDisagree" },
} as const;

/** Writes the receipt first: its primary key refuses a second vote before any counter moves. */
async function count(
  tx: Tx,
  itemId: string,
  memberId: string,
  method: keyof typeof COUNTER,
  choice: "AGREE" | "DISAGREE",
) {
  const inserted =
    await tx.$executeRaw`insert into "BallotReceipt" ("itemId", "memberId", "method") values (${itemId}, ${memberId}, ${method}::"BallotMethod") on conflict do nothing`;
  if (inserted === 0)
    throw conflict("Thành viên này đã bỏ phiếu (hoặc không tham gia bỏ phiếu) cho người, tập thể này.");
  await tx.meetingItem.update({ where: { id: itemId }, data: { [COUNTER[method][choice]]: { increment: 1 } } });
}

/** A present member's ballot paper: one choice per nominee he has not voted on. */
export async function castVotes(
  actor: Actor,
  meetingId: string,
  choices: { itemId: string; choice: "AGREE" | "DISAGREE" }[],
) {
  await db().$transaction(async (tx) => {
    // A share lock first: members vote at once, while closing (FOR UPDATE) waits for them and a
    // vote that comes after the close sees it. Taken before any counter moves, so no deadlock.
    await shareMeeting(tx, meetingId);
    const meeting = await meetingFor(tx, actor, meetingId);
    if (meeting.status !== "BALLOT_OPEN")
      throw conflict("Phiên bỏ phiếu chưa mở hoặc đã đóng: phiếu không được ghi nhận.");
    const seat = mySeat(meeting, actor);
    if (!seat) throw forbidden();
    if (!meeting.attendance.some((a) => a.memberId === seat.id && a.present))
      throw conflict("Chỉ thành viên có mặt mới bỏ phiếu trực tuyến.");
    if (choices.some((c) => !meeting.items.some((i) => i.id === c.itemId))) throw notFound();
    // The whole paper in two kinds of statement, not two per nominee: receipts first (their key
    // refuses any repeat, and the transaction then rolls back whole), then one increment per choice.
    const ids = choices.map((c) => c.itemId);
    const inserted =
      await tx.$executeRaw`insert into "BallotReceipt" ("itemId", "memberId", "method") select unnest(${ids}::text[]), ${seat.id}, 'ONLINE'::"BallotMethod" on conflict do nothing`;
    if (inserted !== ids.length)
      throw conflict(
        "Bạn đã bỏ phiếu (hoặc không tham gia bỏ phiếu) cho một số người, tập thể trong phiếu này: phiếu không được ghi nhận lại.",
      );
    for (const choice of ["AGREE", "DISAGREE"] as const) {
      const these = choices.filter((c) => c.choice === choice).map((c) => c.itemId);
      if (these.length)
        await tx.meetingItem.updateMany({
          where: { id: { in: these } },
          data: { [COUNTER.ONLINE[choice]]: { increment: 1 } },
        });
    }
  });
}

/** Paper ballots counted by the secretary: who handed one in, and how many agreed — never who. */
export async function enterPaperBallots(
  actor: Actor,
  meetingId: string,
  itemId: string,
  memberIds: string[],
  agree: number,
) {
  await db().$transaction(async (tx) => {
    const meeting = await meetingFor(tx, actor, meetingId, true);
    requireSecretary(meeting, actor);
    if (meeting.status !== "BALLOT_OPEN") throw conflict("Phiên bỏ phiếu chưa mở hoặc đã đóng.");
    if (!meeting.items.some((i) => i.id === itemId)) throw notFound();
    const present = new Set(meeting.attendance.filter((a) => a.present).map((a) => a.memberId));
    if (memberIds.some((id) => !present.has(id)))
      throw invalid("Phiếu giấy chỉ của thành viên có mặt.", { memberIds: "Chọn thành viên có mặt." });
    for (const [i, memberId] of memberIds.entries())
      await count(tx, itemId, memberId, "PAPER", i < agree ? "AGREE" : "DISAGREE");
    await recordAudit(tx, actor, {
      entity: "MeetingItem",
      entityId: itemId,
      action: "UPDATE",
      after: { paperBallots: memberIds.length },
    });
  });
}

/** An absent member's written opinion (ý kiến bằng văn bản), where the council's rules count it. */
export async function recordWrittenOpinion(
  actor: Actor,
  meetingId: string,
  itemId: string,
  memberId: string,
  choice: "AGREE" | "DISAGREE",
) {
  await db().$transaction(async (tx) => {
    const meeting = await meetingFor(tx, actor, meetingId, true);
    requireSecretary(meeting, actor);
    if (meeting.status !== "BALLOT_OPEN") throw conflict("Phiên bỏ phiếu chưa mở hoặc đã đóng.");
    if (!writtenCount(meeting)) throw conflict("Quy chế của Hội đồng không tính ý kiến bằng văn bản.");
    if (!meeting.items.some((i) => i.id === itemId)) throw notFound();
    if (!meeting.attendance.some((a) => a.memberId === memberId && !a.present))
      throw invalid("Ý kiến bằng văn bản chỉ của thành viên vắng mặt.", { memberId: "Chọn thành viên vắng mặt." });
    await count(tx, itemId, memberId, "WRITTEN", choice);
    await recordAudit(tx, actor, {
      entity: "MeetingItem",
      entityId: itemId,
      action: "UPDATE",
      after: { writtenOpinion: true },
    });
  });
}

/** Closes the ballot and applies each item's threshold to the whole membership. */
export async function closeBallot(actor: Actor, meetingId: string) {
  await db().$transaction(async (tx) => {
    const meeting = await meetingFor(tx, actor, meetingId, true);
    requireSecretary(meeting, actor);
    const move = moveMeeting("closeBallot", meeting.status);
    if (!move.ok) throw conflict(move.reason);
    for (const item of meeting.items) {
      const recused = item.receipts.filter((r) => r.method === "RECUSED").length;
      const t = tally(
        { ...item, recused },
        meeting.memberCount!,
        { percent: item.thresholdPercent, strict: item.thresholdStrict },
        writtenCount(meeting),
      );
      await tx.meetingItem.update({ where: { id: item.id }, data: { result: t.passed ? "PASSED" : "FAILED" } });
    }
    await tx.councilMeeting.update({
      where: { id: meeting.id },
      data: { status: move.to, ballotClosedAt: new Date() },
    });
    await recordAudit(tx, actor, {
      entity: "CouncilMeeting",
      entityId: meeting.id,
      action: "UPDATE",
      before: { status: meeting.status },
      after: { status: move.to },
    });
  });
}
