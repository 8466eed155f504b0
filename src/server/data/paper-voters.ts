import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { conflict, invalid } from "@/domain/errors";
import { recordAudit } from "./audit";
import { meetingFor, paperSeatIds, presentSeatIds, requireSecretary } from "./meeting-access";

/**
 * Which present members vote on paper, marked by the secretary at attendance (openSession in
 * meetings.ts) or afterwards until the ballot opens. Only for them does the secretary enter paper
 * ballots, and they cannot vote online (ballot.ts): nobody's ballot is cast by another.
 */

/** Refuses a paper mark on anyone but a present member (a member absent sends a written opinion instead). */
export function checkPaper(paperMemberIds: string[], present: (id: string) => boolean) {
  if (paperMemberIds.some((id) => !present(id)))
    throw invalid("Chỉ thành viên có mặt mới bỏ phiếu giấy.", { paper: "Chọn thành viên có mặt." });
}

/**
 * Before the ballot opens: which present members vote on paper. Fixed once the ballot opens, so a
 * member voting online is never pre-empted by a paper ballot entered in his name, nor the reverse.
 */
export async function markPaperVoters(actor: Actor, meetingId: string, paperMemberIds: string[]) {
  await db().$transaction(async (tx) => {
    const meeting = await meetingFor(tx, actor, meetingId, true);
    requireSecretary(meeting, actor);
    if (meeting.status !== "IN_SESSION")
      throw conflict("Chỉ đánh dấu thành viên bỏ phiếu giấy sau khi khai mạc và trước khi mở bỏ phiếu.");
    const present = presentSeatIds(meeting);
    checkPaper(paperMemberIds, (id) => present.has(id));
    await tx.meetingAttendance.updateMany({
      where: { meetingId: meeting.id, memberId: { in: paperMemberIds } },
      data: { onPaper: true },
    });
    await tx.meetingAttendance.updateMany({
      where: { meetingId: meeting.id, memberId: { notIn: paperMemberIds } },
      data: { onPaper: false },
    });
    await recordAudit(tx, actor, {
      entity: "CouncilMeeting",
      entityId: meeting.id,
      action: "UPDATE",
      before: { onPaper: paperSeatIds(meeting).size },
      after: { onPaper: paperMemberIds.length },
    });
  });
}
