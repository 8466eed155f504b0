/**
 * Reminders before deadlines: 7, 3 and 1 days before, each once. A scan that runs late (the app
 * was down on the day) sends the reminder of the step it is in, once: with 2 days left and the
 * 3-day reminder not sent yet, it sends that one ("còn 2 ngày"), never the 7-day one as well.
 */

export const REMINDER_DAYS = [7, 3, 1] as const;

/** Whole days from `today` to `deadline` (both yyyy-mm-dd; the deadline day itself counts as 0 left). */
export function daysLeft(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** The reminder step due on `today` for a deadline: 7, 3 or 1 (the deadline day falls in the 1-day step); null when none. */
export function reminderStep(deadline: string, today: string): number | null {
  const left = daysLeft(deadline, today);
  if (left < 0) return null;
  return [...REMINDER_DAYS].reverse().find((step) => left <= step) ?? null;
}

/** "còn 3 ngày" / "hạn là hôm nay". */
export function leftInWords(left: number): string {
  return left === 0 ? "hạn là hôm nay" : `còn ${left} ngày`;
}

/** The ballot's single reminder goes to members who have not voted this long after it opened. */
export const BALLOT_REMINDER_AFTER_MS = 30 * 60_000;
/**
 * Ballots opened longer ago than this are not scanned: a scan every few minutes has sent their
 * reminder long before (and an old ballot left open is the secretary's to close, not to remind of).
 */
export const BALLOT_REMINDER_WITHIN_MS = 24 * 3_600_000;

/**
 * Units that still owe the dossiers due on one day: each unit given a share of a round's quota (per form)
 * that has sent nothing for that form, and each unit holding a draft or a returned proposal.
 * A unit whose deadline was extended is reminded of nothing here (its own date applies).
 */
export function unitsOwingDossiers(
  forms: { allocations: { unitId: string; quantity: number }[]; batches: { unitId: string; status: string }[] }[],
  extended: ReadonlySet<string>,
): string[] {
  const owing = new Set<string>();
  for (const form of forms) {
    const sent = new Set(
      form.batches.filter((b) => b.status === "SUBMITTED" || b.status === "ACCEPTED").map((b) => b.unitId),
    );
    for (const a of form.allocations) if (a.quantity > 0 && !sent.has(a.unitId)) owing.add(a.unitId);
    for (const b of form.batches)
      if ((b.status === "DRAFT" || b.status === "RETURNED") && !sent.has(b.unitId)) owing.add(b.unitId);
  }
  return [...owing].filter((u) => !extended.has(u));
}
