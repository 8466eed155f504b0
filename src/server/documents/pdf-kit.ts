import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import { DEFAULT_BYTE_RANGE_PLACEHOLDER, SIG_FLAGS, SUBFILTER_ADOBE_PKCS7_DETACHED } from "@signpdf/utils";
import type { OutlineRun, PlanOutline } from "@/domain/plans/plan-outline";
import type { OutlineTable } from "@/domain/awards/decision-outline";

/**
 * The PDF twin of docx-kit.ts: the building blocks of a Vietnamese administrative document
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I) drawn with pdfkit — A4, margins top/bottom 20 mm, left
 * 30 mm, right 15 mm, 14 pt body, the two-column header, centred lines, rules, justified body
 * paragraphs with a first-line indent, the recipients | signature block, ruled tables whose
 * header row repeats on each page, and page numbers centred at the top from page 2. A document's
 * outline (plan-outline, decision-outline) is set in type by both kits, so the .docx and the PDF
 * of one document say the same thing.
 *
 * Type is Tinos (a Times New Roman metric twin, OFL, every Vietnamese glyph), read from
 * node_modules at run time (pdfkit is a server-external package, see next.config.js).
 */

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "tinos");
export const FONTS = {
  regular: path.join(FONT_DIR, "400Regular", "Tinos_400Regular.ttf"),
  bold: path.join(FONT_DIR, "700Bold", "Tinos_700Bold.ttf"),
  italic: path.join(FONT_DIR, "400Regular_Italic", "Tinos_400Regular_Italic.ttf"),
  boldItalic: path.join(FONT_DIR, "700Bold_Italic", "Tinos_700Bold_Italic.ttf"),
} as const;

type Doc = PDFKit.PDFDocument;
export type Style = { bold?: boolean; italics?: boolean; size?: number };

const MM = 72 / 25.4;
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const LEFT = MARGIN.left;
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY_PT = 14;
const FIRST_LINE = 12.7 * MM;
/** 1.2 lines and 6 pt after, as the .docx. */
const LINE_GAP = 0.2 * BODY_PT;
const AFTER = 6;

const fontOf = (s: Style) => (s.bold ? (s.italics ? "boldItalic" : "bold") : s.italics ? "italic" : "regular");

function setStyle(doc: Doc, s: Style) {
  doc.font(fontOf(s)).fontSize(s.size ?? BODY_PT);
}

const bottom = () => PAGE.height - MARGIN.bottom;

/** A new page when `height` points do not fit below the cursor (a block that must not split). */
function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > bottom() && doc.y > MARGIN.top + 1) doc.addPage();
}

/** Runs set one after another in a box, wrapped and aligned; returns nothing, moves doc.y. */
function writeRuns(
  doc: Doc,
  runs: OutlineRun[],
  box: { x: number; width: number; align: "left" | "center" | "justify"; indent?: number },
  style: Style = {},
) {
  const parts = runs.filter((r) => r.text.length > 0);
  if (!parts.length) {
    setStyle(doc, style);
    doc.text(" ", box.x, doc.y, { width: box.width, lineGap: LINE_GAP });
    return;
  }
  parts.forEach((r, i) => {
    setStyle(doc, { ...style, bold: r.bold ?? style.bold, italics: r.italics ?? style.italics });
    const options = {
      width: box.width,
      align: box.align,
      lineGap: LINE_GAP,
      continued: i < parts.length - 1,
      ...(i === 0 ? { indent: box.indent ?? 0 } : {}),
    };
    if (i === 0) doc.text(r.text, box.x, doc.y, options);
    else doc.text(r.text, options);
  });
}

function heightOfRuns(doc: Doc, runs: OutlineRun[], width: number, style: Style, indent = 0): number {
  // One string in the heaviest style of its runs: an upper bound good enough to keep blocks whole.
  const bold = runs.some((r) => r.bold) || style.bold;
  setStyle(doc, { ...style, bold });
  return doc.heightOfString(runs.map((r) => r.text).join(""), { width, lineGap: LINE_GAP, indent });
}

const asRuns = (content: string | OutlineRun[]): OutlineRun[] =>
  typeof content === "string" ? [{ text: content }] : content;

/** A centred line (or lines) across the text width, or within a column. */
export function centred(
  doc: Doc,
  content: string | OutlineRun[],
  style: Style & { before?: number; after?: number; x?: number; width?: number } = {},
) {
  doc.y += style.before ?? 0;
  writeRuns(doc, asRuns(content), { x: style.x ?? LEFT, width: style.width ?? TEXT_WIDTH, align: "center" }, style);
  doc.y += style.after ?? 0;
}

/** A body paragraph: justified, first-line indent, 6 pt after; `keepNext` keeps it with the next few lines. */
export function body(doc: Doc, content: string | OutlineRun[], style: Style & { keepNext?: boolean } = {}) {
  const runs = asRuns(content);
  const height = heightOfRuns(doc, runs, TEXT_WIDTH, style, FIRST_LINE);
  ensureRoom(doc, height + (style.keepNext ? 3 * BODY_PT * 1.2 : 0));
  writeRuns(doc, runs, { x: LEFT, width: TEXT_WIDTH, align: "justify", indent: FIRST_LINE }, style);
  doc.y += AFTER;
}

/** A horizontal rule `length` points long, centred in a column, just below the cursor. */
export function rule(doc: Doc, length: number, within = { x: LEFT, width: TEXT_WIDTH }, after = 0) {
  const y = doc.y + 2;
  const x = within.x + (within.width - length) / 2;
  doc
    .moveTo(x, y)
    .lineTo(x + length, y)
    .lineWidth(0.6)
    .strokeColor("#000000")
    .stroke();
  doc.y = y + 3 + after;
}

export function widthOf(doc: Doc, text: string, style: Style): number {
  setStyle(doc, style);
  return doc.widthOfString(text);
}

/** The two-column header: issuing body (40 %) | national title (60 %), then number | place-date. */
export function headerTable(doc: Doc, h: PlanOutline["header"]) {
  const leftWidth = TEXT_WIDTH * 0.4;
  const left = { x: LEFT, width: leftWidth };
  const right = { x: LEFT + leftWidth, width: TEXT_WIDTH - leftWidth };
  const top = doc.y;

  if (h.parentLine) centred(doc, h.parentLine, { size: 13, ...left });
  for (const l of h.issuerLines) centred(doc, l, { size: 13, bold: true, ...left });
  const bodyWidth = Math.min(
    leftWidth,
    Math.max(...h.issuerLines.map((l) => widthOf(doc, l, { size: 13, bold: true }))),
  );
  rule(doc, Math.max(15 * MM, bodyWidth * 0.4), left);
  const leftEnd = doc.y;

  doc.y = top;
  centred(doc, h.nation, { size: 12, bold: true, ...right });
  centred(doc, h.motto, { size: 13, bold: true, ...right });
  rule(doc, Math.min(right.width, widthOf(doc, h.motto, { size: 13, bold: true })), right);
  const rightEnd = doc.y;

  const second = Math.max(leftEnd, rightEnd) + 6;
  doc.y = second;
  if (h.numberLine) centred(doc, h.numberLine, { size: 13, ...left });
  const numberEnd = doc.y;
  doc.y = second;
  if (h.placeDate) centred(doc, h.placeDate, { size: 14, italics: true, ...right });
  doc.y = Math.max(numberEnd, doc.y);
}

/** "Nơi nhận:" and its lines (left half) | the signer's title lines, room to sign, the name (right half). */
export function signatureTable(
  doc: Doc,
  recipients: { label: string; lines: string[] },
  s: { authority: string[]; title: string[]; name: string },
) {
  const half = TEXT_WIDTH / 2;
  const titles = [...s.authority, ...s.title];
  const rightHeight = (titles.length + 5) * BODY_PT * 1.25;
  const leftHeight = 12 * 1.3 + recipients.lines.length * 11 * 1.3;
  ensureRoom(doc, Math.max(rightHeight, leftHeight) + 6);
  const top = doc.y;

  setStyle(doc, { bold: true, italics: true, size: 12 });
  doc.text(recipients.label, LEFT, top, { width: half });
  setStyle(doc, { size: 11 });
  for (const l of recipients.lines) doc.text(l, LEFT, doc.y, { width: half });
  const leftEnd = doc.y;

  doc.y = top;
  for (const l of titles) centred(doc, l, { bold: true, x: LEFT + half, width: half });
  doc.y += 4 * BODY_PT * 1.2;
  centred(doc, s.name, { bold: true, x: LEFT + half, width: half });
  doc.y = Math.max(leftEnd, doc.y);
}

/** A ruled table across the text width: bold header row repeated on each page, rows never split. */
export function gridTable(doc: Doc, t: OutlineTable, size = 13) {
  const total = t.columns.reduce((s, c) => s + c.share, 0);
  const widths = t.columns.map((c) => (TEXT_WIDTH * c.share) / total);
  const PAD = 4;
  type Cell = { text: string; x: number; width: number; align: "left" | "center" | "right"; bold: boolean };
  const rowCells = (texts: string[], bold: boolean, aligns?: ("left" | "center" | "right")[]): Cell[] => {
    let x = LEFT;
    return texts.map((text, i) => {
      const cell = { text, x, width: widths[i]!, align: aligns?.[i] ?? t.columns[i]?.align ?? "left", bold };
      x += widths[i]!;
      return cell;
    });
  };
  const heightOf = (cells: Cell[]) =>
    Math.max(
      ...cells.map((c) => {
        setStyle(doc, { size, bold: c.bold });
        return doc.heightOfString(c.text || " ", { width: c.width - 2 * PAD }) + 2 * PAD;
      }),
    );
  const draw = (cells: Cell[]) => {
    const height = heightOf(cells);
    const y = doc.y;
    for (const c of cells) {
      doc.rect(c.x, y, c.width, height).lineWidth(0.5).strokeColor("#000000").stroke();
      setStyle(doc, { size, bold: c.bold });
      doc.text(c.text, c.x + PAD, y + PAD, { width: c.width - 2 * PAD, align: c.align });
    }
    doc.x = LEFT;
    doc.y = y + height;
  };
  const head = rowCells(
    t.heads,
    true,
    t.heads.map(() => "center"),
  );
  ensureRoom(doc, heightOf(head) * 2);
  draw(head);
  for (const r of t.rows) {
    const cells = Array.isArray(r)
      ? rowCells(r, false)
      : "strong" in r
        ? rowCells(r.strong, true)
        : [{ text: r.span, x: LEFT, width: TEXT_WIDTH, align: "left" as const, bold: true }];
    if (doc.y + heightOf(cells) > bottom()) {
      doc.addPage();
      draw(head);
    }
    draw(cells);
  }
  doc.y += AFTER;
}

/** What a PDF may carry besides its pages. */
export type PdfOptions = {
  title: string;
  subject?: string;
  /**
   * Reserve room for one digital signature (PAdES, adbe.pkcs7.detached): the signature dictionary
   * with a /ByteRange placeholder and a zero-filled /Contents of `length` bytes, in an AcroForm
   * signature field, so @signpdf/signpdf can sign the finished file without rewriting it.
   */
  signature?: { name: string; reason: string; location: string; signingTime: Date; length: number };
};

/**
 * A new A4 document with the ND 30 margins; `draw` lays out the body; page numbers (from page 2,
 * centred at the top, 10 mm from the edge) are written once every page exists. Resolves to the file.
 */
export function renderPdf(options: PdfOptions, draw: (doc: Doc) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    // The embedded font from the start, so pdfkit never loads its standard (Latin-only) fonts.
    font: FONTS.regular,
    lang: "vi-VN",
    displayTitle: true,
    info: {
      Title: options.title,
      ...(options.subject ? { Subject: options.subject } : {}),
      Creator: "Thi đua – Khen thưởng",
      Producer: "Thi đua – Khen thưởng",
    },
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font("regular");
  draw(doc);
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing in the top margin: lift the margin so pdfkit does not start a new page.
    const margin = doc.page.margins.top;
    doc.page.margins.top = 0;
    setStyle(doc, {});
    doc.text(String(i - range.start + 1), LEFT, 10 * MM, { width: TEXT_WIDTH, align: "center", lineBreak: false });
    doc.page.margins.top = margin;
  }
  if (options.signature) addSignaturePlaceholder(doc, options.signature);
  doc.end();
  return done;
}

/**
 * The objects a PDF reader looks for in a signed file (adapted from @signpdf/placeholder-pdfkit,
 * whose peer range stops at pdfkit 0.11): the signature dictionary, an invisible widget on the
 * last page naming it, and the AcroForm listing the field with SigFlags "signatures exist,
 * append only".
 */
function addSignaturePlaceholder(doc: Doc, s: NonNullable<PdfOptions["signature"]>) {
  // pdfkit's low-level object API is not in its type declarations.
  const raw = doc as unknown as {
    ref(data: object): { end(): void };
    initForm(): void;
    _acroform?: object;
    _root: { data: { AcroForm: { data: { Fields: unknown[]; [key: string]: unknown } } } };
    page: { dictionary: unknown; annotations: unknown[] };
  };
  const placeholder = DEFAULT_BYTE_RANGE_PLACEHOLDER;
  // pdfkit writes a String object as a PDF string "(…)" and a primitive string as a name "/…".
  const signature = raw.ref({
    Type: "Sig",
    Filter: "Adobe.PPKLite",
    SubFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
    ByteRange: [0, placeholder, placeholder, placeholder],
    Contents: Buffer.alloc(s.length),
    Reason: new String(s.reason),
    M: s.signingTime,
    Name: new String(s.name),
    Location: new String(s.location),
    Prop_Build: { Filter: { Name: "Adobe.PPKLite" }, App: { Name: "ThiDua" } },
  });
  if (!raw._acroform) raw.initForm();
  const form = raw._root.data.AcroForm;
  form.data.Type = "AcroForm";
  form.data.SigFlags = SIG_FLAGS.SIGNATURES_EXIST | SIG_FLAGS.APPEND_ONLY;
  const widget = raw.ref({
    Type: "Annot",
    Subtype: "Widget",
    FT: "Sig",
    Rect: [0, 0, 0, 0],
    V: signature,
    T: new String(`Signature${form.data.Fields.length + 1}`),
    F: 132, // print + locked: an invisible signature
    P: raw.page.dictionary,
  });
  raw.page.annotations.push(widget);
  form.data.Fields.push(widget);
  signature.end();
  widget.end();
}
