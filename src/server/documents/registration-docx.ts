import "server-only";
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { todayInVietnam } from "@/lib/dates";
import { placeDate, upper } from "@/domain/text/format";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { administrativeDocument, body, centred, headerTable, runs, signatureTable, toDocxBuffer } from "./docx-kit";
import type { RegistrationSheet, RegistrationWorkbook } from "./registration-xlsx";

/**
 * One unit's registration table printed for signature (the paper form of seed 001): header, "ĐĂNG
 * KÝ", the basis line, the table with a column per title and form, and the chair's signature.
 */
const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: line, bottom: line, left: line, right: line };

function cell(text: string, opts: { bold?: boolean; center?: boolean; columnSpan?: number; rowSpan?: number } = {}) {
  return new TableCell({
    borders,
    columnSpan: opts.columnSpan,
    rowSpan: opts.rowSpan,
    children: [
      new Paragraph({
        alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: runs(text, { bold: opts.bold, size: 12 }),
      }),
    ],
  });
}

function table(book: RegistrationWorkbook, sheet: RegistrationSheet): Table {
  const titles = book.columns.filter((c) => c.group === "TITLE");
  const forms = book.columns.filter((c) => c.group === "FORM");
  const ordered = [...titles, ...forms];
  const rows = [
    new TableRow({
      tableHeader: true,
      children: [
        cell("STT", { bold: true, center: true, rowSpan: 2 }),
        cell("Tập thể, cá nhân", { bold: true, center: true, rowSpan: 2 }),
        ...(titles.length ? [cell("Danh hiệu thi đua", { bold: true, center: true, columnSpan: titles.length })] : []),
        ...(forms.length
          ? [cell("Hình thức khen thưởng", { bold: true, center: true, columnSpan: forms.length })]
          : []),
        cell("Nội dung đăng ký", { bold: true, center: true, rowSpan: 2 }),
      ],
    }),
    new TableRow({ tableHeader: true, children: ordered.map((c) => cell(c.name, { bold: true, center: true })) }),
    new TableRow({
      children: Array.from({ length: ordered.length + 3 }, (_, i) => cell(`(${i + 1})`, { center: true })),
    }),
  ];
  for (const [numeral, title, kind] of [
    ["I", RECIPIENT_KIND_LABELS.COLLECTIVE, "COLLECTIVE"],
    ["II", RECIPIENT_KIND_LABELS.INDIVIDUAL, "INDIVIDUAL"],
  ] as const) {
    rows.push(
      new TableRow({
        children: [
          cell(numeral, { bold: true, center: true }),
          cell(title, { bold: true }),
          ...ordered.map(() => cell("")),
          cell(""),
        ],
      }),
    );
    sheet.rows
      .filter((r) => r.kind === kind)
      .forEach((r, i) =>
        rows.push(
          new TableRow({
            children: [
              cell(String(i + 1), { center: true }),
              cell(r.label),
              ...ordered.map((c) => cell(r.items.includes(c.code) ? "x" : "", { center: true })),
              cell(r.commitment),
            ],
          }),
        ),
      );
  }
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

/**
 * `dated`: the registration's own day (yyyy-mm-dd: when it was sent or last saved), else its year
 * with the day left blank to write by hand — never today's year for an earlier registration.
 */
export async function renderRegistrationDocx(
  book: RegistrationWorkbook,
  sheet: RegistrationSheet,
  place: string,
  dated: { day: string | null; year: number } = { day: null, year: Number(todayInVietnam().slice(0, 4)) },
): Promise<Buffer> {
  const children = [
    headerTable({
      parentLine: null,
      issuerLines: ["ỦY BAN NHÂN DÂN", upper(sheet.unitName)],
      numberLine: "",
      nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      placeDate: placeDate(place, dated.day, String(dated.year)),
    }),
    centred("ĐĂNG KÝ", { bold: true, before: 360 }),
    centred(`Danh hiệu thi đua, hình thức khen thưởng theo ${book.planTitle}`, { bold: true, after: 240 }),
    body(sheet.basis ?? `Căn cứ Kế hoạch của ${book.issuerName}, ${sheet.unitName} đăng ký thi đua như sau:`),
    table(book, sheet),
    new Paragraph({ children: [] }),
    signatureTable(null, { authority: ["TM. ỦY BAN NHÂN DÂN"], title: ["CHỦ TỊCH"], name: "" }),
  ];
  return toDocxBuffer(
    administrativeDocument({ title: `Đăng ký thi đua – ${sheet.unitName}`, landscape: true }, children),
  );
}
