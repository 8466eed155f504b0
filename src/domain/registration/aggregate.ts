import { toIsoDate } from "@/lib/dates";
import { unitNameInSentence } from "@/domain/units/hierarchy";

/** Counts of collectives and individuals registered per title or form (the issuing unit's summary). */
export function registrationCounts(rows: { items: string[] }[], codes: string[]): Record<string, number> {
  const counts = Object.fromEntries(codes.map((c) => [c, 0]));
  for (const row of rows) for (const code of row.items) if (code in counts) counts[code]! += 1;
  return counts;
}

/**
 * The plan's totals: approved registrations only. A registration sent and not yet reviewed, or
 * returned for completion, is shown with its status but is not yet what the unit registered.
 */
export function approvedTotals(
  registrations: { status: string; rows: { items: string[] }[] }[],
  codes: string[],
): Record<string, number> {
  return registrationCounts(
    registrations.filter((r) => r.status === "APPROVED").flatMap((r) => r.rows),
    codes,
  );
}

/** The plan a registration cites, as the plan reads it. */
export type CitedPlan = {
  number: string | null;
  symbol: string;
  issuedOn: Date | null;
  title: string;
  unit: { name: string };
};

/**
 * The basis line of a unit's registration: "Căn cứ Kế hoạch số 12/KH-UBND ngày 15/6/2022 của UBND
 * thị xã Ngã Năm về …, Phường 1 đăng ký thi đua năm 2024 như sau:" — the plan by number and date,
 * the year registered for (`year`) when the plan is registered year by year, else null.
 */
export function registrationBasis(plan: CitedPlan, unitName: string, year: number | null): string {
  const number = plan.number ? ` số ${plan.number}/${plan.symbol}` : "";
  const date = plan.issuedOn ? ` ngày ${viShortDate(toIsoDate(plan.issuedOn))}` : "";
  const ofYear = year ? ` năm ${year}` : "";
  const issuer = `UBND ${unitNameInSentence(plan.unit.name)}`;
  return `Căn cứ Kế hoạch${number}${date} của ${issuer} về ${plan.title}, ${unitName} đăng ký thi đua${ofYear} như sau:`;
}

/** "15/6/2022": a date cited in running text, as offices write it (no leading zeros). */
function viShortDate(iso: string) {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d}/${m}/${y}`;
}
