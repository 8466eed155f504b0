/**
 * Quá trình khen thưởng: the awards of one person or collective, in the order they were earned,
 * as the record prints it (page, print and .docx alike) — every title and form whichever unit
 * gave it, a revoked award kept with its revocation, and how many times each title is held. Pure.
 */
import { formatViDate } from "@/lib/dates";
import { titleKey, titleLabel } from "@/domain/statistics/forms";
import type { RewardKind } from "./reward";

export type RecordedAward = {
  id: string;
  year: number;
  name: string;
  catalogueCode: string | null;
  decisionNumber: string;
  decidedOn: string;
  conferredBy: string;
  /** The awardee's unit when it was given (a predecessor's name after a merger). */
  unitName: string;
  amount: number | null;
  /** How the award rewarded (reward.ts); null: entered from a paper decision. */
  rewardKind?: RewardKind | null;
  giftDescription?: string;
  /** Entered from a paper decision (its unit may delete it) or written by a decision made here. */
  source: "ENTERED" | "DECISION";
  revokedOn: string | null;
  revokeDecisionNumber: string | null;
  revokeReason: string | null;
};

export type RecordLine = RecordedAward & { decision: string; revocation: string | null };

/** "Số 15/QĐ-UBND ngày 15/01/2025": the decision as a record cites it. */
export const decisionCitation = (number: string, isoDate: string) =>
  `Số ${number.replace(/^Số:?\s*/iu, "")} ngày ${formatViDate(isoDate)}`;

/** "Thu hồi theo Quyết định số 9 ngày 01/03/2026: lý do": what the record says of a revoked award. */
export function revocationNote(a: Pick<RecordedAward, "revokedOn" | "revokeDecisionNumber" | "revokeReason">) {
  if (!a.revokedOn) return null;
  const by = a.revokeDecisionNumber ? `Quyết định số ${a.revokeDecisionNumber} ` : "";
  return `Thu hồi theo ${by}ngày ${formatViDate(a.revokedOn)}${a.revokeReason ? `: ${a.revokeReason}` : ""}`;
}

/** The awards oldest first (by year of achievement, then decision date), each with its citations. */
export function recordLines(awards: readonly RecordedAward[]): RecordLine[] {
  return [...awards]
    .sort((a, b) => a.year - b.year || a.decidedOn.localeCompare(b.decidedOn) || a.name.localeCompare(b.name, "vi"))
    .map((a) => ({ ...a, decision: decisionCitation(a.decisionNumber, a.decidedOn), revocation: revocationNote(a) }));
}

/**
 * How many times each title or form is held (revoked ones not counted), most first, with the years:
 * "Chiến sĩ thi đua cơ sở: 3 lần (2022, 2023, 2024)".
 */
export function titlesHeld(awards: readonly RecordedAward[]): { label: string; times: number; years: number[] }[] {
  const held = new Map<string, { label: string; years: number[] }>();
  for (const a of awards) {
    if (a.revokedOn) continue;
    const key = titleKey(a.catalogueCode, a.name);
    const entry = held.get(key) ?? { label: titleLabel(key), years: [] };
    entry.years.push(a.year);
    held.set(key, entry);
  }
  return [...held.values()]
    .map((h) => ({ label: h.label, times: h.years.length, years: [...h.years].sort((x, y) => x - y) }))
    .sort((a, b) => b.times - a.times || a.label.localeCompare(b.label, "vi"));
}

/** "Chiến sĩ thi đua cơ sở: 3 lần (2022, 2023, 2024)". */
export const heldLine = (h: { label: string; times: number; years: number[] }) =>
  `${h.label}: ${h.times} lần (${h.years.join(", ")})`;
