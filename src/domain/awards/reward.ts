import { formatDong } from "@/domain/text/format";
import { recipientKindWord } from "@/domain/labels";
import type { NomineeKind } from "@/domain/law/bonus";

/**
 * How an award form rewards, as the plan writes it (hình thức thưởng), and how the decision, the
 * certificate and the award history word it. Pure.
 *
 * - CATALOGUE: money by the catalogue coefficient × the base salary in force on the decision date,
 *   rounded up to the next 10.000 đồng (Nghị định 152/2025/NĐ-CP Điều 49 khoản 1–2; coefficients
 *   Điều 50, 51, 54; `src/domain/law/bonus.ts`, `../shared/docs/legal-facts.md` "Money").
 * - CASH: a fixed sum the plan sets from its own budget.
 * - GIFT: a gift in kind with its value ("một phần quà trị giá 300.000 đồng/người"): a plan may
 *   reward in kind from its own budget instead (legal-facts.md, "Money", last line).
 * - NONE: nothing goes with the award.
 *
 * A gift is never worded as money ("được thưởng 300.000 đồng"): it is "được tặng một phần quà trị
 * giá 300.000 đồng".
 */

export const REWARD_KINDS = ["CATALOGUE", "CASH", "GIFT", "NONE"] as const;
export type RewardKind = (typeof REWARD_KINDS)[number];

/** The plan form's "Hình thức thưởng" choices. */
export const REWARD_KIND_LABELS: Record<RewardKind, string> = {
  CATALOGUE: "Tiền thưởng theo hệ số (danh mục)",
  CASH: "Số tiền cố định",
  GIFT: "Hiện vật có giá trị (quà)",
  NONE: "Không kèm tiền thưởng",
};

/** What a gift is called where the plan does not say. */
export const DEFAULT_GIFT = "một phần quà";

/** "một phần quà", or the default when the plan leaves it blank. */
export const giftName = (gift: string) => gift.trim() || DEFAULT_GIFT;

/**
 * The kind a form rewards by when its input does not say (an older client, a form written before
 * kinds existed): its fixed value is a sum, a catalogue entry pays by the coefficient, and a
 * unit's own form without a value is a sum not known yet (the chair enters or confirms it).
 */
export function inferRewardKind(form: { cashValue: number | null | undefined; catalogueCode: string | null }) {
  if (form.cashValue !== null && form.cashValue !== undefined) return "CASH" as const;
  return form.catalogueCode ? ("CATALOGUE" as const) : ("CASH" as const);
}

/** One awardee's reward after "mỗi cá nhân " / "Nguyễn Văn A ": "được thưởng 300.000 đồng". "" when nothing. */
export function rewardPhrase(kind: RewardKind, amount: number | null, gift: string): string {
  if (kind === "NONE" || amount === null) return "";
  return kind === "GIFT"
    ? `được tặng ${giftName(gift)} trị giá ${formatDong(amount)}`
    : `được thưởng ${formatDong(amount)}`;
}

/** Điều 2 when every awardee of each kind gets the same: "mỗi cá nhân được tặng một phần quà trị giá 300.000 đồng". */
export function perKindPhrase(recipient: NomineeKind, kind: RewardKind, amount: number, gift: string): string {
  return `mỗi ${recipientKindWord(recipient)} ${rewardPhrase(kind, amount, gift)}`;
}

/** Điều 2 when amounts differ: "… có tên tại Điều 1 được thưởng theo mức ghi tại danh sách kèm theo". */
export function byListPhrase(kind: RewardKind): string {
  return kind === "GIFT"
    ? "được tặng quà theo giá trị ghi tại danh sách kèm theo"
    : "được thưởng theo mức ghi tại danh sách kèm theo";
}

/** The total's line: "Tổng số tiền thưởng" or, for gifts, "Tổng giá trị quà tặng". */
export const totalLabel = (kind: RewardKind) => (kind === "GIFT" ? "Tổng giá trị quà tặng" : "Tổng số tiền thưởng");

/** The attached list's money column. */
export const listAmountHead = (kind: RewardKind) => (kind === "GIFT" ? "Trị giá quà (đồng)" : "Số tiền (đồng)");

/**
 * The reward as the award history shows it: "300.000 đồng", "Một phần quà trị giá 300.000 đồng",
 * "Không kèm tiền thưởng". `kind` null: an award entered from a paper decision, whose amount (if
 * any) was entered as money.
 */
export function rewardInHistory(kind: RewardKind | null, amount: number | null, gift: string): string {
  if (kind === "NONE") return "Không kèm tiền thưởng";
  if (amount === null) return "";
  if (kind === "GIFT") {
    const g = giftName(gift);
    return `${g.charAt(0).toLocaleUpperCase("vi-VN")}${g.slice(1)} trị giá ${formatDong(amount)}`;
  }
  return formatDong(amount);
}

/** The plan's line under a form: "- Mức thưởng: một phần quà trị giá 300.000 đồng/người." (null: nothing to print). */
export function planRewardLine(
  kind: RewardKind,
  amount: number | undefined,
  gift: string,
  recipient: "COLLECTIVE" | "INDIVIDUAL",
): string | null {
  const per = recipient === "COLLECTIVE" ? "tập thể" : "người";
  if (kind === "NONE") return "- Không kèm tiền thưởng.";
  if (amount === undefined) return null;
  return kind === "GIFT"
    ? `- Mức thưởng: ${giftName(gift)} trị giá ${formatDong(amount)}/${per}.`
    : `- Mức thưởng: ${formatDong(amount)}/${per}.`;
}

// ---------------------------------------------------------------------------------------------
// Certificates

/** The kinds of award whose paper is a certificate: a unit's own form is one when its name says so. */
const CERTIFICATE_NAME =
  /^(giấy khen|bằng khen|giấy chứng nhận|danh hiệu|cờ thi đua|huân chương|huy chương|kỷ niệm chương)/iu;

/**
 * The certificate's title for a form ("Giấy khen của Chủ tịch UBND huyện" → "Giấy khen", the
 * conferring head being printed above it), or null when the form has none: a gift or a sum of
 * money given on its own ("Khen thưởng bằng quà") is no certificate, and printing its name under
 * "TẶNG" would read as nonsense. A catalogue form always has one (NĐ 98/2023 Điều 104 for the
 * Giấy khen layout).
 */
export function certificateTitle(form: { name: string; catalogueCode: string | null }): string | null {
  const title = form.name.split(/\s+của\s+/u)[0]!.trim();
  if (form.catalogueCode) return title;
  return CERTIFICATE_NAME.test(form.name.trim()) ? title : null;
}

// ---------------------------------------------------------------------------------------------
// The decision's verbs

/**
 * How the decision names what it gives, by whether the form has a certificate and how it rewards:
 * "tặng Giấy khen cho", "tặng quà cho" (a gift on its own), "khen thưởng" (money on its own).
 */
export function decisionVerbs(
  form: { name: string; catalogueCode: string | null },
  kind: RewardKind,
  certificate = certificateTitle(form) !== null,
) {
  if (certificate)
    return {
      subject: (whom: string) => `tặng ${form.name} cho ${whom}`,
      article1: (counts: string) => `Tặng ${form.name} cho ${counts}`,
      /** Điều 2 opens "Kèm theo Giấy khen, mỗi cá nhân …". */
      article2: (phrases: string) => `Kèm theo ${form.name}, ${phrases}`,
      listTitle: (who: string) => `${who} được tặng ${form.name}`,
    };
  const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase("vi-VN") + s.slice(1);
  const gift = kind === "GIFT";
  return {
    subject: (whom: string) => (gift ? `tặng quà cho ${whom}` : `khen thưởng ${whom}`),
    article1: (counts: string) => (gift ? `Tặng quà cho ${counts}` : `Khen thưởng ${counts}`),
    article2: (phrases: string) => upperFirst(phrases),
    listTitle: (who: string) => `${who} được ${gift ? "tặng quà" : "khen thưởng"}`,
  };
}
