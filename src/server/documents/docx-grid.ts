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
import type { OutlineColumn, OutlineRow } from "@/domain/awards/decision-outline";
import { TEXT_WIDTH, TIGHT, runs } from "./docx-kit";

/**
 * A ruled table of the kind attached to decisions and minutes (STT, name, …, amount): a bold
 * header row repeated on every page, rows that never split across pages, 13 pt text (less for
 * tables with many narrow columns, so their headings break between words), and
 * full-width group rows ("I. Tập thể") and closing rows ("Tổng cộng"). Column widths are
 * fractions of the text width, so the table always fills it.
 */

/** The columns and rows are data of a document's outline (the PDF draws the same ones, pdf-kit.ts). */
export type GridColumn = OutlineColumn;
export type GridRow = OutlineRow;

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: line, bottom: line, left: line, right: line };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cell(
  text: string,
  width: number,
  align: GridColumn["align"],
  opts: { size: number; bold?: boolean; span?: number },
): TableCell {
  return new TableCell({
    borders,
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40 },
    children: [
      new Paragraph({
        alignment: ALIGN[align ?? "left"],
        spacing: TIGHT,
        children: runs(text, { bold: opts.bold, size: opts.size }),
      }),
    ],
  });
}

export function gridTable(columns: GridColumn[], header: string[], rows: GridRow[], size = 13): Table {
  const total = columns.reduce((s, c) => s + c.share, 0);
  const widths = columns.map((c) => Math.floor((TEXT_WIDTH * c.share) / total));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((s, w) => s + w, 0);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => cell(h, widths[i]!, "center", { size, bold: true })),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: Array.isArray(r)
              ? r.map((text, i) => cell(text, widths[i]!, columns[i]!.align, { size }))
              : "strong" in r
                ? r.strong.map((text, i) => cell(text, widths[i]!, columns[i]!.align, { size, bold: true }))
                : [cell(r.span, TEXT_WIDTH, "left", { size, bold: true, span: columns.length })],
          }),
      ),
    ],
  });
}
