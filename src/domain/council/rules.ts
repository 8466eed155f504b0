/**
 * The council's arithmetic: quorum, recusal, the count and the meeting's steps. Pure.
 *
 * Luật TĐKT 2022 Điều 90 sets up the councils. Which figures apply — the council's quy chế, its
 * province's rules, or NĐ 98/2023/NĐ-CP Điều 30 khoản 7 — is decided in `effective-rules.ts`; here
 * they are applied. The share is counted on the council's membership, a member who does not vote
 * counting as not agreeing, absent members' written opinions counted where the rules say so.
 */

/** Fewest members present for the session to decide: the fraction of all seats, rounded up. */
export function quorumRequired(memberCount: number, numerator: number, denominator: number): number {
  return Math.ceil((memberCount * numerator) / denominator);
}

/** "2/3 tổng số thành viên". */
export function quorumText(q: { numerator: number; denominator: number }): string {
  return `${q.numerator}/${q.denominator} tổng số thành viên`;
}

export function thresholdText(t: { percent: number; strict: boolean }): string {
  return t.strict
    ? `trên ${t.percent}% tổng số thành viên Hội đồng`
    : `từ ${t.percent}% tổng số thành viên Hội đồng trở lên`;
}

/**
 * A member does not vote on a nominee that is himself, or a collective he heads (conflict of
 * interest; the council's rules). He stays in the membership the share is counted on.
 */
export function isRecused(
  member: { personId: string | null },
  nominee: { personId: string | null; headPersonId: string | null },
): boolean {
  if (!member.personId) return false;
  return member.personId === nominee.personId || member.personId === nominee.headPersonId;
}

/**
 * An item's count: online votes, paper ballots and, where the rules count them, absent members'
 * written opinions, together (a count per method would give away the choice of a member who alone
 * used it; written opinions are recorded only where they count).
 */
export type ItemCount = { agree: number; disagree: number; recused: number };

export type Tally = {
  agreeing: number;
  /** The council's whole membership: always the denominator (NĐ 98/2023/NĐ-CP Điều 30 khoản 7). */
  seats: number;
  /** Members who did not vote on the item because it concerns them: fewer votes possible, same denominator. */
  recused: number;
  /** Members who could vote on the item and did not agree: voted against, or did not vote. */
  notAgreeing: number;
  sharePercent: number;
  passed: boolean;
};

/**
 * Passed when those agreeing reach the threshold of the council's whole membership (NĐ 98/2023/NĐ-CP
 * Điều 30 khoản 7: "tổng số thành viên Hội đồng"). Whoever did not vote counts as not agreeing; a
 * recused member cannot vote on the item, which lowers the votes possible but never the
 * denominator. Integer arithmetic, so 2 of 3 never rounds past 66%.
 */
export function tally(count: ItemCount, memberCount: number, threshold: { percent: number; strict: boolean }): Tally {
  const agreeing = count.agree;
  const seats = memberCount;
  const passed =
    seats > 0 &&
    (threshold.strict ? agreeing * 100 > threshold.percent * seats : agreeing * 100 >= threshold.percent * seats);
  return {
    agreeing,
    seats,
    recused: count.recused,
    notAgreeing: seats - count.recused - agreeing,
    sharePercent: seats > 0 ? Math.round((agreeing * 1000) / seats) / 10 : 0,
    passed,
  };
}

/** Why the ballot cannot open yet: quorum, a disclosure window still running, objections unanswered. */
export function ballotOpenProblems(m: {
  present: number;
  quorumRequired: number;
  disclosureTo: string | null;
  today: string;
  unresolvedObjections: number;
  items: number;
}): string[] {
  const problems: string[] = [];
  if (m.items === 0) problems.push("Chưa có người, tập thể nào trong chương trình họp.");
  if (m.present < m.quorumRequired)
    problems.push(`Chưa đủ số thành viên dự họp: có mặt ${m.present}, cần ít nhất ${m.quorumRequired}.`);
  if (m.disclosureTo && m.today <= m.disclosureTo)
    problems.push(
      `Danh sách đang công khai đến hết ngày ${m.disclosureTo.split("-").reverse().join("/")}: chưa bỏ phiếu được.`,
    );
  if (m.unresolvedObjections > 0)
    problems.push(`Còn ${m.unresolvedObjections} ý kiến phản ánh trong thời gian công khai chưa được giải quyết.`);
  return problems;
}

export type MeetingStatus = "SCHEDULED" | "IN_SESSION" | "BALLOT_OPEN" | "BALLOT_CLOSED";
export type MeetingAction = "open" | "openBallot" | "closeBallot";

const MOVES: Record<MeetingAction, { from: MeetingStatus; to: MeetingStatus }> = {
  open: { from: "SCHEDULED", to: "IN_SESSION" },
  openBallot: { from: "IN_SESSION", to: "BALLOT_OPEN" },
  closeBallot: { from: "BALLOT_OPEN", to: "BALLOT_CLOSED" },
};

const STATUS_LABELS: Record<MeetingStatus, string> = {
  SCHEDULED: "Đã lên lịch",
  IN_SESSION: "Đang họp",
  BALLOT_OPEN: "Đang bỏ phiếu",
  BALLOT_CLOSED: "Đã kiểm phiếu",
};
export { STATUS_LABELS as MEETING_STATUS_LABELS };

export function moveMeeting(
  action: MeetingAction,
  status: MeetingStatus,
): { ok: true; to: MeetingStatus } | { ok: false; reason: string } {
  const move = MOVES[action];
  return status === move.from
    ? { ok: true, to: move.to }
    : { ok: false, reason: `Phiên họp đang ở trạng thái "${STATUS_LABELS[status]}": không thực hiện được.` };
}
