/**
 * The award sections of the statistics page, from counts grouped by the database: per year (with
 * revocations beside), per title or form, per round. Pure.
 */
import { countsByYear, pivotByYear, sum, type YearCount, type YearRow } from "./series";
import { titleKey, titleLabel } from "./forms";

/**
 * The round (đợt) an award came in, by the plan that led to it: the year's review (hằng năm), a
 * campaign or theme (chuyên đề, theo đợt), a multi-year phase (sơ kết, tổng kết giai đoạn); or
 * entered from a paper decision, whose round the app does not know.
 */
export const ROUNDS = ["ANNUAL", "THEMATIC", "PHASE", "ENTERED"] as const;
export type Round = (typeof ROUNDS)[number];
export const ROUND_LABELS: Record<Round, string> = {
  ANNUAL: "Tổng kết năm (kế hoạch hằng năm)",
  THEMATIC: "Theo đợt, chuyên đề",
  PHASE: "Sơ kết, tổng kết giai đoạn",
  ENTERED: "Nhập từ quyết định giấy",
};

/** One value per round, built from the list of rounds in order (what `Promise.all` over ROUNDS gives). */
export function perRound<T>(values: readonly T[]): Record<Round, T> {
  return Object.fromEntries(ROUNDS.map((round, i) => [round, values[i]])) as Record<Round, T>;
}

export type AwardCounts = {
  /** Awards in force, by year and title (the title filter not applied: every title is offered). */
  titles: readonly { year: number; catalogueCode: string | null; name: string; count: number }[];
  /** Revoked awards by year (title filter applied). */
  revoked: readonly { year: number; count: number }[];
  /** Awards in force by year, per round (title filter applied). */
  rounds: Readonly<Record<Round, readonly { year: number; count: number }[]>>;
};

export type AwardSummary = {
  byYear: { year: number; awarded: number; revoked: number }[];
  byTitle: YearRow[];
  byRound: YearRow[];
  total: number;
  /** Every title awarded in the span, for the filter: its key (titleKey) and name. */
  titleChoices: { key: string; label: string }[];
};

export function summariseAwards(counts: AwardCounts, years: readonly number[], title?: string): AwardSummary {
  const titleGroups: YearCount[] = counts.titles.map((t) => {
    const key = titleKey(t.catalogueCode, t.name);
    return { year: t.year, key, label: titleLabel(key), count: t.count };
  });
  const chosen = title ? titleGroups.filter((g) => g.key === title) : titleGroups;
  const awarded = countsByYear(chosen, years);
  const revoked = countsByYear(counts.revoked, years);
  const rounds = ROUNDS.flatMap((round) => counts.rounds[round].map((g) => ({ ...g, key: round })));
  return {
    byYear: years.map((year, i) => ({ year, awarded: awarded[i]!, revoked: revoked[i]! })),
    byTitle: pivotByYear(chosen, years),
    byRound: pivotByYear(
      rounds,
      years,
      ROUNDS.map((key) => ({ key, label: ROUND_LABELS[key] })),
    ),
    total: sum(awarded),
    titleChoices: [...new Map(titleGroups.map((g) => [g.key, { key: g.key, label: g.label! }])).values()].sort((a, b) =>
      a.label.localeCompare(b.label, "vi"),
    ),
  };
}
