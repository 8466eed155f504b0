/**
 * Starting a plan from last year's: a unit's annual plan repeats most of the previous one (its
 * contents, award forms, criteria, dossier, duties, recipients), with the dates a year on. Pure.
 * Dates are ISO days ("2025-03-04") or loose dates ("2025-12", "2025": loose-date.ts).
 */

type Dated = {
  title: string;
  periodFrom: string;
  periodTo: string;
  registrationDeadline?: string;
  dossierDeadline?: string;
  phases: { name: string; reviewDate: string }[];
};

/** The year a copy of a plan of `sourceYear` is for: the next one, and never a year already past. */
export function copyTargetYear(sourceYear: number, thisYear: number): number {
  return Math.max(sourceYear + 1, thisYear);
}

/** An ISO day or loose date `years` later; 29/02 becomes 28/02 in a year that has none. */
export function shiftDate(date: string, years: number): string {
  const year = String(Number(date.slice(0, 4)) + years);
  const rest = date.slice(4);
  if (rest !== "-02-29") return `${year}${rest}`;
  const leap = new Date(Date.UTC(Number(year), 1, 29)).getUTCMonth() === 1;
  return `${year}-02-${leap ? "29" : "28"}`;
}

/**
 * The plan's dates moved `years` on, and its title's year with them ("… năm 2025" → "… năm
 * 2026"; only the year the plan starts in, so a span like "2021–2025" in a title is left alone
 * unless it starts then).
 */
export function shiftPlanYears<P extends Dated>(p: P, years: number): P {
  const from = p.periodFrom.slice(0, 4);
  const to = String(Number(from) + years);
  const optional = (d: string | undefined) => (d ? shiftDate(d, years) : d);
  return {
    ...p,
    title: p.title.replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, "g"), to),
    periodFrom: shiftDate(p.periodFrom, years),
    periodTo: shiftDate(p.periodTo, years),
    registrationDeadline: optional(p.registrationDeadline),
    dossierDeadline: optional(p.dossierDeadline),
    phases: p.phases.map((ph) => ({ ...ph, reviewDate: shiftDate(ph.reviewDate, years) })),
  };
}

type Parts = {
  bases: unknown[];
  contents: unknown[];
  awardForms: unknown[];
  duties: unknown[];
  recipients: unknown[];
  signerName: string;
  registrationDeadline?: string;
  dossierDeadline?: string;
  phases: unknown[];
};

/** What a copied plan brought with it, for the notice above the form ("3 căn cứ, 2 hình thức khen thưởng, …"). */
export function copiedParts(p: Parts): string[] {
  const count = (n: number, what: string) => (n ? [`${n} ${what}`] : []);
  return [
    ...count(p.bases.length, "căn cứ"),
    ...count(p.contents.length, "nội dung thi đua"),
    ...count(p.awardForms.length, "hình thức khen thưởng (tiêu chuẩn, hồ sơ)"),
    ...(p.registrationDeadline || p.dossierDeadline ? ["thời hạn đăng ký, nộp hồ sơ"] : []),
    ...count(p.phases.length, "đợt sơ kết, tổng kết"),
    ...count(p.duties.length, "đơn vị thực hiện"),
    ...count(p.recipients.length, "nơi nhận"),
    ...(p.signerName ? ["người ký"] : []),
  ];
}
