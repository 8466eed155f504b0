/** Counts of collectives and individuals registered per title or form (the issuing unit's summary). */
export function registrationCounts(rows: { items: string[] }[], codes: string[]): Record<string, number> {
  const counts = Object.fromEntries(codes.map((c) => [c, 0]));
  for (const row of rows) for (const code of row.items) if (code in counts) counts[code]! += 1;
  return counts;
}
