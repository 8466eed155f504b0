import { openOn, principlesArticle, type Reason } from "./principles";

/**
 * Discipline as a bar to commendation (Nghị định 98/2023/NĐ-CP, then 152/2025/NĐ-CP, Điều 4:
 * no commendation, nor proposal to a higher level, while the competent body is considering
 * discipline, or while under discipline). Pure: takes the records, returns reasons.
 */
export type DisciplineFacts = {
  status: "UNDER_CONSIDERATION" | "DECIDED";
  effectiveFrom: string; // yyyy-mm-dd
  effectiveTo: string | null;
};

export type { Reason };

export function disciplineReasons(records: DisciplineFacts[], onDate: string): Reason[] {
  const article = principlesArticle(onDate);
  return records
    .filter((r) => openOn(r.effectiveFrom, r.effectiveTo, onDate))
    .map((r) =>
      r.status === "UNDER_CONSIDERATION"
        ? {
            code: "DISCIPLINE_PENDING",
            message: "Đang bị xem xét kỷ luật: chưa xét khen thưởng.",
            article,
            sensitive: true,
          }
        : {
            code: "UNDER_DISCIPLINE",
            message: "Đang trong thời gian bị kỷ luật: không xét khen thưởng.",
            article,
            sensitive: true,
          },
    );
}
