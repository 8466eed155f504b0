/**
 * The days the law of emulation and commendation changed. Pure.
 *
 * These are the only places in the code where these days are written: every module that depends on
 * "which law on that day" asks `eraOn` (eras.ts) or compares with these constants. Sources are in
 * `../shared/docs/legal-facts.md`.
 *  - 01/01/2024: Luật Thi đua, khen thưởng số 06/2022/QH15 and Nghị định 98/2023/NĐ-CP take
 *    effect; Luật 2003 (amended 2005, 2013) and Nghị định 91/2017/NĐ-CP end the day before.
 *  - 01/07/2025: Nghị định 152/2025/NĐ-CP replaces Nghị định 98/2023/NĐ-CP (NĐ 152 Điều 59 khoản
 *    1–2); local government has two levels and the commune chair confers what the district chair
 *    conferred (Nghị định 129/2025/NĐ-CP Điều 59). 30/06/2025 is the last day of districts.
 */

/** First day of Luật 06/2022/QH15 and Nghị định 98/2023/NĐ-CP. */
export const LAW_2022_FROM = "2024-01-01";
/** Last day of Luật 2003 and Nghị định 91/2017/NĐ-CP. */
export const LAW_2003_LAST_DAY = "2023-12-31";
/** First day of Nghị định 152/2025/NĐ-CP, of Nghị định 129/2025/NĐ-CP and of two-level local government. */
export const ND152_FROM = "2025-07-01";
/** Last day of Nghị định 98/2023/NĐ-CP and of the district level. */
export const ND98_LAST_DAY = "2025-06-30";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The calendar day of an ISO date or timestamp ("2025-07-01T…" → "2025-07-01"); throws on anything else. */
export function isoDay(isoDate: string): string {
  if (!ISO_DATE.test(isoDate)) throw new RangeError(`Ngày không đúng dạng YYYY-MM-DD: ${isoDate}`);
  return isoDate.slice(0, 10);
}
