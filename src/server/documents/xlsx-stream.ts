import "server-only";
import { Zip, ZipDeflate, strToU8 } from "fflate";

/**
 * A one-sheet .xlsx written as its rows arrive: the sheet's XML is deflated and sent batch by batch
 * (fflate's streaming ZIP, data descriptors after each part), so an export of 50 000 awards never
 * holds more than one batch of rows, and the first bytes leave before the last row is read.
 * write-excel-file (the library the other workbooks use) takes the whole sheet as one array, hence
 * this writer for the long lists. It knows only what those lists print: Times New Roman 12, a bold
 * title line across the table, bold centred headers, boxed wrapped cells, "#,##0" sums.
 */

/** How a cell looks; the order is the styles' index in styles.xml (cellXfs). */
const STYLES = ["default", "title", "header", "cell", "center", "money", "plain"] as const;
export type XlsxStyle = (typeof STYLES)[number];

export type XlsxCell = { value: string | number | null; style?: XlsxStyle; span?: number };

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

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const workbook = (name: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${escapeXml(name.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
// cellXfs in STYLES' order. Font 1 is bold; border 1 is thin on every side; numFmt 164 is "#,##0".
const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0"/></numFmts><fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

/**
 * The workbook as a web stream for a route's Response. Rows are pulled from `sheet.rows` only as
 * the client reads (backpressure): a slow download does not make the server read ahead.
 */
export function streamXlsx(sheet: XlsxSheet): ReadableStream<Uint8Array> {
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
  const rows = sheet.rows[Symbol.asyncIterator]();
  const part = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 1 });
  const merges: string[] = [];
  let rowNumber = 0;
  let started = false;

  const start = () => {
    smallPart("[Content_Types].xml", CONTENT_TYPES);
    smallPart("_rels/.rels", ROOT_RELS);
    smallPart("xl/workbook.xml", workbook(sheet.name));
    smallPart("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
    smallPart("xl/styles.xml", STYLES_XML);
    zip.add(part);
    const frozen = sheet.frozenRows
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
      : "";
    const cols = sheet.widths
      .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
      .join("");
    part.push(
      strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${frozen}<cols>${cols}</cols><sheetData>`,
      ),
    );
  };
  const rowXml = (cells: XlsxCell[]) => {
    rowNumber++;
    let column = 0;
    const xml = cells.map((cell) => {
      const ref = `${columnName(column)}${rowNumber}`;
      if (cell.span && cell.span > 1)
        merges.push(`<mergeCell ref="${ref}:${columnName(column + cell.span - 1)}${rowNumber}"/>`);
      column += Math.max(1, cell.span ?? 1);
      return cellXml(cell, ref);
    });
    return `<row r="${rowNumber}">${xml.join("")}</row>`;
  };
  const flush = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    for (const chunk of pending.splice(0)) controller.enqueue(chunk);
    if (failed) controller.error(failed);
    else if (done) controller.close();
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          start();
        }
        const next = await rows.next();
        if (next.done) {
          const mergeXml = merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "";
          part.push(strToU8(`</sheetData>${mergeXml}</worksheet>`), true);
          zip.end();
        } else part.push(strToU8(next.value.map(rowXml).join("")));
        flush(controller);
      },
      async cancel() {
        // The client went away: stop reading rows (the generator's finally runs), and drop the archive.
        await rows.return?.();
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
