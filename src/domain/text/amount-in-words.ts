/**
 * A sum of money in Vietnamese words, as decisions and lists write it after the figure:
 * "1.170.000 đồng (Bằng chữ: Một triệu một trăm bảy mươi nghìn đồng)". Pure.
 *
 * The reading conventions are fixed here so every document reads a number the same way:
 * - "linh" (not "lẻ") for a zero tens digit after hundreds: 105 → "một trăm linh năm";
 * - "mốt" for a one after "mươi": 21 → "hai mươi mốt" (but 11 → "mười một", 101 → "một trăm linh một");
 * - "lăm" for a five after "mười"/"mươi": 15 → "mười lăm", 25 → "hai mươi lăm" (but 105 → "linh năm");
 * - "tư" for a four after "mươi": 24 → "hai mươi tư" (but 14 → "mười bốn", 104 → "một trăm linh bốn");
 * - an inner group is read in full: 1.005.000 → "một triệu không trăm linh năm nghìn";
 * - groups: nghìn, triệu, tỷ; above a thousand billion the groups repeat before "tỷ"
 *   (1.000.000.000.000 → "một nghìn tỷ").
 */

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;
const GROUPS = ["", "nghìn", "triệu"] as const;
const BILLION = 1_000_000_000;

const digit = (d: number) => DIGITS[d]!;

/** One group of three digits; `inner` when a higher group precedes it (so "không trăm", "linh"). */
function readGroup(n: number, inner: boolean): string[] {
  const [h, t, u] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  const words: string[] = [];
  if (h > 0 || inner) words.push(digit(h), "trăm");
  if (t === 0) {
    if (u > 0) words.push(...(words.length ? ["linh", digit(u)] : [digit(u)]));
  } else if (t === 1) {
    words.push("mười");
    if (u > 0) words.push(u === 5 ? "lăm" : digit(u));
  } else {
    words.push(digit(t), "mươi");
    if (u > 0) words.push(u === 1 ? "mốt" : u === 4 ? "tư" : u === 5 ? "lăm" : digit(u));
  }
  return words;
}

/** Below a billion: the millions, thousands and units groups, zero groups skipped. */
function readBelowBillion(n: number, inner: boolean): string[] {
  const groups = [Math.floor(n / 1_000_000), Math.floor(n / 1000) % 1000, n % 1000];
  const words: string[] = [];
  groups.forEach((g, i) => {
    if (g === 0) return;
    words.push(...readGroup(g, inner || words.length > 0));
    const unit = GROUPS[2 - i]!;
    if (unit) words.push(unit);
  });
  return words;
}

function readNumber(n: number): string[] {
  if (n < BILLION) return readBelowBillion(n, false);
  const rest = n % BILLION;
  return [...readNumber(Math.floor(n / BILLION)), "tỷ", ...(rest ? readBelowBillion(rest, true) : [])];
}

/** 1_170_000 → "Một triệu một trăm bảy mươi nghìn đồng"; 0 → "Không đồng". */
export function vietnameseAmountInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Số tiền phải là số nguyên không âm: ${n}`);
  const words = n === 0 ? ["không"] : readNumber(n);
  const text = [...words, "đồng"].join(" ");
  return text.charAt(0).toLocaleUpperCase("vi-VN") + text.slice(1);
}
