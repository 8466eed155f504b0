import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
} from "docx";
import type { OutlineRun } from "@/domain/plans/plan-outline";

/**
 * Building blocks of Vietnamese administrative documents as .docx (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I): page and type, the two-column header, centred lines, rules, and the document shell.
 * Used by every generated document so they all look alike.
 */

/** The lines of the two-column header: issuing body and number | national title and place-date. */
export type DocumentHeader = {
  parentLine: string | null;
  issuerLines: string[];
  numberLine: string;
  nation: string;
  motto: string;
  placeDate: string;
};

// ---------------------------------------------------------------------------------------------
// Page and type (ND 30: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm; 13–14 pt body)

export const FONT = "Times New Roman";
export const mm = convertMillimetersToTwip;
const PAGE = { width: 11906, height: 16838 }; // A4 in twips
/** Rounded up, so a margin is never a hair under the minimum (convertMillimetersToTwip floors 20 mm to 1133). */
const mmUp = (x: number) => Math.ceil((x * 1440) / 25.4);
const MARGIN = { top: mmUp(20), bottom: mmUp(20), left: mmUp(30), right: mmUp(15) };
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const CELL_PADDING = 108; // Word's default left/right cell margin, each side
export const BODY_PT = 14;
const FIRST_LINE = mm(12.7);
const BODY_SPACING = { before: 0, after: 120, line: 288, lineRule: LineRuleType.AUTO }; // 6 pt after, 1.2 lines
export const TIGHT = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };

export type RunStyle = { bold?: boolean; italics?: boolean; size?: number };

/** A run per line of `text` (line breaks inside a paragraph). */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text.split("\n").map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i ? 1 : undefined,
        font: FONT,
        bold: style.bold,
        italics: style.italics,
        size: (style.size ?? BODY_PT) * 2,
      }),
  );
}

const toRuns = (content: string | OutlineRun[], style?: RunStyle) =>
  typeof content === "string" ? runs(content, style) : content.flatMap((r) => runs(r.text, { ...style, ...r }));

/** A body paragraph: justified, first-line indent, 6 pt after. */
export function body(content: string | OutlineRun[], style: RunStyle & { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE },
    spacing: BODY_SPACING,
    keepNext: style.keepNext,
    children: toRuns(content, style),
  });
}

/** A centred line inside the header/signature tables or the title. */
export function centred(
  content: string | OutlineRun[],
  style: RunStyle & { after?: number; before?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...TIGHT, before: style.before ?? 0, after: style.after ?? 0 },
    children: toRuns(content, style),
  });
}

/**
 * A horizontal rule of `length` twips centred in a space `within` twips wide: an empty, very low
 * paragraph with a top border, standing in for the line Word users draw under a heading.
 */
export function rule(length: number, within: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((within - length) / 2));
  return new Paragraph({
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    indent: { left: side, right: side },
    spacing: { before: 0, after, line: 60, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
    children: [],
  });
}

/** A rough width of a line of Times New Roman, in twips (rules are sized from it). */
export function approxWidth(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (ch === " ") em += 0.25;
    else if (/\p{Lu}/u.test(ch)) em += bold ? 0.72 : 0.68;
    else if (/\p{Ll}/u.test(ch)) em += bold ? 0.5 : 0.46;
    else em += 0.4;
  }
  return Math.round(em * sizePt * 20);
}

// ---------------------------------------------------------------------------------------------
// The two-column header of an administrative document (issuing body | national title)

const noBorders = TableBorders.NONE;

export function twoColumns(widths: [number, number], rows: [Paragraph[], Paragraph[]][]): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i]!, type: WidthType.DXA },
                verticalAlign: VerticalAlign.TOP,
                borders: noBorders,
                children,
              }),
          ),
        }),
    ),
  });
}

export function headerTable(h: DocumentHeader): Table {
  const widths: [number, number] = [Math.round(TEXT_WIDTH * 0.4), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.4)];
  const [leftInner, rightInner] = widths.map((w) => w - 2 * CELL_PADDING) as [number, number];
  const bodyWidth = Math.min(leftInner, Math.max(...h.issuerLines.map((l) => approxWidth(l, 13, true))));

  const left = [
    ...(h.parentLine ? [centred(h.parentLine, { size: 13 })] : []),
    ...h.issuerLines.map((l) => centred(l, { size: 13, bold: true })),
    rule(Math.max(mm(15), Math.round(bodyWidth * 0.4)), leftInner),
  ];
  const right = [
    centred(h.nation, { size: 12, bold: true }),
    centred(h.motto, { size: 13, bold: true }),
    rule(Math.min(rightInner, approxWidth(h.motto, 13, true)), rightInner),
  ];
  return twoColumns(widths, [
    [left, right],
    [
      [centred(h.numberLine, { size: 13, before: 120 })],
      [centred(h.placeDate, { size: 14, italics: true, before: 120 })],
    ],
  ]);
}

/** "Nơi nhận" (when the document has recipients) | the signature block: authority, title, space to sign, name. */
export function signatureTable(
  recipients: { label: string; lines: string[] } | null,
  s: { authority: string[]; title: string[]; name: string },
): Table {
  const widths: [number, number] = [Math.round(TEXT_WIDTH / 2), TEXT_WIDTH - Math.round(TEXT_WIDTH / 2)];
  const left = recipients
    ? [
        new Paragraph({ spacing: TIGHT, children: runs(recipients.label, { bold: true, italics: true, size: 12 }) }),
        ...recipients.lines.map((r) => new Paragraph({ spacing: TIGHT, children: runs(r, { size: 11 }) })),
      ]
    : [new Paragraph({ spacing: TIGHT, children: [] })];
  const right = [
    ...[...s.authority, ...s.title].map((l) => centred(l, { bold: true })),
    ...Array.from({ length: 4 }, () => centred("")),
    centred(s.name, { bold: true }),
  ];
  return twoColumns(widths, [[left, right]]);
}

/**
 * The document shell every generated administrative document shares: A4 with the ND 30 margins,
 * Times New Roman 14 pt, Vietnamese language, page numbers centred at the top from page 2.
 */
export function administrativeDocument(
  meta: { title: string; subject?: string; description?: string; landscape?: boolean },
  children: (Paragraph | Table)[],
): Document {
  return new Document({
    title: meta.title,
    subject: meta.subject,
    creator: "Thi đua – Khen thưởng",
    lastModifiedBy: "Thi đua – Khen thưởng",
    description: meta.description,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_PT * 2, language: { value: "vi-VN" } },
          paragraph: { spacing: BODY_SPACING },
        },
      },
    },
    sections: [
      {
        properties: {
          // Wide tables (a registration table has a column per title) print on landscape A4.
          page: {
            size: meta.landscape ? { ...PAGE, orientation: PageOrientation.LANDSCAPE } : PAGE,
            margin: { ...MARGIN, header: mm(10), footer: mm(10) },
          },
          // ND 30: page numbers centred at the top, from the second page.
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })],
              }),
            ],
          }),
        },
        children: [
          ...children,
          // Word wants a paragraph after a closing table; keep it tiny so it never spills onto a new page.
          new Paragraph({
            spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
            run: { size: 2 },
            children: [],
          }),
        ],
      },
    ],
  });
}

export const toDocxBuffer = (document: Document): Promise<Buffer> => Packer.toBuffer(document);
