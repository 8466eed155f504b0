import "server-only";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { conflict, forbidden, invalid, notFound } from "@/domain/errors";
import { isRecused, moveMeeting, tally } from "@/domain/council/rules";
import { recordAudit } from "./audit";
import { shareMeeting } from "./locks";
import { dropEnvelopes, emptyBox, shuffled, sweepBallotTables } from "./ballot-box";
import { notifyBallotClosed } from "./notifications/events";
import {
  meetingFor,
  mySeat,
  paperSeatIds,
  presentSeatIds,
  requireSecretary,
  seatsOn,
  writtenCount,
  type Meeting,
  type Seat,
} from "./meeting-access";

/**
 * The council's secret ballot. Every write of a `BallotReceipt`, of an envelope (through
 * ballot-box.ts) and of an item's counts is in this file, and so is what the meeting page and its
 * minutes see of them (`itemsAsSeen`); elsewhere (approval, decisions) counts are read only from
 * closed ballots.
 *
 * The secrecy invariant, which must hold of every row, every old row version and the WAL, however
 * many vote at once (README, "The ballot's threat model"):
 *  1. No vote touches a counter, and no row holds a choice in clear. A vote writes, in one
 *     transaction, its receipt (item, member, method: that the member took part and how — online,
 *     paper, written, recused —, never which way) and a sealed envelope (random id, item, the choice
 *     under the meeting's key). Both carry that transaction's id (xmin), so the link between them is
 *     in the database: what keeps the choice secret is that the key is not (AUTH_SECRET + the box's
 *     salt), and that the envelopes are gone once the ballot closes.
 *  2. Nothing carries a time and nothing counts in the order of voting: no timestamp on a receipt or
 *     an envelope, envelope ids random (a cuid holds a time and a counter). Closing rewrites the
 *     receipts in a random order, so neither their xmin nor their place in the table keeps the order
 *     of voting, and vacuums the ballot's tables.
 *  3. Votes are not audited. An online vote writes no audit entry; the secretary's entries of paper
 *     ballots and written opinions record that they were entered (how many), never whose or which way.
 *  4. Counts exist only once the ballot is closed: closing opens the box, writes each item's counts
 *     and result in the same transaction, and deletes the envelopes and the salt. One count for every
 *     method: a count per method would give away the choice of the one member who used it (a single
 *     paper ballot, a single written opinion). Closing locks the meeting row, so it waits for votes in
 *     flight, and refuses if an item's envelopes are not as many as its receipts.
 *  5. A double vote is refused by the receipt's primary key (item, member): a repeat inserts nothing,
 *     and the transaction then rolls back whole, envelope included.
 *  6. Nobody votes in another's name: a present member votes online unless the secretary marked him
 *     as voting on paper before the ballot opened; only then, and only for him, does the secretary
 *     enter paper ballots. Written opinions are only for absent members.
 */

type Choice = "AGREE" | "DISAGREE";

/** Receipts of one method for some members on one item; refuses the whole entry if any exists. */
async function writeReceipts(tx: Tx, itemIds: string[], memberIds: string[], method: "ONLINE" | "PAPER" | "WRITTEN") {
  const inserted =
    await tx.$executeRaw`insert into "BallotReceipt" ("itemId", "memberId", "method") select unnest(${itemIds}::text[]), unnest(${memberIds}::text[]), ${method}::"BallotMethod" on conflict do nothing`;
  if (inserted !== itemIds.length)
    throw conflict(
      method === "ONLINE"
        ? "Bạn đã bỏ phiếu (hoặc không tham gia bỏ phiếu) cho một số người, tập thể trong phiếu này: phiếu không được ghi nhận lại."
        : "Thành viên này đã bỏ phiếu (hoặc không tham gia bỏ phiếu) cho người, tập thể này.",
    );
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
  const paper = paperSeatIds(meeting);
  return rows.map(({ receipts, agree, disagree, ...item }) => {
    const count = { agree, disagree, recused: receipts.filter((r) => r.method === "RECUSED").length };
    const taken = new Set(receipts.map((r) => r.memberId));
    return {
      ...item,
      voted: receipts.filter((r) => r.method !== "RECUSED").length,
      myReceipt: seat ? (receipts.find((r) => r.memberId === seat.id)?.method ?? null) : null,
      /** Who took part and how (online, paper, written, recused) — never the choice. */
      receipts,
      /** Seats the secretary may still enter a paper ballot for (marked "on paper") or a written opinion for (absent, where counted). */
      paperSeats: open ? seats.filter((s) => paper.has(s.id) && !taken.has(s.id)) : [],
      writtenSeats: open && writtenCount(meeting) ? seats.filter((s) => !present.has(s.id) && !taken.has(s.id)) : [],
      count: closed ? count : null,
      tally:
        closed && meeting.memberCount !== null
          ? tally(count, meeting.memberCount, { percent: item.thresholdPercent, strict: item.thresholdStrict })
          : null,
    };
  });
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
    // vote that comes after the close sees it.
    await shareMeeting(tx, meetingId);
    const meeting = await meetingFor(tx, actor, meetingId);
    if (meeting.status !== "BALLOT_OPEN")
      throw conflict("Phiên bỏ phiếu chưa mở hoặc đã đóng: phiếu không được ghi nhận.");
    const seat = mySeat(meeting, actor);
    if (!seat) throw forbidden();
    if (!presentSeatIds(meeting).has(seat.id)) throw conflict("Chỉ thành viên có mặt mới bỏ phiếu trực tuyến.");
    if (paperSeatIds(meeting).has(seat.id))
      throw conflict("Bạn bỏ phiếu giấy tại phiên họp này: thư ký nhập phiếu của bạn, bạn không bỏ phiếu trực tuyến.");
    if (choices.some((c) => !meeting.items.some((i) => i.id === c.itemId))) throw notFound();
    // The whole paper in two statements, not two per nominee: receipts first (their key refuses
    // any repeat, and the transaction then rolls back whole), then the envelopes.
    const ids = choices.map((c) => c.itemId);
    await writeReceipts(
      tx,
      ids,
      ids.map(() => seat.id),
      "ONLINE",
    );
    await dropEnvelopes(tx, meeting.id, choices);
  });
}

/**
 * Paper ballots counted by the secretary for members marked as voting on paper: who handed one in,
 * and how many agreed — never who. The envelopes hold that many agreeing, in a random order.
 */
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
    if (agree > memberIds.length)
      throw invalid("Số phiếu đồng ý không vượt số phiếu giấy.", {
        agree: "Số phiếu đồng ý không vượt số phiếu giấy.",
      });
    const paper = paperSeatIds(meeting);
    if (memberIds.some((id) => !paper.has(id)))
      throw invalid("Phiếu giấy chỉ của thành viên được ghi nhận bỏ phiếu giấy khi điểm danh.", {
        memberIds: "Chọn thành viên bỏ phiếu giấy.",
      });
    await writeReceipts(
      tx,
      memberIds.map(() => itemId),
      memberIds,
      "PAPER",
    );
    await dropEnvelopes(
      tx,
      meeting.id,
      memberIds.map((_, i) => ({ itemId, choice: i < agree ? "AGREE" : "DISAGREE" })),
    );
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
    await writeReceipts(tx, [itemId], [memberId], "WRITTEN");
    await dropEnvelopes(tx, meeting.id, [{ itemId, choice }]);
    await recordAudit(tx, actor, {
      entity: "MeetingItem",
      entityId: itemId,
      action: "UPDATE",
      after: { writtenOpinion: true },
    });
  });
}

/**
 * Closes the ballot: opens the box, writes each item's counts and result (the threshold applied to
 * the whole membership), rewrites the receipts in a random order, then vacuums the ballot's tables.
 */
export async function closeBallot(actor: Actor, meetingId: string) {
  await db().$transaction(async (tx) => {
    const meeting = await meetingFor(tx, actor, meetingId, true);
    requireSecretary(meeting, actor);
    const move = moveMeeting("closeBallot", meeting.status);
    if (!move.ok) throw conflict(move.reason);
    const itemIds = meeting.items.map((i) => i.id);
    const counts = await emptyBox(tx, meeting.id, itemIds);
    for (const item of meeting.items) {
      const { agree, disagree } = counts.get(item.id)!;
      const recused = item.receipts.filter((r) => r.method === "RECUSED").length;
      if (agree + disagree !== item.receipts.length - recused)
        throw conflict(
          `Số phiếu trong hòm phiếu không khớp số thành viên đã bỏ phiếu cho ${item.label}: chưa kiểm phiếu.`,
        );
      const t = tally({ agree, disagree, recused }, meeting.memberCount!, {
        percent: item.thresholdPercent,
        strict: item.thresholdStrict,
      });
      await tx.meetingItem.update({
        where: { id: item.id },
        data: { agree, disagree, result: t.passed ? "PASSED" : "FAILED" },
      });
    }
    const receipts = meeting.items.flatMap((i) => i.receipts.map((r) => ({ itemId: i.id, ...r })));
    await tx.ballotReceipt.deleteMany({ where: { itemId: { in: itemIds } } });
    await tx.ballotReceipt.createMany({ data: shuffled(receipts) });
    await tx.councilMeeting.update({
      where: { id: meeting.id },
      data: { status: move.to, ballotClosedAt: new Date() },
    });
    await notifyBallotClosed(tx, meeting.id);
    await recordAudit(tx, actor, {
      entity: "CouncilMeeting",
      entityId: meeting.id,
      action: "UPDATE",
      before: { status: meeting.status },
      after: { status: move.to },
    });
  });
  await sweepBallotTables();
}
