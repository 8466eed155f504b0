import "server-only";
import { LineRuleType, Paragraph, type Table } from "docx";
import { decisionOutline, type DecisionInput, type DecisionOutline } from "@/domain/awards/decision-outline";
import {
  BODY_PT,
  TEXT_WIDTH,
  administrativeDocument,
  approxWidth,
  body,
  centred,
  headerTable,
  mm,
  rule,
  signatureTable,
  toDocxBuffer,
} from "./docx-kit";
import { gridTable } from "./docx-grid";

export type { DecisionAwardee, DecisionInput } from "@/domain/awards/decision-outline";

/**
 * The award decision and its attached list of awardees as a .docx. What it says, and in which
 * order, is decisionOutline's (src/domain/awards/decision-outline.ts, with the Nghị định
 * 30/2020/NĐ-CP layout it follows); the PDF (decision-pdf.ts) sets the same outline in type.
 */

function titleBlock(t: DecisionOutline["title"]): Paragraph[] {
  const longest = Math.min(approxWidth(t.subject, BODY_PT, true), TEXT_WIDTH);
  return [
    centred(t.type, { bold: true, before: 360 }),
    centred(t.subject, { bold: true }),
    rule(Math.max(mm(20), Math.round(longest / 3)), TEXT_WIDTH, 240),
    centred(t.authority, { bold: true, after: 240 }),
  ];
}

const pageBreak = () =>
  new Paragraph({
    pageBreakBefore: true,
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    children: [],
  });

function awardeeList(l: DecisionOutline["list"]): (Paragraph | Table)[] {
  const [heading, ...subtitle] = l.title;
  return [
    pageBreak(),
    headerTable(l.header),
    centred(heading ?? "", { bold: true, before: 360 }),
    ...subtitle.map((s) => centred(s, { bold: true })),
    centred(l.reference, { italics: true }),
    rule(mm(30), TEXT_WIDTH, 240),
    gridTable(l.table.columns, l.table.heads, l.table.rows),
    ...(l.inWords ? [body(l.inWords, { italics: true })] : []),
  ];
}

export async function decisionDocx(d: DecisionInput): Promise<Buffer> {
  const o = decisionOutline(d);
  const children = [
    headerTable(o.header),
    ...titleBlock(o.title),
    ...o.bases.map((s) => body(s, { italics: true })),
    centred(o.enactment, { bold: true, before: 120, after: 120 }),
    ...o.articles.map((a) => body(a.runs, { keepNext: a.keepNext })),
    new Paragraph({ keepNext: true, children: [] }),
    signatureTable(o.recipients, o.signature),
    ...awardeeList(o.list),
  ];
  return toDocxBuffer(administrativeDocument(o.meta, children));
}
