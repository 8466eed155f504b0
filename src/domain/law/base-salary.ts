import { isoDay } from "./days";

/**
 * Mức lương cơ sở (base salary), oldest first: bonuses are a coefficient of the one in force on the
 * decision date (Nghị định 152/2025/NĐ-CP Điều 49 khoản 1; Nghị định 98/2023/NĐ-CP Điều 53 before).
 * Pure. 1.490.000 đ lasted until 30/6/2023 (the 1.600.000 đ planned for 01/7/2020 was never applied).
 */

export type BaseSalary = { amount: number; effectiveFrom: string; source: string };

export const BASE_SALARIES: BaseSalary[] = [
  { amount: 1_490_000, effectiveFrom: "2019-07-01", source: "Nghị định 38/2019/NĐ-CP" },
  { amount: 1_800_000, effectiveFrom: "2023-07-01", source: "Nghị định 24/2023/NĐ-CP" },
  { amount: 2_340_000, effectiveFrom: "2024-07-01", source: "Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2" },
  { amount: 2_530_000, effectiveFrom: "2026-07-01", source: "Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2" },
];

/** The base salary in force on a Vietnam calendar day, or null before 01/7/2019. */
export function baseSalaryOn(isoDate: string): BaseSalary | null {
  const d = isoDay(isoDate);
  let found: BaseSalary | null = null;
  for (const s of BASE_SALARIES) if (s.effectiveFrom <= d) found = s;
  return found;
}
