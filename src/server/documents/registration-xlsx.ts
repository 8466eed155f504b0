import "server-only";
import { sheetNames, streamWorkbook, type XlsxCell, type XlsxSheet, type XlsxStyle } from "./xlsx-stream";
import { upper } from "@/domain/text/format";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";

/**
 * The registration table as offices exchange it (layout of seed 001's "ĐĂNG KÝ danh hiệu thi đua,
 * khen thưởng"): unit header and national motto, title, then STT | Tập thể, cá nhân | the titles
 * (grouped under "Danh hiệu thi đua") | the forms (under "Hình thức khen thưởng") | Nội dung đăng ký,
 * a row of column numbers (1)…(n), and sections "I Tập thể", "II Cá nhân" with an "x" per mark.
 * One sheet per registering unit, after a summary sheet of counts with each unit's status, whose
 * totals count approved registrations only. Streamed (xlsx-stream.ts): the units' sheets are
 * written as their rows are read, a batch of units at a time.
 */
export type RegistrationSheet = {
  unitName: string;
  /** The review state as shown ("Đã duyệt", "Trả lại để hoàn thiện", …); absent: not shown. */
  status?: string;
  /** Counted in the totals: the registration was approved. */
  approved?: boolean;
  /** The basis line ("Căn cứ Kế hoạch số … ngày … của …, … đăng ký thi đua năm … như sau:"). */
  basis?: string;
  rows: { kind: "COLLECTIVE" | "INDIVIDUAL"; label: string; items: string[]; commitment: string }[];
};

export type RegistrationWorkbook = {
  planTitle: string;
  issuerName: string;
  columns: { code: string; name: string; group: "TITLE" | "FORM" }[];
  sheets: RegistrationSheet[];
};

/** The summary sheet's content, counted by the database (registration-review.ts, planRegistrationCounts). */
export type RegistrationSummary = {
  lines: { unitName: string; status: string; counts: Record<string, number> }[];
  /** Marks of approved registrations per code. */
  totals: Record<string, number>;
  /** How many registrations are approved. */
  approved: number;
};

const boxed = (value: string | number, style: XlsxStyle = "cell", extra: Partial<XlsxCell> = {}): XlsxCell => ({
  value,
  style,
  ...extra,
});

const once = (rows: XlsxCell[][]) =>
  (async function* () {
    yield rows;
  })();

function unitRows(book: Omit<RegistrationWorkbook, "sheets">, sheet: RegistrationSheet): XlsxCell[][] {
  const titles = book.columns.filter((c) => c.group === "TITLE");
  const forms = book.columns.filter((c) => c.group === "FORM");
  const ordered = [...titles, ...forms];
  const width = ordered.length + 3;
  const half = Math.max(2, Math.floor(width / 2));
  const across = (value: string, style: XlsxStyle): XlsxCell[] => [{ value, style, span: width }];
  const rows: XlsxCell[][] = [
    [
      { value: "ỦY BAN NHÂN DÂN", style: "heading", span: half },
      { value: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: "heading", span: width - half },
    ],
    [
      { value: upper(sheet.unitName), style: "heading", span: half },
      { value: "Độc lập - Tự do - Hạnh phúc", style: "heading", span: width - half },
    ],
    [],
    across("ĐĂNG KÝ", "heading"),
    across(`Danh hiệu thi đua, hình thức khen thưởng theo ${book.planTitle}`, "heading"),
    across(
      sheet.basis ?? `Căn cứ Kế hoạch của ${book.issuerName}, ${sheet.unitName} đăng ký thi đua như sau:`,
      "wrapped",
    ),
    [
      boxed("STT", "header", { rowSpan: 2 }),
      boxed("Tập thể, cá nhân", "header", { rowSpan: 2 }),
      ...(titles.length ? [boxed("Danh hiệu thi đua", "header", { span: titles.length })] : []),
      ...(forms.length ? [boxed("Hình thức khen thưởng", "header", { span: forms.length })] : []),
      boxed("Nội dung đăng ký", "header", { rowSpan: 2 }),
    ],
    // The cells under the first header row's merged ones stay blank (boxed, so the merge keeps its border).
    [boxed("", "header"), boxed("", "header"), ...ordered.map((c) => boxed(c.name, "header")), boxed("", "header")],
    Array.from({ length: width }, (_, i) => boxed(`(${i + 1})`, "center")),
  ];
  const section = (numeral: string, title: string, kind: "COLLECTIVE" | "INDIVIDUAL") => {
    rows.push([boxed(numeral, "header"), boxed(title, "strong"), ...ordered.map(() => boxed("")), boxed("")]);
    sheet.rows
      .filter((r) => r.kind === kind)
      .forEach((r, i) =>
        rows.push([
          boxed(i + 1, "center"),
          boxed(r.label),
          ...ordered.map((c) => boxed(r.items.includes(c.code) ? "x" : "", "center")),
          boxed(r.commitment),
        ]),
      );
  };
  section("I", RECIPIENT_KIND_LABELS.COLLECTIVE, "COLLECTIVE");
  section("II", RECIPIENT_KIND_LABELS.INDIVIDUAL, "INDIVIDUAL");
  return rows;
}

function summaryRows(book: Omit<RegistrationWorkbook, "sheets">, summary: RegistrationSummary): XlsxCell[][] {
  return [
    [{ value: `Tổng hợp đăng ký thi đua – ${book.planTitle}`, style: "title", span: book.columns.length + 2 }],
    [boxed("Đơn vị", "strong"), boxed("Trạng thái", "strong"), ...book.columns.map((c) => boxed(c.name, "header"))],
    ...summary.lines.map((l) => [
      boxed(l.unitName),
      boxed(l.status),
      ...book.columns.map((c) => boxed(l.counts[c.code] ?? 0, "center")),
    ]),
    [
      boxed("Tổng cộng (đã duyệt)", "strong"),
      boxed(`${summary.approved}/${summary.lines.length} đơn vị`, "strong"),
      ...book.columns.map((c) => boxed(summary.totals[c.code] ?? 0, "header")),
    ],
  ];
}

/**
 * The workbook as the route sends it: the summary sheet, then a sheet per unit from `units`, which
 * must come in the order of `summary.lines` (one each) — their names are fixed before they are read.
 */
export function registrationXlsxStream(
  book: Omit<RegistrationWorkbook, "sheets">,
  summary: RegistrationSummary,
  units: AsyncIterable<RegistrationSheet>,
): ReadableStream<Uint8Array> {
  const names = sheetNames(["Tổng hợp", ...summary.lines.map((l) => l.unitName)]);
  const unitWidths = [6, 40, ...book.columns.map(() => 14), 40];
  async function* sheets(): AsyncGenerator<XlsxSheet> {
    yield {
      name: names[0]!,
      widths: [36, 24, ...book.columns.map(() => 14)],
      frozenRows: 2,
      rows: once(summaryRows(book, summary)),
    };
    let n = 0;
    for await (const unit of units)
      yield { name: names[++n] ?? unit.unitName, widths: unitWidths, rows: once(unitRows(book, unit)) };
  }
  return streamWorkbook(sheets());
}
