/**
 * How Vietnamese administrative documents write numbers, dates, money and lists (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I). Every document (plan, decision, minutes, report, certificate) and
 * the pages that quote them take their wording from here, so a date or a sum reads the same
 * everywhere. Pure.
 */

/** "Thị trấn Cổ Lễ" → "THỊ TRẤN CỔ LỄ": headers print the issuing body in capitals. */
export const upper = (s: string) => s.toLocaleUpperCase("vi-VN");

/** 5 → "05", 12 → "12": days, small counts and document numbers below 10 take a leading zero. */
export const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

const money = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
/** 1170000 → "1.170.000" (whole đồng, dots between thousands). */
export const formatMoney = (n: number) => money.format(n);
/** 1170000 → "1.170.000 đồng": an amount in running text and tables, always "đồng", never "đ". */
export const formatDong = (n: number) => `${money.format(n)} đồng`;
/** 1234 → "1.234": a count (awards, people), grouped like money. */
export const formatCount = (n: number) => money.format(n);

/**
 * "Hớn Quản, ngày 05 tháng 02 năm 2024". ND 30: a day below 10 and months 1 and 2 take a leading
 * zero ("ngày 05 tháng 02", "ngày 20 tháng 3"). Without a date (a draft) the day and month are
 * left blank to fill in by hand, in `fallbackYear`.
 */
export function placeDate(place: string, issuedOn: string | null, fallbackYear: string): string {
  if (!issuedOn) return `${place}, ngày      tháng      năm ${fallbackYear}`;
  const [y, m, d] = issuedOn.split("-").map(Number) as [number, number, number];
  return `${place}, ngày ${pad2(d)} tháng ${m < 3 ? pad2(m) : String(m)} năm ${y}`;
}

/**
 * "ngày 05 tháng 02 năm 2026": the date of a place-date line without the place, as running text
 * cites a date. Without a date, blanks in `fallbackYear` (by default the date's own year).
 */
export function dayMonthYear(iso: string | null, fallbackYear = iso?.slice(0, 4) ?? ""): string {
  return placeDate("", iso, fallbackYear).replace(/^, /u, "");
}

/** "Số: 25/KH-UBND" (numbers below 10 padded, "Số: 05/…"); a draft leaves the number blank. */
export function numberLine(number: string | null, symbol: string): string {
  if (!number?.trim()) return `Số:        /${symbol}`;
  const n = number.trim();
  return `Số: ${/^\d+$/.test(n) ? pad2(Number(n)) : n}/${symbol}`;
}

/** The non-empty lines of a text box, trimmed: each prints as a paragraph of its own. */
export const paragraphsOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A list line as "- …", unless the user already marked it ("- ", "+ ", "a) ", "1. "). */
const MARKED = /^([-–—+•*]\s|\d+[.)]\s|\p{Ll}\)\s)/u;
export const dash = (s: string) => (MARKED.test(s) ? s : `- ${s}`);

/** Lines of a list joined the way documents end them: ";" between, "." after the last. */
export function terminate(items: string[]): string[] {
  return items.map((s, i) => `${s.replace(/[\s;.,]+$/u, "")}${i === items.length - 1 ? "." : ";"}`);
}

const VI_LETTERS = "abcdđeghiklmnopqrstuvxy";
/** "a)", "b)", … "đ)" … in the Vietnamese alphabet; "1.", "2.", … past its 23 letters. */
export const letter = (i: number, count: number) => (count <= VI_LETTERS.length ? `${VI_LETTERS[i]})` : `${i + 1}.`);

/** 4 → "IV": the numerals of a document's parts. */
export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table) while (n >= v) ((out += s), (n -= v));
  return out;
}
