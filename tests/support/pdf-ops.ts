import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * What a PDF page draws, read back from its operators: each run of text with its fill colour and
 * font name, and each filled path with its colour and bounding box (in the page's drawing units,
 * top-left origin as pdfkit draws). For checking colours, fonts and vector art that text extraction
 * cannot see.
 */
export type DrawnText = { text: string; fill: string; font: string; size: number };
export type FilledPath = { fill: string; box: [number, number, number, number]; points: number };

const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke]);

export async function readPdfDrawing(
  buf: Uint8Array,
  pageNumber = 1,
): Promise<{ texts: DrawnText[]; paths: FilledPath[] }> {
  const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false, isEvalSupported: false }).promise;
  const page = await pdf.getPage(pageNumber);
  const { fnArray, argsArray } = await page.getOperatorList();
  const texts: DrawnText[] = [];
  const paths: FilledPath[] = [];
  let fill = "#000000";
  let font = "";
  let size = 0;
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[];
    if (fn === OPS.setFillRGBColor) fill = String(args[0]).toLowerCase();
    else if (fn === OPS.setFont) {
      const obj = page.commonObjs.get(String(args[0])) as { name?: string };
      font = obj.name ?? "";
      size = Number(args[1]);
    } else if (fn === OPS.showText) {
      const glyphs = args[0] as ({ unicode?: string } | number | null)[];
      const text = glyphs.map((g) => (g && typeof g === "object" ? (g.unicode ?? "") : "")).join("");
      texts.push({ text: text.normalize("NFC"), fill, font, size });
    } else if (fn === OPS.constructPath && FILLS.has(Number(args[0]))) {
      const box = Array.from(args[2] as ArrayLike<number>) as [number, number, number, number];
      const data = Array.from((args[1] as ArrayLike<number>[])[0] ?? []);
      // Each drawing op is a code followed by its coordinates: count the points (pairs).
      paths.push({ fill, box, points: Math.max(0, Math.floor((data.length - 1) / 3)) });
    }
  });
  await pdf.destroy();
  return { texts, paths };
}
