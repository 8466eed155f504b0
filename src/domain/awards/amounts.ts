import { bonusOn, type NomineeKind } from "@/domain/law/bonus";
import { formatDong } from "@/domain/text/format";
import { giftName, inferRewardKind, type RewardKind } from "./reward";

/**
 * The money (or gift's value) that goes with one award, by how the plan rewards (reward.ts): the
 * plan's fixed sum or gift's value (the unit's own decision on its own budget), or the legal
 * calendar's coefficient × the base salary in force on the decision date, rounded up to the next
 * 10.000 đ (Nghị định 152/2025/NĐ-CP Điều 49 khoản 1–2, src/domain/law/bonus.ts), or nothing.
 * Where the figure is unknown — the law leaves the coefficient open, a unit's own form has none,
 * the plan chose a sum or a gift without writing its value — nothing is computed: the chair enters
 * the amount and the reason when signing (`enteredAmount`) or confirms "không kèm tiền thưởng"
 * (`noMoney`), never a silent 0 đồng.
 */
export type AmountInput = {
  catalogueCode: string | null;
  cashValue: number | null;
  /** How the form rewards; absent: inferred from its value and catalogue entry (`inferRewardKind`). */
  rewardKind?: RewardKind;
  giftDescription?: string;
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

/** What "Giá trị cố định theo kế hoạch" reads as for a gift: the decision words its basis by it. */
export const FIXED_BASIS = { CASH: "Giá trị cố định theo kế hoạch", GIFT: "Giá trị quà tặng cố định theo kế hoạch" };

export const rewardKindOf = (form: Pick<AmountInput, "catalogueCode" | "cashValue" | "rewardKind">): RewardKind =>
  form.rewardKind ?? inferRewardKind(form);

/** The amount, or null where nothing is paid (NONE) or the figure is unknown (`openAmountReason` says why). */
export function amountFor(input: AmountInput): Amount | null {
  const { catalogueCode, cashValue, kind, decidedOn } = input;
  const reward = rewardKindOf(input);
  if (reward === "NONE") return null;
  if (reward === "CASH" || reward === "GIFT")
    return cashValue === null ? null : { amount: cashValue, basis: FIXED_BASIS[reward] };
  if (!catalogueCode) return null;
  const bonus = bonusOn(catalogueCode, kind, decidedOn);
  return bonus.computed ? { amount: bonus.amount, basis: `${KIND_WORD[kind]} ${bonus.words}` } : null;
}

/** Why no amount is known for `input` (shown where the chair enters it); "" when one is, or nothing is paid. */
export function openAmountReason(input: AmountInput): string {
  const reward = rewardKindOf(input);
  if (reward === "NONE" || amountFor(input)) return "";
  if (reward === "CASH") return "Kế hoạch chọn thưởng một số tiền cố định nhưng không ghi số tiền.";
  if (reward === "GIFT")
    return `Kế hoạch chọn thưởng bằng hiện vật (${giftName(input.giftDescription ?? "")}) nhưng không ghi giá trị.`;
  if (!input.catalogueCode)
    return "Hình thức riêng của đơn vị, không theo danh mục của Luật: không có hệ số tiền thưởng.";
  const bonus = bonusOn(input.catalogueCode, input.kind, input.decidedOn);
  return bonus.computed ? "" : bonus.open;
}

/** The form fields where the chair enters an amount for each kind of awardee. */
export const ENTERED_FIELD = {
  INDIVIDUAL: "amountIndividual",
  COLLECTIVE: "amountCollective",
  HOUSEHOLD: "amountHousehold",
} as const satisfies Record<NomineeKind, string>;

/**
 * What the chair sends with a signature where an amount is unknown: a figure per kind of awardee
 * and its reason, or `noMoney` — the confirmation that the award goes without money or gift.
 */
export type EnteredAmounts = Partial<Record<(typeof ENTERED_FIELD)[NomineeKind], number>> & {
  amountReason?: string;
  noMoney?: boolean;
};
type FormMoney = Pick<AmountInput, "catalogueCode" | "cashValue" | "rewardKind" | "giftDescription">;

/**
 * The kinds of awardee among `kinds` whose amount the chair must enter (or confirm as none) on
 * `decidedOn`: every kind whose figure is unknown (`openAmountReason`), unless the plan rewards
 * with nothing.
 */
export function kindsToEnter(form: FormMoney, kinds: NomineeKind[], decidedOn: string): NomineeKind[] {
  if (rewardKindOf(form) === "NONE") return [];
  return [...new Set(kinds)].filter((kind) => !amountFor({ ...form, kind, decidedOn }));
}

/** How the chair may complete what is missing, after the reason it is missing. */
const ENTER_OR_CONFIRM = 'Nhập mức thưởng và lý do, hoặc xác nhận "không kèm tiền thưởng".';

/**
 * Each awardee's amount for a decision of `decidedOn` (one per entry of `kinds`), the chair's figure
 * where none is known, and what is missing, by form field. With `noMoney` the unknown ones are
 * signed without money; the decision then says so (`decisionRewardKind`).
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
  const none = entered.noMoney === true && toEnter.length > 0;
  for (const kind of none ? [] : toEnter) {
    if (entered[ENTERED_FIELD[kind]] === undefined)
      problems[ENTERED_FIELD[kind]] =
        `Chưa có mức thưởng cho ${KIND_WORD[kind]}: ${openAmountReason({ ...form, kind, decidedOn })} ${ENTER_OR_CONFIRM}`;
  }
  if (toEnter.length && !none && !reason)
    problems.amountReason = "Nhập lý do, căn cứ của mức thưởng (in tại Điều 2 của quyết định).";
  const reward = rewardKindOf(form);
  const amounts = kinds.map((kind) => {
    const value = entered[ENTERED_FIELD[kind]];
    if (!toEnter.includes(kind)) return amountFor({ ...form, kind, decidedOn });
    if (none || value === undefined) return null;
    return enteredAmount(kind, value, reason, reward === "GIFT" ? giftName(form.giftDescription ?? "") : null);
  });
  return { amounts, problems };
}

/** How a signed decision rewarded: NONE when nobody receives anything (the plan's choice or the chair's confirmation). */
export function decisionRewardKind(form: FormMoney, amounts: (Amount | null)[]): RewardKind {
  return amounts.some((a) => a !== null) ? rewardKindOf(form) : "NONE";
}

/**
 * The chair's own figure for a kind of awardee where none is known, with the reason printed in
 * the decision; `gift` names the gift whose value it is.
 */
export function enteredAmount(kind: NomineeKind, amount: number, reason: string, gift: string | null = null): Amount {
  const what = gift ? `${gift} trị giá ${formatDong(amount)}` : formatDong(amount);
  return {
    amount,
    basis: `${KIND_WORD[kind]} ${what}, do Chủ tịch quyết định: ${reason.trim().replace(/[.;\s]+$/u, "")}`,
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
