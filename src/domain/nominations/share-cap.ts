/**
 * A cap on a title as a share of another (e.g. Chiến sĩ thi đua cơ sở at most N% of the unit's
 * Lao động tiên tiến of the year). The law in force sets no such share: the 15% of Nghị định
 * 91/2017/NĐ-CP Điều 9 khoản 3 lapsed on 01/01/2024, and Luật TĐKT 2022 leaves detailed criteria
 * to Bộ, ban, ngành, tỉnh (Điều 23; see the catalogue's CSTD_CS note). So the percent comes from the
 * plan, which carries the province's rule; the arithmetic is here. Pure.
 */
export type ShareCap = {
  capPercent: number;
  /** Name of the base title, for the message ("Lao động tiên tiến"). */
  baseName: string;
  /** How many of the unit hold the base title for the year. */
  baseCount: number;
  year: number;
  /** The unit's nominees for the capped form already submitted or accepted. */
  alreadyProposed: number;
  inBatch: number;
};

/** The most the unit may propose: the share rounded down (a cap is never exceeded by rounding). */
export function shareCapAllowed(capPercent: number, baseCount: number): number {
  return Math.floor((baseCount * capPercent) / 100);
}

export function shareCapProblem(c: ShareCap): string | null {
  const allowed = shareCapAllowed(c.capPercent, c.baseCount);
  if (c.alreadyProposed + c.inBatch <= allowed) return null;
  return `Vượt tỷ lệ ${c.capPercent}% số "${c.baseName}" năm ${c.year} của đơn vị (${c.baseCount} người: tối đa ${allowed}); đã đề nghị ${c.alreadyProposed}, tờ trình này có ${c.inBatch}. Tỷ lệ theo kế hoạch (quy định của tỉnh).`;
}
