import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Each page's text as a reader copying it out of the PDF gets it (NFC, spaces collapsed), and its size in points. */
export async function readPdfPages(buf: Uint8Array): Promise<{ pages: string[]; size: number[][] }> {
  const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  const size: number[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((i) => ("str" in i ? i.str + (i.hasEOL ? "\n" : "") : ""))
        .join("")
        .normalize("NFC")
        .replace(/[ \t]+/g, " "),
    );
    size.push(page.view.map((v) => Math.round(v)));
  }
  await pdf.destroy();
  return { pages, size };
}
