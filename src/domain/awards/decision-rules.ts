/**
 * Dates of an award decision and of its revocation. Pure.
 *
 * A decision follows the council's vote it rests on (Luật Thi đua, khen thưởng 2022: the council
 * advises, the head decides), so it cannot be dated before the meeting; a revocation (Luật 2022
 * Điều 93 khoản 2) undoes a decision that exists, so it cannot be dated before it. ISO dates.
 */
export type DateProblem = { message: string; field: string };

const vi = (iso: string) => iso.split("-").reverse().join("/");

export function decisionDateProblem(decidedOn: string, meetingDates: string[]): DateProblem | null {
  const last = meetingDates.reduce((d, m) => (m > d ? m : d), "");
  if (!last || decidedOn >= last) return null;
  return {
    message: `Ngày quyết định không trước ngày Hội đồng họp (${vi(last)}).`,
    field: "Chọn ngày từ ngày họp Hội đồng trở đi.",
  };
}

export function revocationDateProblem(revokedOn: string, decidedOn: string): DateProblem | null {
  if (revokedOn >= decidedOn) return null;
  return {
    message: `Ngày thu hồi không trước ngày quyết định khen thưởng (${vi(decidedOn)}).`,
    field: "Chọn ngày từ ngày khen thưởng trở đi.",
  };
}
