/**
 * Document numbers (Nghị định 30/2020/NĐ-CP, Phụ lục I, "số, ký hiệu của văn bản": numbered from
 * 01 each year per issuing body, in Arabic digits; numbers below 10 carry a leading 0).
 */
export function formatDocumentNumber(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The next free number given those already used this year (as strings, possibly "05" or "5"). */
export function nextDocumentNumber(used: readonly string[]): string {
  const max = used.reduce((m, s) => Math.max(m, Number.parseInt(s, 10) || 0), 0);
  return formatDocumentNumber(max + 1);
}
