import { bonusOn, type NomineeKind } from "@/domain/law/bonus";

/**
 * The money that goes with one award: the plan's fixed value for a local form or gift (the unit's
 * own decision on its own budget, so it wins), else the legal calendar's coefficient × the base
 * salary in force on the decision date, rounded up to the next 10.000 đ (src/domain/law/bonus.ts).
 * Where the law leaves the figure open, nothing is computed: the chair enters the amount and the
 * reason when signing (`enteredAmount`), never a silent 0 đồng.
 */
export type AmountInput = {
  catalogueCode: string | null;
  cashValue: number | null;
  kind: NomineeKind;
  decidedOn: string;
};
/** `basis`: how the decision's Điều 2 words it after "Mức thưởng: ". */
export type Amount = { amount: number; basis: string };

const KIND_WORD: Record<NomineeKind, string> = {
  INDIVIDUAL: "cá nhân",
  COLLECTIVE: "tập thể",
  HOUSEHOLD: "hộ gia đình",
};
const money = (n: number) => `${n.toLocaleString("vi-VN")} đồng`;

/** The amount, or null where the law gives no figure (the chair enters it; `openAmountReason` says why). */
export function amountFor({ catalogueCode, cashValue, kind, decidedOn }: AmountInput): Amount | null {
  if (cashValue !== null) return { amount: cashValue, basis: "Giá trị cố định theo kế hoạch" };
  if (!catalogueCode) return null;
  const bonus = bonusOn(catalogueCode, kind, decidedOn);
  return bonus.computed ? { amount: bonus.amount, basis: `${KIND_WORD[kind]} ${bonus.words}` } : null;
}

/** Why no amount is computed for `input` (shown where the chair enters it); "" when one is. */
export function openAmountReason(input: AmountInput): string {
  if (!input.catalogueCode) return "";
  const bonus = bonusOn(input.catalogueCode, input.kind, input.decidedOn);
  return bonus.computed ? "" : bonus.open;
}

/** The form fields where the chair enters an amount for each kind of awardee. */
export const ENTERED_FIELD = {
  INDIVIDUAL: "amountIndividual",
  COLLECTIVE: "amountCollective",
  HOUSEHOLD: "amountHousehold",
} as const satisfies Record<NomineeKind, string>;

export type EnteredAmounts = Partial<Record<(typeof ENTERED_FIELD)[NomineeKind], number>> & { amountReason?: string };
type FormMoney = Pick<AmountInput, "catalogueCode" | "cashValue">;

/**
 * The kinds of awardee among `kinds` whose amount the chair must enter on `decidedOn`: a catalogue
 * entry whose coefficient the law leaves open that day. A local form the plan gives no value pays
 * nothing: that is the plan's decision, not a gap in the law.
 */
export function kindsToEnter(form: FormMoney, kinds: NomineeKind[], decidedOn: string): NomineeKind[] {
  return [...new Set(kinds)].filter(
    (kind) => form.catalogueCode !== null && form.cashValue === null && !amountFor({ ...form, kind, decidedOn }),
  );
}

/**
 * Each awardee's amount for a decision of `decidedOn` (one per entry of `kinds`), the chair's figure
 * where the law gives none, and what is missing, by form field.
 */
export function decisionAmounts(
  form: FormMoney,
  kinds: NomineeKind[],
  decidedOn: string,
  entered: EnteredAmounts,
): { amounts: (Amount | null)[]; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const toEnter = kindsToEnter(form, kinds, decidedOn);
  const reason = entered.amountReason?.trim() ?? "";
  for (const kind of toEnter) {
    if (entered[ENTERED_FIELD[kind]] === undefined)
      problems[ENTERED_FIELD[kind]] =
        `Nhập mức thưởng cho ${KIND_WORD[kind]}. ${openAmountReason({ ...form, kind, decidedOn })}`;
  }
  if (toEnter.length && !reason)
    problems.amountReason = "Nhập lý do, căn cứ của mức thưởng (in tại Điều 2 của quyết định).";
  const amounts = kinds.map((kind) => {
    const value = entered[ENTERED_FIELD[kind]];
    return toEnter.includes(kind)
      ? value === undefined
        ? null
        : enteredAmount(kind, value, reason)
      : amountFor({ ...form, kind, decidedOn });
  });
  return { amounts, problems };
}

/** The chair's own figure for a kind of awardee where the law gives none, with the reason printed in the decision. */
export function enteredAmount(kind: NomineeKind, amount: number, reason: string): Amount {
  return {
    amount,
    basis: `${KIND_WORD[kind]} ${money(amount)}, do Chủ tịch quyết định: ${reason.trim().replace(/[.;\s]+$/u, "")}`,
  };
}

/** "cá nhân bằng …; tập thể bằng …": the decision's basis for its amounts, each wording once. */
export function basisOf(amounts: (Amount | null)[]): string {
  return [...new Set(amounts.flatMap((a) => (a ? [a.basis] : [])))].join("; ");
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
