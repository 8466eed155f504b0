import type { Reason } from "./principles";
import { RATING_LABELS } from "@/domain/labels";

/**
 * Title prerequisites that the app's records can decide (Luật Thi đua, khen thưởng 2022):
 *  - "Lao động tiên tiến": hoàn thành tốt nhiệm vụ trở lên (Điều 24 khoản 1 điểm a).
 *  - "Chiến sĩ thi đua cơ sở": đạt tiêu chuẩn "Lao động tiên tiến" (Điều 23 khoản 1) và hoàn thành
 *    xuất sắc nhiệm vụ hoặc có sáng kiến được cơ sở công nhận (Điều 23 khoản 2).
 *  - "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh": 03 lần liên tục "Chiến sĩ thi đua cơ sở" và sáng kiến
 *    có phạm vi ảnh hưởng trong tỉnh (Điều 22 khoản 1).
 * Criteria that need a judgement (tinh thần tự lực, đoàn kết…) are the council's, not checked here.
 * "Chiến sĩ thi đua toàn quốc" is the Prime Minister's (central level): outside this app's rules.
 * Pure: facts in, reasons out; an absent fact (no rating recorded) is a reason, never a pass.
 */

export type Rating = "HTXSNV" | "HTTNV" | "HTNV" | "KHTNV";
export type InitiativeScope = "CO_SO" | "TINH" | "TOAN_QUOC";

export type PersonRecordFacts = {
  ratings: { year: number; rating: Rating }[];
  initiatives: { scope: InitiativeScope; recognisedOn: string }[];
  /** Award history; revoked awards are left out by the caller or flagged here. */
  awards: { catalogueCode: string | null; year: number; revoked: boolean }[];
};

const LAW = "Luật Thi đua, khen thưởng 2022";
const SCOPE_RANK: Record<InitiativeScope, number> = { CO_SO: 0, TINH: 1, TOAN_QUOC: 2 };

const ratingIn = (f: PersonRecordFacts, year: number) => f.ratings.find((r) => r.year === year)?.rating;
const awarded = (f: PersonRecordFacts, code: string, year: number) =>
  f.awards.some((a) => !a.revoked && a.catalogueCode === code && a.year === year);
const initiativeBetween = (f: PersonRecordFacts, scope: InitiativeScope, fromYear: number, toYear: number) =>
  f.initiatives.some(
    (i) =>
      SCOPE_RANK[i.scope] >= SCOPE_RANK[scope] &&
      Number(i.recognisedOn.slice(0, 4)) >= fromYear &&
      Number(i.recognisedOn.slice(0, 4)) <= toYear,
  );

/** The years, counting back from `endYear`, in which `code` was awarded without a break. */
export function consecutiveYears(f: PersonRecordFacts, code: string, endYear: number): number {
  let n = 0;
  while (awarded(f, code, endYear - n)) n++;
  return n;
}

function advancedWorkerReasons(f: PersonRecordFacts, year: number, article: string): Reason[] {
  const rating = ratingIn(f, year);
  if (awarded(f, "LDTT", year)) return [];
  if (!rating)
    return [
      {
        code: "NO_RATING",
        message: `Chưa có kết quả xếp loại năm ${year}: chưa xác định được tiêu chuẩn "Lao động tiên tiến".`,
        article,
      },
    ];
  if (rating !== "HTXSNV" && rating !== "HTTNV") {
    return [
      {
        code: "RATING_TOO_LOW",
        message: `Năm ${year} xếp loại "${RATING_LABELS[rating]}": "Lao động tiên tiến" cần hoàn thành tốt nhiệm vụ trở lên.`,
        article,
      },
    ];
  }
  return [];
}

/** Reasons `f` does not meet the prerequisites of the catalogue title `code` for the achievement year `year`. */
export function prerequisiteReasons(code: string | null, f: PersonRecordFacts, year: number): Reason[] {
  switch (code) {
    case "LDTT":
      return advancedWorkerReasons(f, year, `${LAW}, Điều 24 khoản 1 điểm a`);
    case "CSTD_CS": {
      const reasons = advancedWorkerReasons(f, year, `${LAW}, Điều 23 khoản 1`);
      if (ratingIn(f, year) !== "HTXSNV" && !initiativeBetween(f, "CO_SO", year, year)) {
        reasons.push({
          code: "NO_INITIATIVE",
          message: `Năm ${year} chưa hoàn thành xuất sắc nhiệm vụ và chưa có sáng kiến được cơ sở công nhận.`,
          article: `${LAW}, Điều 23 khoản 2`,
        });
      }
      return reasons;
    }
    case "CSTD_TINH": {
      const reasons: Reason[] = [];
      const streak = consecutiveYears(f, "CSTD_CS", year);
      if (streak < 3) {
        reasons.push({
          code: "NOT_CONSECUTIVE",
          message: `Cần 03 lần liên tục đạt "Chiến sĩ thi đua cơ sở" (${year - 2}–${year}); hiện có ${streak} năm liên tục đến năm ${year}.`,
          article: `${LAW}, Điều 22 khoản 1`,
        });
      }
      if (!initiativeBetween(f, "TINH", year - 2, year)) {
        reasons.push({
          code: "NO_INITIATIVE",
          message: `Chưa có sáng kiến được công nhận phạm vi ảnh hưởng trong tỉnh trong các năm ${year - 2}–${year}.`,
          article: `${LAW}, Điều 22 khoản 1`,
        });
      }
      return reasons;
    }
    default:
      return [];
  }
}
