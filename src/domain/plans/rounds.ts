/**
 * Award rounds (đợt khen thưởng) of a plan's award form. A plan decides how often a form is given:
 * once (an annual or thematic plan), every calendar year of a multi-year phase ("mỗi năm 03 tập thể,
 * 03 cá nhân"), at the phase's interim and final reviews (sơ kết, tổng kết — domain.md, "plan
 * phases"), or both. Each round has its own period, quota, allocation, registration, nominations,
 * council meeting and decision. The law sets no schedule for this (Luật Thi đua, khen thưởng 2022
 * leaves it to the plan that launches the campaign); these functions only read what the plan says.
 * Pure: dates are ISO yyyy-mm-dd strings, which compare correctly as strings.
 */

export const AWARD_RECURRENCES = ["ONCE", "YEARLY", "AT_REVIEWS", "YEARLY_AND_REVIEWS"] as const;
export type AwardRecurrence = (typeof AWARD_RECURRENCES)[number];

export const RECURRENCE_LABELS: Record<AwardRecurrence, string> = {
  ONCE: "Một lần",
  YEARLY: "Hằng năm",
  AT_REVIEWS: "Tại các đợt sơ kết, tổng kết",
  YEARLY_AND_REVIEWS: "Hằng năm và tại các đợt sơ kết, tổng kết",
};

export const recursYearly = (r: AwardRecurrence) => r === "YEARLY" || r === "YEARLY_AND_REVIEWS";
export const recursAtReviews = (r: AwardRecurrence) => r === "AT_REVIEWS" || r === "YEARLY_AND_REVIEWS";

/** A day of the year without its year, as plans write a recurring deadline ("trước ngày 15/12 hằng năm"). */
export type DayMonth = { day: number; month: number };

const pad = (n: number) => String(n).padStart(2, "0");
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * "15/12" (or "5/1") into a day and month; null when blank or no such day in any year.
 * 29/02 is a day (it exists in leap years; deadlineInYear moves it to 28/02 in the others).
 */
export function parseDayMonth(text: string): DayMonth | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*$/.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2024, month)) return null;
  return { day, month };
}

export const formatDayMonth = (d: DayMonth) => `${pad(d.day)}/${pad(d.month)}`;

/** The rule's day in a given year (yyyy-mm-dd); 29/02 falls on 28/02 in a year that has none. */
export function deadlineInYear(rule: DayMonth, year: number): string {
  return `${year}-${pad(rule.month)}-${pad(Math.min(rule.day, daysInMonth(year, rule.month)))}`;
}

export type RoundForm = {
  recurrence: AwardRecurrence;
  /** The one review a form is given at ("" = the plan, or every review when it recurs at reviews). */
  phase: string;
  /**
   * The reviews a form recurring at reviews is given at, by name, when the plan names some and not
   * others ("khen thưởng tại tổng kết", with a sơ kết in the plan); none listed = every review.
   */
  reviews?: string[];
  quota?: number | null;
  /** The dossier deadline of each year's round, if the plan gives one. */
  deadline?: DayMonth | null;
};

export type RoundPlan = {
  periodFrom: string;
  periodTo: string;
  dossierDeadline?: string | null;
  phases: { name: string; reviewDate: string }[];
};

export type RoundSpec = {
  /** What identifies the round across amendments of the plan: "ONCE", "Y2024", "R:<review name>". */
  key: string;
  position: number;
  /** "Năm 2024", "Sơ kết giai đoạn 2021–2025". */
  label: string;
  year: number | null;
  review: string | null;
  periodFrom: string;
  periodTo: string;
  dossierDeadline: string | null;
  quota: number | null;
};

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** "Năm 2024" within one calendar year, "2021–2030" across several. */
export function periodLabel(from: string, to: string): string {
  return yearOf(from) === yearOf(to) ? `Năm ${yearOf(from)}` : `${yearOf(from)}–${yearOf(to)}`;
}

/**
 * The rounds of an award form, in the order they fall due (by the end of their period; a year's
 * round before a review ending the same day). Their quota is the form's, per round: "mỗi năm 03"
 * is 03 in every year, not 03 for the ten years.
 *  - ONCE: one round over the plan's period (or named after the review the form is given at), due
 *    by the plan's dossier deadline — what every plan had before rounds existed.
 *  - yearly: one round per calendar year of the period (the first and last years cut to the
 *    period), due on the plan's day/month rule in that year; without a rule, the plan's dossier
 *    deadline in the one year it falls in.
 *  - at reviews: one round per review (or the ones the form lists, or the one it names), for the achievements
 *    from the start of the phase to the review; due on the rule's day of the review's year when
 *    that falls before the review.
 */
export function roundsOf(form: RoundForm, plan: RoundPlan): RoundSpec[] {
  const quota = form.quota ?? null;
  if (form.recurrence === "ONCE") {
    return [
      {
        key: "ONCE",
        position: 0,
        label: form.phase || periodLabel(plan.periodFrom, plan.periodTo),
        year: yearOf(plan.periodFrom) === yearOf(plan.periodTo) ? yearOf(plan.periodFrom) : null,
        review: form.phase || null,
        periodFrom: plan.periodFrom,
        periodTo: plan.periodTo,
        dossierDeadline: plan.dossierDeadline ?? null,
        quota,
      },
    ];
  }
  const rounds: Omit<RoundSpec, "position">[] = [];
  if (recursYearly(form.recurrence)) {
    for (let y = yearOf(plan.periodFrom); y <= yearOf(plan.periodTo); y++) {
      const fallback = plan.dossierDeadline && yearOf(plan.dossierDeadline) === y ? plan.dossierDeadline : null;
      rounds.push({
        key: `Y${y}`,
        label: `Năm ${y}`,
        year: y,
        review: null,
        periodFrom: y === yearOf(plan.periodFrom) ? plan.periodFrom : `${y}-01-01`,
        periodTo: y === yearOf(plan.periodTo) ? plan.periodTo : `${y}-12-31`,
        dossierDeadline: form.deadline ? deadlineInYear(form.deadline, y) : fallback,
        quota,
      });
    }
  }
  if (recursAtReviews(form.recurrence)) {
    const chosen = form.reviews?.length ? new Set(form.reviews) : null;
    const reviews = plan.phases.filter((p) => (chosen ? chosen.has(p.name) : !form.phase || p.name === form.phase));
    for (const r of reviews) {
      const ruleDay = form.deadline ? deadlineInYear(form.deadline, yearOf(r.reviewDate)) : null;
      rounds.push({
        key: `R:${r.name}`,
        label: r.name,
        year: null,
        review: r.name,
        periodFrom: plan.periodFrom,
        periodTo: r.reviewDate,
        dossierDeadline: ruleDay && ruleDay <= r.reviewDate ? ruleDay : null,
        quota,
      });
    }
  }
  return rounds
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.periodTo.localeCompare(b.r.periodTo) || a.i - b.i)
    .map(({ r }, position) => ({ ...r, position }));
}

/**
 * The years a unit registers for a plan (đăng ký thi đua): every calendar year of the period when
 * any of its forms is given yearly (a ten-year plan is registered for year by year), else once, for
 * the plan's first year.
 */
export function registrationYears(plan: { periodFrom: string; periodTo: string }, recurrences: AwardRecurrence[]) {
  const first = yearOf(plan.periodFrom);
  if (!recurrences.some(recursYearly)) return [first];
  return Array.from({ length: yearOf(plan.periodTo) - first + 1 }, (_, i) => first + i);
}

/**
 * The registration deadline of one year: the plan's deadline moved to that year (same day and
 * month — "trước ngày 31/01 hằng năm"), or none when the plan sets none.
 */
export function registrationDeadlineIn(deadline: string | null | undefined, year: number): string | null {
  if (!deadline) return null;
  if (yearOf(deadline) === year) return deadline;
  return deadlineInYear({ day: Number(deadline.slice(8, 10)), month: Number(deadline.slice(5, 7)) }, year);
}

/**
 * The deadline a registration for `year` answers to, of a plan registered for `years`: year by year,
 * the plan's day moved to that year ("trước ngày 31/01 hằng năm"); registered once, the plan's own
 * deadline as written, whatever year it falls in.
 */
export function registrationDeadlineOf(deadline: string | null | undefined, year: number, years: number[]) {
  return years.length > 1 ? registrationDeadlineIn(deadline, year) : (deadline ?? null);
}

/** The year a registration page opens on: the one asked for if the plan has it, else this year within the plan, else its nearest. */
export function registrationYearFor(years: number[], asked: number | undefined, today: string): number {
  if (asked !== undefined && years.includes(asked)) return asked;
  const now = yearOf(today);
  if (years.includes(now)) return now;
  return now < years[0]! ? years[0]! : years[years.length - 1]!;
}

/**
 * The rounds a plan's boards can be filtered by (one entry per key across its forms, in order of
 * their end) and the one shown: the key asked for, else the year whose period holds today, else the
 * first. A form given once has its one round whichever is chosen (the boards show it always).
 */
export function roundChoice(
  rounds: { key: string; label: string; position: number; periodFrom: string; periodTo: string }[],
  asked: string | undefined,
  today: string,
) {
  const byKey = new Map<string, { key: string; label: string; from: string; to: string }>();
  const ordered = [...rounds].sort((a, b) => a.periodTo.localeCompare(b.periodTo) || a.position - b.position);
  for (const r of ordered)
    if (!byKey.has(r.key)) byKey.set(r.key, { key: r.key, label: r.label, from: r.periodFrom, to: r.periodTo });
  const options = [...byKey.values()];
  const thisYear = options.find((o) => /^Y\d{4}$/.test(o.key) && o.from <= today && today <= o.to);
  const roundKey = (asked && byKey.has(asked) ? asked : undefined) ?? thisYear?.key ?? options[0]?.key ?? "ONCE";
  return { rounds: options.map(({ key, label }) => ({ key, label })), roundKey };
}

/**
 * The round of a form that is open on `today` for deadlines (reminders, the task boards): the first
 * not yet due — by its dossier deadline, or without one by the end of its period — so a form given
 * yearly is worked on for this year's round until "15/12", then for next year's; a review round
 * due before this year's comes first. Not per plan: each round has its own day.
 */
export function openRound<R extends { periodTo: string; dossierDeadline: string | null }>(
  rounds: R[],
  today: string,
): R | undefined {
  const due = (r: R) => r.dossierDeadline ?? r.periodTo;
  return rounds.filter((r) => due(r) >= today).sort((a, b) => due(a).localeCompare(due(b)))[0];
}

/** The round of a form a board shows for the chosen key: the one of that key, or the form's only round. */
export function roundForKey<R extends { key: string }>(rounds: R[], key: string): R | undefined {
  return rounds.find((r) => r.key === key) ?? (rounds.length === 1 ? rounds[0] : undefined);
}
