import { todayInVietnam } from "@/lib/dates";
import {
  dayMonthYear,
  formatDong,
  formatMoney,
  numberLine,
  pad2,
  placeDate,
  roman,
  terminate,
  upper,
} from "@/domain/text/format";
import { vietnameseAmountInWords } from "@/domain/text/amount-in-words";
import { recipientKindWord } from "@/domain/labels";
import {
  byListPhrase,
  decisionVerbs,
  listAmountHead,
  perKindPhrase,
  totalLabel,
  type RewardKind,
} from "@/domain/awards/reward";
import type { OutlineRun, PlanOutline } from "@/domain/plans/plan-outline";

/**
 * What the award decision ("Quyết định Về việc khen thưởng …") of the chair of a People's
 * Committee says, already worded, in the order it is printed, followed by the attached list of
 * awardees and amounts. The .docx (server/documents/decision-docx) and the PDF
 * (server/documents/decision-pdf) only set this in type: neither words anything itself, so the
 * two files of one decision cannot say different things.
 *
 * Follows Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.2 "Quyết định (cá biệt) quy định trực
 * tiếp", checked against the decree's text: the two-column header (body | national title),
 * "Số: …/QĐ-…", place and date; "QUYẾT ĐỊNH" and the subject ("Về việc …") with a rule under
 * it; the issuing authority as a centred heading (here the chair's title, since the chair
 * decides); the "Căn cứ …;" lines in italics and "… đề nghị của … ." closing them (Phụ lục I:
 * ";" after each, "." after the last); "QUYẾT ĐỊNH:"; the articles ("Điều 1." bold, first-line
 * indent), the last one ending "./."; "Nơi nhận:" | the signer's title and name. The attached
 * list follows the decree's pattern for a text issued with a decision: the header without
 * number, the title, and "(Kèm theo Quyết định số … ngày … tháng … năm … của …)".
 *
 * Not taken from the decree (it has no award decision of its own): the wording of the articles
 * — Điều 1 (who is awarded what, for what), Điều 2 (the money: per awardee, total in figures and
 * words, the basis and the budget source), Điều 3 (in force from signing; who carries it out) —
 * and the list's columns; they follow how commune and district award decisions are usually
 * worded. Amounts are whatever the caller computed: this file neither checks them against the
 * base salary nor cites a decree for them (`amountBasis` is printed as given).
 *
 * Pure: no docx, pdfkit or database.
 */

export type DecisionAwardee = {
  kind: "INDIVIDUAL" | "COLLECTIVE" | "HOUSEHOLD";
  name: string;
  detail: string;
  amount: number | null;
};

export type DecisionInput = {
  /** "Ủy ban nhân dân xã Đình Dù": printed "ỦY BAN NHÂN DÂN" / "XÃ ĐÌNH DÙ". */
  authorityName: string;
  /** "Ủy ban nhân dân huyện Văn Lâm", printed above it as "UBND HUYỆN VĂN LÂM"; null for none. */
  parentAuthorityName: string | null;
  /** "12" → "Số: 12/QĐ-UBND"; null leaves the number blank. */
  number: string | null;
  place: string;
  /** yyyy-mm-dd once signed; null leaves the day and month blank. */
  date: string | null;
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÌNH DÙ": the issuing authority's heading. */
  chairTitle: string;
  /** "Về việc tặng Giấy khen cho …". */
  subject: string;
  /** "Căn cứ …" lines. */
  bases: string[];
  /** "Xét đề nghị của …": closes the bases. */
  proposedBy: string;
  /** "Giấy khen". */
  formName: string;
  /** "đã có thành tích xuất sắc trong phong trào thi đua năm 2024". */
  reason: string;
  awardees: DecisionAwardee[];
  /** How the amounts were set, printed as given. */
  amountBasis: string;
  /** "Quỹ thi đua, khen thưởng của xã năm 2024". */
  budgetSource: string;
  /**
   * How the form rewarded and whether it has a certificate (src/domain/awards/reward.ts): a gift is
   * worded "được tặng một phần quà trị giá …", a form without a certificate is not "tặng {form}".
   * Absent: money with a certificate, as decisions were worded before kinds existed.
   */
  reward?: { kind: RewardKind; gift: string; name: string; catalogueCode: string | null };
  /** "Nơi nhận" lines: "Như Điều 3", …, "Lưu: VT". */
  recipients: string[];
  signerName: string | null;
};

/** A column of a ruled table, as a share of the text width. */
export type OutlineColumn = { share: number; align?: "left" | "center" | "right" };
/** A row of cells (a "\n" is a line break), a bold row ("Tổng cộng"), or one bold cell spanning the row. */
export type OutlineRow = string[] | { strong: string[] } | { span: string };
export type OutlineTable = { columns: OutlineColumn[]; heads: string[]; rows: OutlineRow[] };

/** A paragraph of the body: justified, first-line indent; `keepNext` keeps it on the page of what follows. */
export type BodyParagraph = { runs: OutlineRun[]; keepNext?: boolean };

export type DecisionOutline = {
  header: PlanOutline["header"];
  /** "QUYẾT ĐỊNH", the subject (both bold, a rule under them), then the chair's title (bold). */
  title: { type: string; subject: string; authority: string };
  /** The "Căn cứ …;" lines and "Xét đề nghị … ." (italics). */
  bases: string[];
  /** "QUYẾT ĐỊNH:" (bold, centred). */
  enactment: string;
  /** Điều 1, Điều 2 with its "- …" lines, the last article (kept with the signature). */
  articles: BodyParagraph[];
  recipients: PlanOutline["recipients"];
  signature: PlanOutline["signature"];
  /** The attached list, on a new page: the header without number or date, its title, the table. */
  list: {
    header: PlanOutline["header"];
    /** "DANH SÁCH", "Các tập thể, cá nhân được tặng Giấy khen" (bold). */
    title: string[];
    /** "(Kèm theo Quyết định số … ngày … của …)" (italics). */
    reference: string;
    table: OutlineTable;
    /** "Tổng số tiền bằng chữ: …." (italics), or null when nobody is paid. */
    inWords: string | null;
  };
  meta: PlanOutline["meta"];
};

const SYMBOL = "QĐ-UBND";
const NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";
const UBND = /^(ủy|uỷ) ban nhân dân\s+/iu;

const KINDS = ["COLLECTIVE", "INDIVIDUAL", "HOUSEHOLD"] as const;

/** "a", "a và b", "a, b và c". */
const joinVi = (xs: string[]) => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} và ${xs.at(-1)}`);
/** The kinds present, in list order, with their awardees. */
const byKind = (xs: DecisionAwardee[]) =>
  KINDS.map((kind) => ({ kind, list: xs.filter((a) => a.kind === kind) })).filter((g) => g.list.length);
/** "các tập thể, cá nhân": how the text names the awardees as a whole. */
const whoPlural = (xs: DecisionAwardee[]) =>
  `các ${byKind(xs)
    .map((g) => recipientKindWord(g.kind))
    .join(", ")}`;

function issuerLines(name: string): string[] {
  const n = name.trim();
  return UBND.test(n) ? ["ỦY BAN NHÂN DÂN", upper(n.replace(UBND, ""))] : [upper(n)];
}

/** ND 30 lets the parent body's name use common abbreviations: "UBND HUYỆN VĂN LÂM". */
const parentLine = (name: string) => upper(name.trim().replace(UBND, "UBND "));

const article = (n: number, text: string, keepNext?: boolean): BodyParagraph => ({
  runs: [{ text: `Điều ${n}. `, bold: true }, { text }],
  keepNext,
});
const plain = (text: string): BodyParagraph => ({ runs: [{ text }] });

const rewardKindOf = (d: DecisionInput): RewardKind => d.reward?.kind ?? "CASH";

/** The verbs by how the form rewards and whether it has a certificate (reward.ts). */
const verbsOf = (d: DecisionInput) =>
  d.reward
    ? decisionVerbs({ name: d.formName, catalogueCode: d.reward.catalogueCode }, d.reward.kind)
    : decisionVerbs({ name: d.formName, catalogueCode: null }, "CASH", true);

/** Điều 2's sentence: one amount per kind when every awardee of a kind gets the same, else "see the list". */
function amountSentence(d: DecisionInput): string {
  const kind = rewardKindOf(d);
  const gift = d.reward?.gift ?? "";
  const groups = byKind(d.awardees);
  const uniform = groups.map((g) => {
    const amounts = new Set(g.list.map((a) => a.amount));
    const [only] = amounts;
    return amounts.size === 1 && only != null ? perKindPhrase(g.kind, kind, only, gift) : null;
  });
  return uniform.every((u) => u !== null)
    ? `${verbsOf(d).article2(uniform.join(", "))}:`
    : `${verbsOf(d).article2(`${whoPlural(d.awardees)} có tên tại Điều 1 ${byListPhrase(kind)}`)}:`;
}

function articles(d: DecisionInput, total: number): BodyParagraph[] {
  const counts = joinVi(byKind(d.awardees).map((g) => `${pad2(g.list.length)} ${recipientKindWord(g.kind)}`));
  const out = [
    article(1, `${verbsOf(d).article1(counts)} ${d.reason.trim().replace(/[.\s]+$/u, "")} (có danh sách kèm theo).`),
  ];
  if (total > 0) {
    const lines = [
      d.amountBasis.trim(),
      `${totalLabel(rewardKindOf(d))}: ${formatDong(total)} (Bằng chữ: ${vietnameseAmountInWords(total)})`,
      `Nguồn kinh phí: ${d.budgetSource.trim()}`,
    ];
    out.push(article(2, amountSentence(d)), ...terminate(lines.filter(Boolean)).map((l) => plain(`- ${l}`)));
  }
  out.push(
    article(
      total > 0 ? 3 : 2,
      `Quyết định này có hiệu lực kể từ ngày ký. Các cơ quan, đơn vị có liên quan và ${whoPlural(d.awardees)} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
      // The signature never stands alone on a page: the last article goes with it.
      true,
    ),
  );
  return out;
}

function awardeeList(d: DecisionInput, total: number, header: DecisionOutline["header"], year: string) {
  const withMoney = total > 0;
  const number = numberLine(d.number, SYMBOL).replace(/^Số: ?/u, "");
  const rows: OutlineRow[] = byKind(d.awardees).flatMap((g, i) => [
    { span: `${roman(i + 1)}. ${upper(recipientKindWord(g.kind))}` },
    ...g.list.map((a, k) => [
      String(k + 1),
      a.name,
      a.detail,
      ...(withMoney ? [a.amount == null ? "" : formatMoney(a.amount)] : []),
    ]),
  ]);
  if (withMoney) rows.push({ strong: ["", "Tổng cộng", "", formatMoney(total)] });
  return {
    header: { ...header, numberLine: "", placeDate: "" },
    title: ["DANH SÁCH", verbsOf(d).listTitle(whoPlural(d.awardees).replace(/^c/u, "C"))],
    reference: `(Kèm theo Quyết định số ${number} ${dayMonthYear(d.date, year)} của Chủ tịch ${d.authorityName.trim()})`,
    table: {
      columns: [
        { share: 8, align: "center" as const },
        { share: 34 },
        { share: withMoney ? 38 : 58 },
        ...(withMoney ? [{ share: 20, align: "right" as const }] : []),
      ],
      heads: [
        "STT",
        "Họ và tên / Tên tập thể",
        "Chức vụ, đơn vị",
        ...(withMoney ? [listAmountHead(rewardKindOf(d))] : []),
      ],
      rows,
    },
    inWords: withMoney
      ? `${rewardKindOf(d) === "GIFT" ? "Tổng giá trị quà tặng" : "Tổng số tiền"} bằng chữ: ${vietnameseAmountInWords(total)}.`
      : null,
  };
}

export function decisionOutline(d: DecisionInput): DecisionOutline {
  const total = d.awardees.reduce((s, a) => s + (a.amount ?? 0), 0);
  const year = (d.date ?? todayInVietnam()).slice(0, 4);
  const header: DecisionOutline["header"] = {
    parentLine: d.parentAuthorityName ? parentLine(d.parentAuthorityName) : null,
    issuerLines: issuerLines(d.authorityName),
    numberLine: numberLine(d.number, SYMBOL),
    nation: NATION,
    motto: MOTTO,
    placeDate: placeDate(d.place, d.date, year),
  };
  // A decision always keeps a copy in the registry (ND 30: "Lưu: VT"), even with no other recipient.
  const recipients = terminate(
    (d.recipients.length ? d.recipients : ["Lưu: VT"]).map((r) => r.trim().replace(/^[-–—•+]\s*/u, "")),
  ).map((r) => `- ${r}`);
  return {
    header,
    title: { type: "QUYẾT ĐỊNH", subject: d.subject, authority: d.chairTitle },
    bases: terminate([...d.bases, d.proposedBy].map((s) => s.trim()).filter(Boolean)),
    enactment: "QUYẾT ĐỊNH:",
    articles: articles(d, total),
    recipients: { label: "Nơi nhận:", lines: recipients },
    signature: { authority: [], title: ["CHỦ TỊCH"], name: d.signerName ?? "" },
    list: awardeeList(d, total, header, year),
    meta: {
      title: `Quyết định ${header.numberLine.replace(/^Số:\s*/u, "số ")} – ${d.subject}`,
      subject: d.subject,
      description: d.chairTitle,
    },
  };
}
