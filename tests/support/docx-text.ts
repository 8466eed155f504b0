import { strFromU8, unzipSync } from "fflate";

/**
 * Reads a .docx back as text: what tests check a generated document by (and what a reviewer
 * would copy out of Word). Small on purpose: it understands what `docx` writes — w:p, w:r, w:t,
 * w:tab, w:br/w:cr, w:tbl/w:tr/w:tc (nested tables too) — not every corner of WordprocessingML.
 */
export type DocxText = {
  /** Every paragraph's text in document order, those inside table cells included ("" for empty ones). */
  paragraphs: string[];
  /** Each table (outer before nested) as rows of cell texts; a cell's paragraphs are joined with "\n". */
  tables: string[][][];
};

type Input = Uint8Array | ArrayBuffer;

const toU8 = (b: Input) => (b instanceof Uint8Array ? b : new Uint8Array(b));

/** One part of the package as XML text (default the main document); throws when it is missing. */
export function readDocxXml(buffer: Input, part = "word/document.xml"): string {
  const files = unzipSync(toU8(buffer), { filter: (f) => f.name === part });
  const data = files[part];
  if (!data) throw new Error(`Tệp .docx không có ${part}.`);
  return strFromU8(data);
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (ENTITIES[e] ?? m),
  );

const TOKEN = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([^\s/>]+)[^>]*?(\/?)>|([^<]+)/g;

export function docxXmlText(xml: string): DocxText {
  const paragraphs: string[] = [];
  const tables: string[][][] = [];
  const openParagraphs: string[] = [];
  const openTables: string[][][] = [];
  const openCells: string[][] = [];
  let runDepth = 0;
  let inText = false;
  let fallbackDepth = 0; // mc:Fallback repeats its mc:Choice: read it once

  const append = (s: string) => {
    if (openParagraphs.length) openParagraphs[openParagraphs.length - 1] += s;
  };
  const closeParagraph = (text: string) => {
    paragraphs.push(text);
    openCells[openCells.length - 1]?.push(text);
  };

  for (const m of xml.matchAll(TOKEN)) {
    const [, slash, name, selfClosing, chars] = m;
    if (chars !== undefined) {
      if (inText && !fallbackDepth) append(decode(chars));
      continue;
    }
    if (!name) continue; // declaration or comment
    const closing = slash === "/";
    const empty = selfClosing === "/";
    if (name === "mc:Fallback") {
      if (!empty) fallbackDepth += closing ? -1 : 1;
      continue;
    }
    if (fallbackDepth) continue;
    switch (name) {
      case "w:p":
        if (empty) closeParagraph("");
        else if (closing) closeParagraph(openParagraphs.pop() ?? "");
        else openParagraphs.push("");
        break;
      case "w:r":
        if (!empty) runDepth += closing ? -1 : 1;
        break;
      case "w:t":
        inText = !closing && !empty;
        break;
      case "w:tab":
        if (runDepth > 0 && !closing) append("\t");
        break;
      case "w:br":
      case "w:cr":
        if (runDepth > 0 && !closing) append("\n");
        break;
      case "w:tbl":
        if (closing) openTables.pop();
        else if (!empty) {
          const table: string[][] = [];
          tables.push(table);
          openTables.push(table);
        }
        break;
      case "w:tr":
        if (!closing) openTables[openTables.length - 1]?.push([]);
        break;
      case "w:tc": {
        if (!closing && !empty) openCells.push([]);
        else {
          const cell = closing ? (openCells.pop() ?? []) : [];
          const rows = openTables[openTables.length - 1];
          rows?.[rows.length - 1]?.push(cell.join("\n"));
        }
        break;
      }
    }
  }
  return { paragraphs, tables };
}

/** Unzips word/document.xml and returns its paragraphs and tables as text. */
export async function readDocxText(buffer: Input): Promise<DocxText> {
  return docxXmlText(readDocxXml(buffer));
}
