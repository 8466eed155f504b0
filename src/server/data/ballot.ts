import "server-only";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { conflict, forbidden, invalid, notFound } from "@/domain/errors";
import { isRecused, moveMeeting, tally } from "@/domain/council/rules";
import { recordAudit } from "./audit";
import { shareMeeting } from "./locks";
import {
  meetingFor,
  mySeat,
  presentSeatIds,
  requireSecretary,
  seatsOn,
  writtenCount,
  type Meeting,
  type Seat,
} from "./meeting-access";

/**
 * The council's secret ballot. Every write of a `BallotReceipt` and every move of an item's
 * counters is in this file, and so is what the meeting page and its minutes see of them
 * (`itemsAsSeen`); elsewhere (approval, decisions) counters are read only from closed ballots.
 *
 * The secrecy invariant, which must hold of every row at every moment, however many vote at once:
 *  1. No row ever holds a member's choice. A vote increments a counter on the agenda item
 *     (agree / disagree, per method) and writes a receipt (item, member, method) in the same
 *     transaction: the receipt says that the member took part and how (online, paper, written,
 *     recused), never which way.
 *  2. Receipts carry no time, and no time on an item moves with a vote: a timestamp beside the
 *     counters would match each receipt to the increment it came with. Do not add one.
 *  3. Votes are not audited. An online vote writes no audit entry; the secretary's entries of paper
 *     ballots and written opinions record that they were entered (how many), never whose or which way.
 *  4. Counts are shown only once the ballot is closed: running counts beside "who has voted" would
 *     give choices away one by one. While it is open, a reader sees who has taken part and how many,
 *     and a member his own receipts. Closing locks the meeting row, so it waits for votes in flight.
 *  5. A double vote is refused by the receipt's primary key (item, member): the receipt is written
 *     before any counter moves, a repeat inserts nothing, and the transaction then rolls back whole.
 *
 * Counters are kept per method because the minutes print them apart; so a method only one member
 * used on an item (one paper ballot, one written opinion) shows that choice once counts are out.
 */

/** Counter columns a choice increments, by how it was cast. */
const COUNTER = {
  ONLINE: { AGREE: "agree", DISAGREE: "disagree" },
  PAPER: { AGREE: "paperAgree", DISAGREE: "paperDisagree" },
  WRITTEN: { AGREE: "writtenAgree", DISAGREE: "writtenDisagree" },
} as const;

type Choice = "AGREE" | "DISAGREE";

/** Writes the receipt first: its primary key refuses a second vote before any counter moves. */
async function count(tx: Tx, itemId: string, memberId: string, method: keyof typeof COUNTER, choice: Choice) {
  const inserted =
    await tx.$executeRaw`insert into "BallotReceipt" ("itemId", "memberId", "method") values (${itemId}, ${memberId}, ${method}::"BallotMethod") on conflict do nothing`;
  if (inserted === 0)
    throw conflict("Thành viên này đã bỏ phiếu (hoặc không tham gia bỏ phiếu) cho người, tập thể này.");
  await tx.meetingItem.update({ where: { id: itemId }, data: { [COUNTER[method][choice]]: { increment: 1 } } });
}

/**
 * The agenda as the actor may see it: counts and the result only once the ballot is closed; while
 * it is open, who has taken part (never how) and the actor's own receipts.
 */
export function itemsAsSeen(meeting: Omit<Meeting, "items">, rows: Meeting["items"], seat: Seat | null) {
  const closed = meeting.status === "BALLOT_CLOSED";
  const open = meeting.status === "BALLOT_OPEN";
  const seats = seatsOn(meeting);
  const present = presentSeatIds(meeting);
  const counted = writtenCount(meeting);
  return rows.map(
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
}

/**
 * When the ballot opens: recuses each seat from the items about itself or about an organisation it
 * heads (a receipt with method RECUSED, so it can neither vote nor count). Returns how many.
 */
export async function recuseFromOwnItems(tx: Tx, meeting: Meeting): Promise<number> {
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
  return recusals.length;
}

/** A present member's ballot paper: one choice per nominee he has not voted on. */
export async function castVotes(actor: Actor, meetingId: string, choices: { itemId: string; choice: Choice }[]) {
  await db().$transaction(async (tx) => {
    // A share lock first: members vote at once, while closing (FOR UPDATE) waits for them and a
    // vote that comes after the close sees it. Taken before any counter moves, so no deadlock.
    await shareMeeting(tx, meetingId);
    const meeting = await meetingFor(tx, actor, meetingId);
    if (meeting.status !== "BALLOT_OPEN")
      throw conflict("Phiên bỏ phiếu chưa mở hoặc đã đóng: phiếu không được ghi nhận.");
    const seat = mySeat(meeting, actor);
    if (!seat) throw forbidden();
    if (!presentSeatIds(meeting).has(seat.id)) throw conflict("Chỉ thành viên có mặt mới bỏ phiếu trực tuyến.");
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
    const present = presentSeatIds(meeting);
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
  choice: Choice,
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
