/**
 * Discipline as a bar to commendation. Nghị định 98/2023/NĐ-CP, Điều 4 (nguyên tắc xét danh hiệu
 * thi đua, hình thức khen thưởng): no commendation, nor proposal to a higher level, for a person
 * or collective while the competent body is considering discipline, or while under discipline.
 * Pure: takes the records, returns reasons (never throws for a business outcome).
 */
export type DisciplineFacts = {
  status: "UNDER_CONSIDERATION" | "DECIDED";
  effectiveFrom: string; // yyyy-mm-dd
  effectiveTo: string | null;
};

export type Reason = { code: "UNDER_DISCIPLINE" | "DISCIPLINE_PENDING"; message: string; article: string };

const ARTICLE = "Nghị định 98/2023/NĐ-CP, Điều 4";

export function disciplineReasons(records: DisciplineFacts[], onDate: string): Reason[] {
  const reasons: Reason[] = [];
  for (const r of records) {
    const current = r.effectiveFrom <= onDate && (r.effectiveTo === null || onDate <= r.effectiveTo);
    if (!current) continue;
    reasons.push(
      r.status === "UNDER_CONSIDERATION"
        ? { code: "DISCIPLINE_PENDING", message: "Đang bị xem xét kỷ luật: chưa xét khen thưởng.", article: ARTICLE }
        : { code: "UNDER_DISCIPLINE", message: "Đang trong thời gian bị kỷ luật: không xét khen thưởng.", article: ARTICLE },
    );
  }
  return reasons;
}
