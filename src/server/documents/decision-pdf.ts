import "server-only";
import { decisionOutline, type DecisionInput, type DecisionOutline } from "@/domain/awards/decision-outline";
import {
  body,
  centred,
  gridTable,
  headerTable,
  renderPdf,
  rule,
  signatureTable,
  widthOf,
  type PdfOptions,
} from "./pdf-kit";

/**
 * The award decision and its attached list as a PDF: the same outline as the .docx
 * (decisionOutline, src/domain/awards/decision-outline.ts) set in type by pdf-kit.ts. This is the
 * file a chair signs digitally, so `signature` may reserve room for a PAdES signature.
 */

const MM = 72 / 25.4;
const TEXT_WIDTH = 595.28 - 45 * MM;

function titleBlock(doc: PDFKit.PDFDocument, t: DecisionOutline["title"]) {
  centred(doc, t.type, { bold: true, before: 18 });
  centred(doc, t.subject, { bold: true });
  const longest = Math.min(widthOf(doc, t.subject, { bold: true }), TEXT_WIDTH);
  rule(doc, Math.max(20 * MM, longest / 3), undefined, 12);
  centred(doc, t.authority, { bold: true, after: 12 });
}

function awardeeList(doc: PDFKit.PDFDocument, l: DecisionOutline["list"]) {
  doc.addPage();
  headerTable(doc, l.header);
  const [heading, ...subtitle] = l.title;
  centred(doc, heading ?? "", { bold: true, before: 18 });
  for (const s of subtitle) centred(doc, s, { bold: true });
  centred(doc, l.reference, { italics: true });
  rule(doc, 30 * MM, undefined, 12);
  gridTable(doc, l.table);
  if (l.inWords) body(doc, l.inWords, { italics: true });
}

export function decisionPdf(d: DecisionInput, signature?: PdfOptions["signature"]): Promise<Buffer> {
  const o = decisionOutline(d);
  return renderPdf({ title: o.meta.title, subject: o.meta.subject, signature }, (doc) => {
    headerTable(doc, o.header);
    titleBlock(doc, o.title);
    for (const b of o.bases) body(doc, b, { italics: true });
    centred(doc, o.enactment, { bold: true, before: 6, after: 6 });
    for (const a of o.articles) body(doc, a.runs, { keepNext: a.keepNext });
    signatureTable(doc, o.recipients, o.signature);
    awardeeList(doc, o.list);
  });
}
