import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import { formatViDate } from "@/lib/dates";
import { placeDate, upper } from "@/domain/text/format";
import { GENDER_LABELS } from "@/schemas/person";
import type { TAwardHistory, TCollectiveReport, TIndividualReport } from "@/schemas/achievement-report";
import {
  TEXT_WIDTH,
  TIGHT,
  administrativeDocument,
  body,
  centred,
  headerTable,
  runs,
  toDocxBuffer,
  twoColumns,
} from "./docx-kit";

/**
 * The achievement report ("Báo cáo thành tích") as a .docx, on the decree's template of its era
 * (the legal calendar says which: src/domain/law/report-template.ts) — Nghị định 98/2023/NĐ-CP,
 * Phụ lục I, Mẫu số 02 (collective) and 03 (individual) until 30/6/2025; Nghị định 152/2025/NĐ-CP,
 * Mẫu số 05 (individual) after — laid out as Nghị định 30/2020/NĐ-CP lays out a document (A4,
 * Times New Roman, two-column header: "ỦY BAN NHÂN DÂN" and the unit | the national title).
 *
 * The individual template's lines (Họ tên, Sinh ngày tháng năm / Giới tính, Quê quán, Trú quán,
 * Đơn vị công tác, Chức vụ (Đảng, chính quyền, đoàn thể), Trình độ…, Học hàm, học vị, danh hiệu,
 * giải thưởng; "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận", "2. Thành tích đạt được của cá
 * nhân") and the two award tables (year, title or form, decision) follow NĐ 98's Mẫu số 03; the
 * Roman-numbered headings, the collective's sub-headings and the signature captions follow the
 * structure the templates have kept since NĐ 91/2017 (I. sơ lược…, II. thành tích, III. khen
 * thưởng; unit head | reporter; the level that submits the award).
 *
 * Over 300 lines on purpose: the individual and the collective template share the header, the
 * headings and the signature block, and read best as one document laid out from top to bottom.
 */

export type AchievementReportMeta = {
  /** The label printed top right: "Mẫu số 03"; null prints no label (a number the texts leave open). */
  template: string | null;
  /** The decree the template comes from: "Nghị định số 98/2023/NĐ-CP". */
  decree: string;
  /** The place in the date line: "Cổ Lễ". */
  place: string;
  /** yyyy-mm-dd once signed; null leaves the day and month blank, in `year`. */
  date: string | null;
  /** The year of the date line when there is no date: the round's. */
  year: string;
  /** The reporting body: "Ủy ban nhân dân xã Cổ Lễ" (headed "ỦY BAN NHÂN DÂN" / "XÃ CỔ LỄ"), or a collective's own name. */
  unitName: string;
  /** The unit above it, printed above the unit's name. */
  parentName: string | null;
};

const NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";

// ---------------------------------------------------------------------------------------------
// Pieces

const heading = (s: string) => body(s, { bold: true, keepNext: true });
const subheading = (s: string) => body(s, { bold: true, keepNext: true });
/** "- Label: value" lines of part I. */
const field = (label: string, value: string) => body(`- ${label}: ${value}`);
const paras = (xs: string[]) => xs.map((x) => body(x));

function templateLabel(meta: AchievementReportMeta): Paragraph[] {
  if (!meta.template) return [];
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: TIGHT,
      children: runs(meta.template, { bold: true, size: 13 }),
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { ...TIGHT, after: 120 },
      children: runs(`(Kèm theo ${meta.decree})`, { italics: true, size: 12 }),
    }),
  ];
}

const UBND = /^((ủy|uỷ) ban nhân dân|ubnd)\s+/iu;

/** A People's Committee heads its report in two lines, "ỦY BAN NHÂN DÂN" / "XÃ CỔ LỄ" (ND 30); a school in one. */
function issuerLines(name: string): string[] {
  const n = name.trim();
  return UBND.test(n) ? ["ỦY BAN NHÂN DÂN", upper(n.replace(UBND, ""))] : [upper(n)];
}

function header(meta: AchievementReportMeta): Table {
  return headerTable({
    parentLine: meta.parentName ? upper(meta.parentName) : null,
    issuerLines: issuerLines(meta.unitName),
    numberLine: "",
    nation: NATION,
    motto: MOTTO,
    placeDate: placeDate(meta.place, meta.date, meta.year),
  });
}

function title(action: string, award: string, extra: Paragraph[] = []): Paragraph[] {
  return [
    centred("BÁO CÁO THÀNH TÍCH", { bold: true, size: 14, before: 360 }),
    centred(`${action} ${upper(award)}`, { bold: true, size: 14, after: extra.length ? 0 : 240 }),
    ...extra,
  ];
}

const periodLine = (r: { fromYear: number; toYear: number }) =>
  body(
    r.fromYear === r.toYear
      ? `Thời gian tính thành tích: năm ${r.toYear}.`
      : `Thời gian tính thành tích: từ năm ${r.fromYear} đến năm ${r.toYear}.`,
    { italics: true },
  );

function initiativeLines(xs: { title: string; recognisedBy: string }[], lead: string): Paragraph[] {
  if (!xs.length) return [];
  return [
    body(lead, { italics: true, keepNext: true }),
    ...xs.map((i, n) => body(`- ${i.title} (${i.recognisedBy})${n === xs.length - 1 ? "." : ";"}`)),
  ];
}

// Part III: two tables, as in the template.

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: line, bottom: line, left: line, right: line };
const COLS = [Math.round(TEXT_WIDTH * 0.16), Math.round(TEXT_WIDTH * 0.34)];
const WIDTHS = [COLS[0]!, COLS[1]!, TEXT_WIDTH - COLS[0]! - COLS[1]!];

function cell(text: string, i: number, header = false): TableCell {
  return new TableCell({
    borders,
    width: { size: WIDTHS[i]!, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: header || i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: TIGHT,
        children: runs(text, { bold: header, size: 13 }),
      }),
    ],
  });
}

const decision = (a: TAwardHistory) =>
  [
    `Số ${a.decisionNumber}`,
    a.decisionDate ? `ngày ${formatViDate(a.decisionDate)}` : "",
    a.issuer ? `của ${a.issuer}` : "",
  ]
    .filter(Boolean)
    .join(" ");

function awardTable(awards: TAwardHistory[], kind: TAwardHistory["kind"]): Paragraph | Table {
  const rows = awards.filter((a) => a.kind === kind);
  if (!rows.length) return body("Không.");
  const heads =
    kind === "TITLE"
      ? [
          "Năm",
          "Danh hiệu thi đua",
          "Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định",
        ]
      : [
          "Năm",
          "Hình thức khen thưởng",
          "Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định",
        ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: WIDTHS,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: heads.map((h, i) => cell(h, i, true)) }),
      ...rows.map(
        (a) => new TableRow({ cantSplit: true, children: [a.year, a.name, decision(a)].map((t, i) => cell(t, i)) }),
      ),
    ],
  });
}

function awardsPart(awards: TAwardHistory[]): (Paragraph | Table)[] {
  return [
    heading("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"),
    subheading("1. Danh hiệu thi đua:"),
    awardTable(awards, "TITLE"),
    subheading("2. Hình thức khen thưởng:"),
    awardTable(awards, "FORM"),
  ];
}

// Signatures: caption, "(Ký, …)", room to sign, the name.

function signature(caption: string[], note: string, name = ""): Paragraph[] {
  return [
    ...caption.map((c) => centred(c, { bold: true })),
    centred(note, { italics: true }),
    ...Array.from({ length: 4 }, () => centred("")),
    centred(name, { bold: true }),
  ];
}
const gap = () => new Paragraph({ spacing: TIGHT, children: [] });
const halves: [number, number] = [Math.round(TEXT_WIDTH / 2), TEXT_WIDTH - Math.round(TEXT_WIDTH / 2)];

// ---------------------------------------------------------------------------------------------
// The two reports

function individual(r: TIndividualReport, meta: AchievementReportMeta): (Paragraph | Table)[] {
  const qualification = [
    r.politicalTheory ? `Lý luận chính trị: ${r.politicalTheory}` : "",
    `Chuyên môn, nghiệp vụ: ${r.professionalQualification}`,
  ]
    .filter(Boolean)
    .join("; ");
  return [
    ...templateLabel(meta),
    header(meta),
    ...title(r.posthumous ? "ĐỀ NGHỊ TRUY TẶNG" : "ĐỀ NGHỊ TẶNG", r.proposedAward),

    heading("I. SƠ LƯỢC LÝ LỊCH"),
    field("Họ tên", r.fullName),
    body(`- Sinh ngày, tháng, năm: ${formatViDate(r.dateOfBirth)}; Giới tính: ${GENDER_LABELS[r.gender]}`),
    field("Quê quán", r.hometown),
    field("Trú quán", r.residence),
    field("Đơn vị công tác", r.workplace),
    field("Chức vụ (Đảng, chính quyền, đoàn thể)", r.position),
    field("Trình độ lý luận chính trị, chuyên môn, nghiệp vụ", qualification),
    field("Học hàm, học vị, danh hiệu, giải thưởng", r.academicTitles ?? "Không"),

    heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"),
    periodLine(r),
    subheading("1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận:"),
    ...paras(r.duties),
    subheading("2. Thành tích đạt được của cá nhân:"),
    ...paras(r.achievements),
    ...initiativeLines(r.initiatives, "Sáng kiến, giải pháp công tác đã được công nhận:"),

    ...awardsPart(r.awards),

    gap(),
    twoColumns(halves, [
      [
        signature(["THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN, ĐỀ NGHỊ"], "(Ký, đóng dấu)"),
        signature(["NGƯỜI BÁO CÁO THÀNH TÍCH"], "(Ký, ghi rõ họ và tên)", r.fullName),
      ],
    ]),
    gap(),
    ...signature(["XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG"], "(Ký, đóng dấu)"),
  ];
}

function collective(r: TCollectiveReport, meta: AchievementReportMeta): (Paragraph | Table)[] {
  const staff = `Tổng số cán bộ, công chức, viên chức và người lao động: ${r.staffCount} người${r.femaleCount !== undefined ? ` (nữ: ${r.femaleCount} người)` : ""}.`;
  return [
    ...templateLabel(meta),
    header(meta),
    ...title("ĐỀ NGHỊ TẶNG", r.proposedAward, [centred(r.name, { bold: true, size: 14, after: 240 })]),

    heading("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH"),
    subheading("1. Đặc điểm, tình hình:"),
    field("Địa điểm trụ sở chính", r.address),
    ...(r.contact ? [field("Điện thoại, email", r.contact)] : []),
    ...(r.history ? [field("Quá trình thành lập và phát triển", r.history)] : []),
    field("Thủ trưởng đơn vị", `${r.headName}, ${r.headTitle}`),
    field("Cơ cấu tổ chức", r.structure),
    body(`- ${staff}`),
    subheading("2. Chức năng, nhiệm vụ:"),
    ...paras(r.functions),

    heading("II. THÀNH TÍCH ĐẠT ĐƯỢC"),
    periodLine(r),
    subheading("1. Kết quả thực hiện nhiệm vụ được giao:"),
    ...paras(r.achievements),
    ...initiativeLines(r.initiatives, "Sáng kiến, giải pháp đã được công nhận:"),
    ...(r.measures.length
      ? [
          subheading("2. Biện pháp, nguyên nhân đạt được thành tích; các phong trào thi đua đã áp dụng:"),
          ...paras(r.measures),
        ]
      : []),

    ...awardsPart(r.awards),

    gap(),
    twoColumns(halves, [
      [
        signature(["XÁC NHẬN CỦA", "CẤP TRÌNH KHEN THƯỞNG"], "(Ký, đóng dấu)"),
        signature(["THỦ TRƯỞNG ĐƠN VỊ"], "(Ký, đóng dấu)", r.headName),
      ],
    ]),
  ];
}

export function renderAchievementReportDocx(
  kind: "INDIVIDUAL",
  data: TIndividualReport,
  meta: AchievementReportMeta,
): Promise<Buffer>;
export function renderAchievementReportDocx(
  kind: "COLLECTIVE",
  data: TCollectiveReport,
  meta: AchievementReportMeta,
): Promise<Buffer>;
export function renderAchievementReportDocx(
  kind: "INDIVIDUAL" | "COLLECTIVE",
  data: TIndividualReport | TCollectiveReport,
  meta: AchievementReportMeta,
): Promise<Buffer>;
export async function renderAchievementReportDocx(
  kind: "INDIVIDUAL" | "COLLECTIVE",
  data: TIndividualReport | TCollectiveReport,
  meta: AchievementReportMeta,
): Promise<Buffer> {
  const children =
    kind === "INDIVIDUAL" ? individual(data as TIndividualReport, meta) : collective(data as TCollectiveReport, meta);
  const who = kind === "INDIVIDUAL" ? (data as TIndividualReport).fullName : (data as TCollectiveReport).name;
  return toDocxBuffer(
    administrativeDocument(
      {
        title: `Báo cáo thành tích – ${who}`,
        subject: meta.template ? `${meta.template} (${meta.decree})` : "Báo cáo thành tích",
        description: `Đề nghị tặng ${data.proposedAward}`,
      },
      children,
    ),
  );
}
