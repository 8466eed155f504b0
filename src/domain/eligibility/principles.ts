/**
 * The decree whose "nguyên tắc xét danh hiệu thi đua, hình thức khen thưởng" applies on a day:
 * Nghị định 98/2023/NĐ-CP until 30/6/2025, then Nghị định 152/2025/NĐ-CP, which replaced it
 * (NĐ 152/2025 Điều 59). Both put the bars on discipline, inspections and complaints in Điều 4.
 */
export function principlesArticle(onDate: string): string {
  return onDate <= "2025-06-30" ? "Nghị định 98/2023/NĐ-CP, Điều 4" : "Nghị định 152/2025/NĐ-CP, Điều 4";
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

/** Why a nominee cannot be commended now, and the article that says so. */
export type Reason = { code: ReasonCode; message: string; article: string };

/** An inclusive day range is open on `onDate` (ISO dates compare as strings). */
export function openOn(from: string, to: string | null, onDate: string): boolean {
  return from <= onDate && (to === null || onDate <= to);
}
