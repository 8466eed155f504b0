/**
 * Statistics shaped for a year-end report (báo cáo tổng kết): counts the database has already
 * grouped, laid out per year, pivoted, totalled. Pure: the queries aggregate, this only arranges.
 */

/** Longest span of years one report covers: a five-year phase and the one before it. */
export const MAX_YEARS = 10;

export type YearSpan = { from: number; to: number };

/** A span the report can show: in order, at most MAX_YEARS long (the latest years are kept). */
export function clampSpan(from: number, to: number): YearSpan {
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  return { from: Math.max(lo, hi - MAX_YEARS + 1), to: hi };
}

/** Every year of the span, oldest first. */
export function yearsOf(span: YearSpan): number[] {
  return Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i);
}

/** One line of a table by year: a count per year of `years` (same order) and the line's total. */
export type YearRow = { key: string; label: string; counts: number[]; total: number };

/** A count the database grouped by year and by something else (a title, a round). */
export type YearCount = { year: number; key: string; label?: string; count: number };

/** Counts per year of `years`, groups of the same year added; years outside are left out. */
export function countsByYear(groups: readonly { year: number; count: number }[], years: readonly number[]): number[] {
  return years.map((y) => groups.reduce((sum, g) => (g.year === y ? sum + g.count : sum), 0));
}

/**
 * Groups pivoted into lines (one per key) with a column per year, the largest total first, then
 * in Vietnamese alphabetical order. `order`, when given, fixes the lines and their order instead
 * (a line of zeros included): the rounds are always listed the same way.
 */
export function pivotByYear(
  groups: readonly YearCount[],
  years: readonly number[],
  order?: readonly { key: string; label: string }[],
): YearRow[] {
  const keys = order ?? [...new Map(groups.map((g) => [g.key, { key: g.key, label: g.label ?? g.key }])).values()];
  const rows = keys.map(({ key, label }) => {
    const counts = countsByYear(
      groups.filter((g) => g.key === key),
      years,
    );
    return { key, label, counts, total: sum(counts) };
  });
  return order ? rows : rows.sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, "vi"));
}

/** The totals line of a pivot: a column total per year. */
export function columnTotals(rows: readonly YearRow[], years: readonly number[]): number[] {
  return years.map((_, i) => sum(rows.map((r) => r.counts[i] ?? 0)));
}

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** 3 of 4 → "75%"; nothing to divide by → "–". Whole percents, as reports print them. */
export function percentOf(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : "–";
}
