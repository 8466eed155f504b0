import { eraOn } from "./eras";

/**
 * Which template an achievement report (báo cáo thành tích) follows, and the year it is dated in.
 * Pure. The report belongs to its round: it is dated in the round's year and follows the template
 * of the decree in force at the round's end (or today, if the round has not ended) — NĐ 98/2023 Mẫu
 * số 02 (collective) or 03 (individual) until 30/6/2025, NĐ 152/2025 Mẫu số 05 (individual) after.
 * Where the calendar has no number (a collective's report under NĐ 152/2025 is open in the facts),
 * the number the plan's dossier list names is used, else none is printed and `open` says why.
 */
export type ReportTemplate = {
  /** "Mẫu số 05"; null: none printed. */
  number: string | null;
  /** "Nghị định số 152/2025/NĐ-CP". */
  decree: string;
  /** The year of the report's date line. */
  year: string;
  /** Why no number is printed, for the person filling the report in. */
  open: string | null;
};

export function reportTemplate(
  kind: "INDIVIDUAL" | "COLLECTIVE",
  roundEnd: string,
  today: string,
  /** The plan's dossier item as written ("Báo cáo thành tích (Mẫu số 04, Nghị định 152/2025/NĐ-CP)"). */
  planItem: string,
): ReportTemplate {
  const day = roundEnd < today ? roundEnd : today;
  const era = eraOn(day);
  const t = kind === "INDIVIDUAL" ? era.templates.individualReport : era.templates.collectiveReport;
  const decree = era.decree.name.replace(/^Nghị định /u, "Nghị định số ");
  const year = day.slice(0, 4);
  if (t.number !== null) return { number: t.number, decree: t.decree, year, open: null };
  const named = /Mẫu số \d+/u.exec(planItem)?.[0] ?? null;
  return { number: named, decree, year, open: named ? null : t.open };
}
