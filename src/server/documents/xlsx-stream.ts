import "server-only";
import { Zip, ZipDeflate, strToU8 } from "fflate";

/**
 * An .xlsx written as its rows arrive: each sheet's XML is deflated and sent batch by batch
 * (fflate's streaming ZIP, data descriptors after each part), so an export of 50 000 awards never
 * holds more than one batch of rows, and the first bytes leave before the last row is read. Sheets
 * may arrive one by one too (the registration workbook's sheet per unit): the workbook's index of
 * sheets is written last, once all are known — a ZIP's parts may come in any order.
 * write-excel-file (the library the small workbooks use) takes every sheet as one array, hence
 * this writer for the long lists. It knows only what those lists print: Times New Roman 12, a bold
 * title line across the table, bold centred headers, boxed wrapped cells, "#,##0" sums, and the
 * registration form's letterhead (centred bold headings, a wrapped basis line, bold boxed labels).
 */

/** How a cell looks; the order is the styles' index in styles.xml (cellXfs). */
const STYLES = [
  "default",
  "title",
  "header",
  "cell",
  "center",
  "money",
  "plain",
  "heading",
  "wrapped",
  "strong",
] as const;
export type XlsxStyle = (typeof STYLES)[number];

/** `span`: columns the cell covers to its right; `rowSpan`: rows it covers downwards (those rows hold a blank cell there). */
export type XlsxCell = { value: string | number | null; style?: XlsxStyle; span?: number; rowSpan?: number };

export type XlsxSheet = {
  name: string;
  /** Column widths in characters. */
  widths: number[];
  /** Rows at the top that stay in view when scrolling (the title and the headers). */
  frozenRows?: number;
  rows: AsyncIterable<XlsxCell[][]>;
};

const escapeXml = (text: string) =>
  text
    // Characters XML 1.0 cannot carry at all (control characters pasted from other programs).
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** "A", "B", … "Z", "AA": the column letters of a 0-based index. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(cell: XlsxCell, ref: string): string {
  const s = STYLES.indexOf(cell.style ?? "default");
  if (cell.value === null || cell.value === "") return `<c r="${ref}" s="${s}"/>`;
  if (typeof cell.value === "number") return `<c r="${ref}" s="${s}"><v>${cell.value}</v></c>`;
  return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.value)}</t></is></c>`;
}

const contentTypes = (sheets: number) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${Array.from({ length: sheets }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
// Sheet n is rId<n>; the styles come after the sheets.
const workbookRels = (sheets: number) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="rId${sheets + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const workbook = (names: string[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`;

/**
 * Sheet names as Excel accepts them: at most 31 characters, none of : \ / ? * [ ], and each once
 * (two units whose names agree in their first 31 characters get "(2)" on the second).
 */
export function sheetNames(wanted: string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((raw) => {
    const base =
      raw
        .replace(/[:\\/?*[\]]/g, " ")
        .replace(/\s+/g, " ")
        .trim() || "Trang";
    let name = base.slice(0, 31);
    for (let n = 2; taken.has(name.toLocaleLowerCase("vi-VN")); n++)
      name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    taken.add(name.toLocaleLowerCase("vi-VN"));
    return name;
  });
}
// cellXfs in STYLES' order. Font 1 is bold; border 1 is thin on every side; numFmt 164 is "#,##0".
const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0"/></numFmts><fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="10"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs></styleSheet>`;

/** One sheet's XML, a row at a time: the opening (frozen rows, widths), rows, the closing with its merged cells. */
function sheetWriter(sheet: XlsxSheet) {
  const merges: string[] = [];
  let rowNumber = 0;
  const frozen = sheet.frozenRows
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
    : "";
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const row = (cells: XlsxCell[]) => {
    rowNumber++;
    let column = 0;
    const xml = cells.map((cell) => {
      const ref = `${columnName(column)}${rowNumber}`;
      const across = Math.max(1, cell.span ?? 1);
      const down = Math.max(1, cell.rowSpan ?? 1);
      if (across > 1 || down > 1)
        merges.push(`<mergeCell ref="${ref}:${columnName(column + across - 1)}${rowNumber + down - 1}"/>`);
      // The cells a span covers carry its style, blank: a boxed merged header keeps its right border.
      let covered = "";
      if (across > 1 && cell.style && cell.style !== "default")
        for (let k = 1; k < across; k++)
          covered += cellXml({ value: null, style: cell.style }, `${columnName(column + k)}${rowNumber}`);
      column += across;
      return cellXml(cell, ref) + covered;
    });
    return `<row r="${rowNumber}">${xml.join("")}</row>`;
  };
  return {
    open: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${frozen}<cols>${cols}</cols><sheetData>`,
    rows: (batch: XlsxCell[][]) => batch.map(row).join(""),
    close: () =>
      `</sheetData>${merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : ""}</worksheet>`,
  };
}

/** A one-sheet workbook as a web stream for a route's Response (see streamWorkbook). */
export function streamXlsx(sheet: XlsxSheet): ReadableStream<Uint8Array> {
  return streamWorkbook(
    (async function* () {
      yield sheet;
    })(),
  );
}

/**
 * The workbook as a web stream for a route's Response, its sheets in the order `sheets` gives them
 * (named with `sheetNames`'s rules by the caller). Sheets and their rows are pulled only as the
 * client reads (backpressure): a slow download does not make the server read ahead.
 */
export function streamWorkbook(sheets: AsyncIterator<XlsxSheet>): ReadableStream<Uint8Array> {
  const pending: Uint8Array[] = [];
  let failed: unknown = null;
  let done = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failed = error;
    else pending.push(chunk);
    if (final) done = true;
  });
  // Level 1, the fastest deflate: level 6 cost about 13% more CPU per 500-row file for a somewhat
  // smaller download (scripts/bench/award-export.ts: 78 against 68 ms).
  const smallPart = (name: string, text: string) => {
    const part = new ZipDeflate(name, { level: 1 });
    zip.add(part);
    part.push(strToU8(text), true);
  };
  const names: string[] = [];
  let current: { rows: AsyncIterator<XlsxCell[][]>; part: ZipDeflate; writer: ReturnType<typeof sheetWriter> } | null =
    null;

  const flush = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    for (const chunk of pending.splice(0)) controller.enqueue(chunk);
    if (failed) controller.error(failed);
    else if (done) controller.close();
  };

  /** One move: the next sheet begun, its next batch of rows written, it closed, or the workbook finished. */
  const step = async () => {
    if (!current) {
      const next = await sheets.next();
      if (next.done) {
        smallPart("[Content_Types].xml", contentTypes(names.length));
        smallPart("_rels/.rels", ROOT_RELS);
        smallPart("xl/workbook.xml", workbook(names));
        smallPart("xl/_rels/workbook.xml.rels", workbookRels(names.length));
        smallPart("xl/styles.xml", STYLES_XML);
        zip.end();
        return;
      }
      names.push(next.value.name);
      const part = new ZipDeflate(`xl/worksheets/sheet${names.length}.xml`, { level: 1 });
      zip.add(part);
      const writer = sheetWriter(next.value);
      part.push(strToU8(writer.open));
      current = { rows: next.value.rows[Symbol.asyncIterator](), part, writer };
    }
    const batch = await current.rows.next();
    if (batch.done) {
      current.part.push(strToU8(current.writer.close()), true);
      current = null;
    } else current.part.push(strToU8(current.writer.rows(batch.value)));
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        // Until the deflater gives bytes: a stream whose pull enqueues nothing is not pulled again,
        // and a short sheet (or its end) may leave everything in the deflater's window.
        while (!pending.length && !done && !failed) await step();
        flush(controller);
      },
      async cancel() {
        // The client went away: stop reading rows (the generators' finally blocks run), and drop the archive.
        await current?.rows.return?.();
        await sheets.return?.();
        zip.terminate();
      },
    },
    // One batch of rows at a time; the next is read when the client has taken this one.
    { highWaterMark: 0 },
  );
}

/** The whole stream's bytes, for callers that need the file at once (tests, e-mail attachments). */
export async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}
