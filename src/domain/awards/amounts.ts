import { awardAmount, findEntry, type NomineeKind } from "@/domain/catalogue/catalogue";

/**
 * The money that goes with one award: the catalogue's coefficient × the base salary in force on
 * the decision date (Nghị định 98/2023/NĐ-CP Điều 53 and its successor; `awardAmount`), or the
 * plan's fixed value for a local form or gift. A fixed value the plan sets wins: it is the unit's
 * own decision on its own budget. Null when neither gives a figure (shown as "chưa xác định").
 */
export type AmountInput = {
  catalogueCode: string | null;
  cashValue: number | null;
  kind: NomineeKind;
  decidedOn: string;
};
export type Amount = { amount: number; basis: string };

export function amountFor({ catalogueCode, cashValue, kind, decidedOn }: AmountInput): Amount | null {
  if (cashValue !== null) return { amount: cashValue, basis: "Giá trị cố định theo kế hoạch" };
  const entry = catalogueCode ? findEntry(catalogueCode) : undefined;
  const computed = entry ? awardAmount(entry, kind, decidedOn) : null;
  if (!computed) return null;
  const coefficient = computed.coefficient.toLocaleString("vi-VN");
  return {
    amount: computed.amount,
    basis: `${coefficient} × mức lương cơ sở ${computed.baseSalary.toLocaleString("vi-VN")} đồng (${computed.article})`,
  };
}

export function totalOf(amounts: (Amount | null)[]): number {
  return amounts.reduce((sum, a) => sum + (a?.amount ?? 0), 0);
}

/** Where a plan's award money stands against the budget it states (null: it states none). */
export function budgetStanding(
  budget: number | null,
  spent: number,
): { budget: number | null; spent: number; remaining: number | null; overBy: number } {
  if (budget === null) return { budget, spent, remaining: null, overBy: 0 };
  return { budget, spent, remaining: Math.max(0, budget - spent), overBy: Math.max(0, spent - budget) };
}
