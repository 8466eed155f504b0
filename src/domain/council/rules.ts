import { findEntry } from "@/domain/catalogue/catalogue";

/**
 * The council's arithmetic: quorum, thresholds, recusal and the count. Pure.
 *
 * What the law fixes and what it leaves to the council's rules (quy chế): Luật TĐKT 2022 Điều 90
 * sets up the councils; the vote shares and quorum of Nghị định 98/2023/NĐ-CP and 152/2025/NĐ-CP
 * could not be read here (see the catalogue's `unverified`). The rule in force until 2024
 * (Nghị định 91/2017/NĐ-CP, Điều 45 khoản 8) counted the share on the council's whole
 * membership, with absent members giving a written opinion — the shape kept here. The numbers
 * (quorum 2/3, "trên 50%") are each council's settings, defaulted from the common quy chế, and a
 * catalogue entry's own verified threshold would override them.
 */

export type Threshold = { percent: number; strict: boolean; source: string };

export type CouncilRules = {
  quorumNumerator: number;
  quorumDenominator: number;
  thresholdPercent: number;
  thresholdStrict: boolean;
  countsWrittenOpinions: boolean;
  thresholds: { catalogueCode: string; percent: number; strict: boolean }[];
};

/** Fewest members present for the session to decide: the fraction of all seats, rounded up. */
export function quorumRequired(memberCount: number, numerator: number, denominator: number): number {
  return Math.ceil((memberCount * numerator) / denominator);
}

/** The threshold for a form: a verified catalogue rule, else the council's rule for that title, else its default. */
export function thresholdFor(catalogueCode: string | null, rules: CouncilRules): Threshold {
  const entry = catalogueCode ? findEntry(catalogueCode) : undefined;
  const vote = entry?.councilVote;
  if (entry?.verified && vote?.threshold !== undefined && vote.of === "ALL_MEMBERS") {
    return { percent: Math.round(vote.threshold * 100), strict: false, source: vote.article };
  }
  const own = catalogueCode ? rules.thresholds.find((t) => t.catalogueCode === catalogueCode) : undefined;
  if (own)
    return {
      percent: own.percent,
      strict: own.strict,
      source: "Quy chế hoạt động của Hội đồng (tỷ lệ riêng cho danh hiệu, hình thức này)",
    };
  return {
    percent: rules.thresholdPercent,
    strict: rules.thresholdStrict,
    source: "Quy chế hoạt động của Hội đồng (tỷ lệ chung)",
  };
}

export function thresholdText(t: Pick<Threshold, "percent" | "strict">): string {
  return t.strict
    ? `trên ${t.percent}% tổng số thành viên Hội đồng`
    : `từ ${t.percent}% tổng số thành viên Hội đồng trở lên`;
}

/**
 * A member does not vote on a nominee that is himself, or a collective he heads (conflict of
 * interest; the council's rules). Their seat leaves that item's count.
 */
export function isRecused(
  member: { personId: string | null },
  nominee: { personId: string | null; headPersonId: string | null },
): boolean {
  if (!member.personId) return false;
  return member.personId === nominee.personId || member.personId === nominee.headPersonId;
}

export type ItemCount = {
  agree: number;
  disagree: number;
  paperAgree: number;
  paperDisagree: number;
  writtenAgree: number;
  writtenDisagree: number;
  recused: number;
};

export type Tally = { agreeing: number; seats: number; notAgreeing: number; sharePercent: number; passed: boolean };

/**
 * Passed when those agreeing reach the threshold of all seats that may vote on the item (every
 * member less the recused). Whoever did not vote counts as not agreeing: the denominator is the
 * membership, not the votes cast. Integer arithmetic, so 2 of 3 never rounds past 66%.
 */
export function tally(
  count: ItemCount,
  memberCount: number,
  threshold: Pick<Threshold, "percent" | "strict">,
  countsWrittenOpinions: boolean,
): Tally {
  const agreeing = count.agree + count.paperAgree + (countsWrittenOpinions ? count.writtenAgree : 0);
  const seats = memberCount - count.recused;
  const passed =
    seats > 0 &&
    (threshold.strict ? agreeing * 100 > threshold.percent * seats : agreeing * 100 >= threshold.percent * seats);
  return {
    agreeing,
    seats,
    notAgreeing: seats - agreeing,
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
