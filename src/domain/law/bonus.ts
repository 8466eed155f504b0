import { baseSalaryOn } from "./base-salary";
import { ERAS, eraOn, type EraId } from "./eras";

/**
 * The bonus that goes with a title or form (tiền thưởng): coefficient × the base salary in force on
 * the decision date, rounded up to the next 10.000 đồng (Nghị định 152/2025/NĐ-CP Điều 49 khoản
 * 1–2; Nghị định 98/2023/NĐ-CP Điều 53 before). Pure.
 *
 * Coefficients as `../shared/docs/legal-facts.md` lists them: individual titles (NĐ 152 Điều 50
 * khoản 1, the same in NĐ 98 Điều 54 khoản 1), collective titles (NĐ 152 Điều 50 khoản 2; NĐ 98
 * Điều 54 khoản 2), Huân chương Lao động (NĐ 152 Điều 51; NĐ 98 Điều 55), and for collectives the
 * Bằng khen and Giấy khen of NĐ 152 Điều 54 (a publisher's summary: confidence medium). What the
 * facts leave open — an individual's or a household's Giấy khen and Bằng khen, anything before
 * 01/01/2024, Gia đình văn hóa — has no coefficient here: the chair enters the amount and its
 * reason when signing (never a silent 0 đồng).
 */

export type NomineeKind = "INDIVIDUAL" | "COLLECTIVE" | "HOUSEHOLD";
/** A coefficient and where the era's decree sets it ("Điều 50 khoản 1"). */
type Rate = { coefficient: number; where: string };
type Rates = Partial<Record<NomineeKind, Rate>>;

const rate = (coefficient: number, where: string): Rate => ({ coefficient, where });

function titles(
  individual: string,
  collective: string,
  medals: (hang: "NHAT" | "NHI" | "BA") => string | null,
): Record<string, Rates> {
  const i = (c: number) => ({ INDIVIDUAL: rate(c, individual) });
  const c = (x: number) => ({ COLLECTIVE: rate(x, collective) });
  const medal = (hang: "NHAT" | "NHI" | "BA", x: number): Rates => {
    const where = medals(hang);
    return where ? { INDIVIDUAL: rate(x, where), COLLECTIVE: rate(2 * x, where) } : {};
  };
  return {
    LDTT: i(0.3),
    CSTT: i(0.3),
    CSTD_CS: i(1.0),
    CSTD_TINH: i(3.0),
    CSTD_TQ: i(4.5),
    TTLDTT: c(0.8),
    DVTT: c(0.8),
    TTLDXS: c(1.5),
    DVQT: c(1.5),
    THON_TDP_VAN_HOA: c(1.5),
    XA_TIEU_BIEU: c(2.0),
    CO_THI_DUA_TINH: c(8.0),
    CO_THI_DUA_CP: c(12.0),
    HCLD_HANG_NHAT: medal("NHAT", 9.0),
    HCLD_HANG_NHI: medal("NHI", 7.5),
    HCLD_HANG_BA: medal("BA", 4.5),
  };
}

const POINT = { NHAT: "e", NHI: "g", BA: "h" } as const;

const RATES: Record<EraId, Record<string, Rates>> = {
  LAW_2003: {},
  // Hạng Nhất under NĐ 98 was not read.
  ND98: titles("Điều 54 khoản 1", "Điều 54 khoản 2", (hang) =>
    hang === "NHAT" ? null : `Điều 55 khoản 1 điểm ${POINT[hang]}, khoản 2`,
  ),
  ND152: {
    ...titles("Điều 50 khoản 1", "Điều 50 khoản 2", (hang) => `Điều 51 khoản 1 điểm ${POINT[hang]}, khoản 2`),
    BK_TTG: { COLLECTIVE: rate(7.0, "Điều 54") },
    BK_CT_TINH: { COLLECTIVE: rate(3.0, "Điều 54") },
    BK_BO_NGANH: { COLLECTIVE: rate(3.0, "Điều 54") },
    GK_CT_XA: { COLLECTIVE: rate(0.6, "Điều 54") },
    GK_THU_TRUONG: { COLLECTIVE: rate(0.6, "Điều 54") },
  },
};

/** A household's Giấy khen or Bằng khen is 1,5 × an individual's: said where the chair enters the amounts. */
export const HOUSEHOLD_FORM_RULE = `Hộ gia đình được thưởng 1,5 lần mức của cá nhân (${ERAS.ND152.decree.name}, Điều 54).`;

export type Bonus =
  | {
      computed: true;
      amount: number;
      coefficient: number;
      baseSalary: number;
      /** As a decision words it: "bằng 0,3 lần mức lương cơ sở 2.340.000 đồng (…), làm tròn lên hàng chục nghìn đồng (…)". */
      words: string;
      /** The coefficient's and the rounding's articles: "Nghị định 152/2025/NĐ-CP, Điều 50 khoản 1; Điều 49 khoản 1, 2". */
      article: string;
    }
  | { computed: false; open: string };

const vi = (n: number) => n.toLocaleString("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 2 });
const KIND_WORD: Record<NomineeKind, string> = {
  INDIVIDUAL: "cá nhân",
  COLLECTIVE: "tập thể",
  HOUSEHOLD: "hộ gia đình",
};

/** The bonus for `code` awarded to a `kind` by a decision of `onDate` (ISO), or why it is not computed. */
export function bonusOn(code: string, kind: NomineeKind, onDate: string): Bonus {
  const era = eraOn(onDate);
  const r = RATES[era.id][code]?.[kind];
  const base = baseSalaryOn(onDate);
  if (!r || !era.rounding || !base)
    return {
      computed: false,
      open: `Chưa có hệ số tiền thưởng cho ${KIND_WORD[kind]} theo ${era.decree.name}: Chủ tịch nhập mức thưởng và lý do.`,
    };
  // Coefficients have at most two decimals; salaries are whole thousands: integer arithmetic.
  const exact = (Math.round(r.coefficient * 100) * base.amount) / 100;
  const amount = Math.ceil(exact / era.rounding.step) * era.rounding.step;
  const article = `${era.decree.name}, ${r.where}; ${era.rounding.where}`;
  return {
    computed: true,
    amount,
    coefficient: r.coefficient,
    baseSalary: base.amount,
    words: `bằng ${vi(r.coefficient)} lần mức lương cơ sở ${base.amount.toLocaleString("vi-VN")} đồng (${base.source}), làm tròn lên hàng chục nghìn đồng (${article})`,
    article,
  };
}
