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

/**
 * The basis line of a unit's registration: "Căn cứ Kế hoạch số 12/KH-UBND ngày 15/6/2022 của UBND
 * Thị xã Ngã Năm về …, Phường 1 đăng ký thi đua năm 2024 như sau:" — the plan by number and date,
 * the year registered for when the plan is registered year by year.
 */
export function registrationBasis(args: {
  planNumber: string | null;
  planSymbol: string;
  /** yyyy-mm-dd */
  planIssuedOn: string | null;
  issuer: string;
  planTitle: string;
  unitName: string;
  year: number | null;
}): string {
  const number = args.planNumber ? ` số ${args.planNumber}/${args.planSymbol}` : "";
  const date = args.planIssuedOn ? ` ngày ${viShortDate(args.planIssuedOn)}` : "";
  const year = args.year ? ` năm ${args.year}` : "";
  return `Căn cứ Kế hoạch${number}${date} của ${args.issuer} về ${args.planTitle}, ${args.unitName} đăng ký thi đua${year} như sau:`;
}

/** "15/6/2022": a date cited in running text, as offices write it (no leading zeros). */
function viShortDate(iso: string) {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d}/${m}/${y}`;
}
