import { LAW_2003_LAST_DAY, LAW_2022_FROM, ND152_FROM, ND98_LAST_DAY, isoDay } from "./days";
import { LAW_2003, LAW_2022, ND129, ND152, ND91, ND98, article, type LegalText } from "./texts";

/**
 * The legal calendar: for a day, the texts that govern emulation and commendation and what they
 * fix — the law and decree a document cites, who gives the signer the power to confer, the
 * council's vote shares, the rounding of bonuses, the templates of dossiers and certificates.
 * Pure. Each figure cites its article and, where `../shared/docs/legal-facts.md` marks it so, says
 * it is open instead of guessing (`Template.open`, `VoteDefaults.note`).
 *
 * Three eras:
 *  - until 31/12/2023: Luật Thi đua, khen thưởng 2003 (amended 2005, 2013) and Nghị định 91/2017;
 *  - 01/01/2024 – 30/06/2025: Luật 06/2022/QH15 and Nghị định 98/2023/NĐ-CP;
 *  - from 01/07/2025: Luật 06/2022/QH15 and Nghị định 152/2025/NĐ-CP; Nghị định 129/2025/NĐ-CP
 *    Điều 59 for what the commune chair confers; the province's rules for commune procedures.
 */

export type EraId = "LAW_2003" | "ND98" | "ND152";

export type Share = { percent: number; strict: boolean };

/** A dossier template of a decree's appendix, or why its number is not given. */
export type Template = { number: string; decree: string } | { number: null; open: string };

export type VoteDefaults = {
  /** The article the figures come from. */
  basis: string;
  /** How the text words the vote. */
  ballot: "bỏ phiếu" | "bỏ phiếu kín";
  /** Absent members' written opinions count. */
  countsWrittenOpinions: boolean;
  /** Shares of the council's whole membership, by catalogue code; titles not listed have no national figure. */
  thresholds: Record<string, Share>;
  /** Why these figures are used in this era when the era's own decree sets none. */
  note: string | null;
};

export type Era = {
  id: EraId;
  /** First and last day (ISO, inclusive); null: open-ended. */
  from: string | null;
  to: string | null;
  law: LegalText;
  decree: LegalText;
  /** Where the commune chair's power to confer comes from, when a text other than the law gives it. */
  communePower: { text: LegalText; where: string } | null;
  /** The articles on who confers what at commune and district level, for pages. */
  powerArticles: { commune: string | null; district: string | null };
  /** Who sets commune-level procedures (dossiers, criteria). */
  procedures: string | null;
  /** No award while a discipline, inspection or complaint is pending. */
  principles: string;
  /** Bonus = coefficient × base salary on the decision date, rounded up to `step` (`where` in the decree); null: not computed here. */
  rounding: { step: number; where: string } | null;
  votes: VoteDefaults;
  templates: { submission: Template; individualReport: Template; collectiveReport: Template };
  /** The layout of a Giấy khen, and who sets it. */
  certificate: { article: string; note: string | null };
};

const from = (percent: number): Share => ({ percent, strict: false });

/** NĐ 98/2023 Điều 30 khoản 7: from 80 % for CSTĐ cơ sở and the Cờ thi đua, from 90 % for CSTĐ tỉnh, toàn quốc. */
const ND98_VOTES: VoteDefaults = {
  basis: article(ND98, "Điều 30 khoản 7"),
  ballot: "bỏ phiếu",
  countsWrittenOpinions: true,
  thresholds: {
    CSTD_CS: from(80),
    CO_THI_DUA_TINH: from(80),
    CO_THI_DUA_CP: from(80),
    CSTD_TINH: from(90),
    CSTD_TQ: from(90),
  },
  note: null,
};

const ND98_CERTIFICATE = article(ND98, "Điều 104");

export const ERAS: Record<EraId, Era> = {
  LAW_2003: {
    id: "LAW_2003",
    from: null,
    to: LAW_2003_LAST_DAY,
    law: LAW_2003,
    decree: ND91,
    communePower: null,
    powerArticles: { commune: null, district: null },
    procedures: null,
    principles: LAW_2003.name,
    rounding: null,
    // "Bỏ phiếu kín", từ 90 % tổng số thành viên, ý kiến bằng văn bản của thành viên vắng mặt (NĐ 91/2017
    // Điều 45 khoản 8), for the provincial and national Chiến sĩ thi đua; other figures of that decree
    // were not checked: the council's own threshold applies to them.
    votes: {
      basis: article(ND91, "Điều 45 khoản 8"),
      ballot: "bỏ phiếu kín",
      countsWrittenOpinions: true,
      thresholds: { CSTD_TINH: from(90), CSTD_TQ: from(90) },
      note: null,
    },
    templates: {
      submission: { number: null, open: "Mẫu tờ trình theo Nghị định 91/2017/NĐ-CP chưa được đối chiếu." },
      individualReport: {
        number: null,
        open: "Mẫu báo cáo thành tích theo Nghị định 91/2017/NĐ-CP chưa được đối chiếu.",
      },
      collectiveReport: {
        number: null,
        open: "Mẫu báo cáo thành tích theo Nghị định 91/2017/NĐ-CP chưa được đối chiếu.",
      },
    },
    certificate: {
      article: ND98_CERTIFICATE,
      note: "Mẫu giấy khen trước năm 2024 chưa được đối chiếu; in theo bố cục của Nghị định 98/2023/NĐ-CP, Điều 104.",
    },
  },
  ND98: {
    id: "ND98",
    from: LAW_2022_FROM,
    to: ND98_LAST_DAY,
    law: LAW_2022,
    decree: ND98,
    communePower: null,
    powerArticles: { commune: article(LAW_2022, "Điều 80 khoản 3"), district: article(LAW_2022, "Điều 80 khoản 2") },
    procedures: null,
    principles: article(ND98, "Điều 4"),
    rounding: { step: 10_000, where: "Điều 53 khoản 1, 2" },
    votes: ND98_VOTES,
    templates: {
      submission: { number: null, open: "Số mẫu tờ trình trong Phụ lục Nghị định 98/2023/NĐ-CP chưa được đối chiếu." },
      individualReport: { number: "Mẫu số 03", decree: "Nghị định số 98/2023/NĐ-CP" },
      collectiveReport: { number: "Mẫu số 02", decree: "Nghị định số 98/2023/NĐ-CP" },
    },
    certificate: { article: ND98_CERTIFICATE, note: null },
  },
  ND152: {
    id: "ND152",
    from: ND152_FROM,
    to: null,
    law: LAW_2022,
    decree: ND152,
    communePower: { text: ND129, where: "Điều 59" },
    powerArticles: { commune: article(ND129, "Điều 59"), district: null },
    procedures: article(ND152, "Điều 6 khoản 2 điểm c"),
    principles: article(ND152, "Điều 4"),
    rounding: { step: 10_000, where: "Điều 49 khoản 1, 2" },
    // No vote share of NĐ 152/2025 could be found and procedures are the province's: the figures of
    // NĐ 98/2023 stay the default until the province sets its own (legal-facts.md: open).
    votes: {
      ...ND98_VOTES,
      note: "Nghị định 152/2025/NĐ-CP không quy định tỷ lệ phiếu; tỉnh quy định thủ tục cấp xã (Nghị định 152/2025/NĐ-CP, Điều 6 khoản 2 điểm c). Khi tỉnh chưa quy định, áp dụng mức của Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7.",
    },
    templates: {
      submission: { number: "Mẫu số 01", decree: "Nghị định số 152/2025/NĐ-CP" },
      individualReport: { number: "Mẫu số 05", decree: "Nghị định số 152/2025/NĐ-CP" },
      collectiveReport: {
        number: null,
        open: "Số mẫu báo cáo thành tích của tập thể trong Phụ lục Nghị định 152/2025/NĐ-CP chưa được xác định (có thể là Mẫu số 04): dùng mẫu cấp trên hướng dẫn.",
      },
    },
    certificate: {
      article: ND98_CERTIFICATE,
      note: "Từ 01/7/2025 Thủ tướng Chính phủ quy định mẫu hiện vật khen thưởng (Nghị định 152/2025/NĐ-CP, Điều 6 khoản 1 điểm a); quyết định đó chưa tìm được. Giấy khen in theo bố cục của Nghị định 98/2023/NĐ-CP, Điều 104; tỉnh có thể thay mẫu.",
    },
  },
};

/** The era in force on a Vietnam calendar day (ISO). */
export function eraOn(isoDate: string): Era {
  const d = isoDay(isoDate);
  if (d < LAW_2022_FROM) return ERAS.LAW_2003;
  return d < ND152_FROM ? ERAS.ND98 : ERAS.ND152;
}
