import { eraOn } from "@/domain/law/eras";

/**
 * The decree whose "nguyên tắc xét danh hiệu thi đua, hình thức khen thưởng" applies on a day, by
 * the legal calendar: Nghị định 98/2023/NĐ-CP until 30/6/2025, then Nghị định 152/2025/NĐ-CP, which
 * replaced it (NĐ 152/2025 Điều 59). Both put the bars on discipline, inspections and complaints in
 * Điều 4.
 */
export function principlesArticle(onDate: string): string {
  return eraOn(onDate).principles;
}

export type ReasonCode =
  | "UNDER_DISCIPLINE"
  | "DISCIPLINE_PENDING"
  | "COMPLAINT_OPEN"
  | "INSPECTION_OPEN"
  | "HEAD_DISCIPLINED"
  | "NO_RATING"
  | "RATING_TOO_LOW"
  | "NO_INITIATIVE"
  | "NOT_CONSECUTIVE";

/**
 * Why a nominee cannot be commended now, and the article that says so. `sensitive`: it tells of
 * discipline or a complaint, which only those who may read such records should learn.
 */
export type Reason = { code: ReasonCode; message: string; article: string; sensitive?: true };

/** The reasons as someone without access to discipline records may see them: that, not why. */
export function withoutSensitiveDetail(reasons: Reason[]): Reason[] {
  return reasons.map((r) =>
    r.sensitive
      ? { ...r, message: "Chưa đủ điều kiện theo quy định về kỷ luật, đơn thư (chi tiết do người có thẩm quyền xem)." }
      : r,
  );
}

/** An inclusive day range is open on `onDate` (ISO dates compare as strings). */
export function openOn(from: string, to: string | null, onDate: string): boolean {
  return from <= onDate && (to === null || onDate <= to);
}
