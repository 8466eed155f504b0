import "server-only";
import { Paragraph } from "docx";
import type { PlanDocument } from "@/domain/plans/plan-content";
import { planOutline, type OutlineBlock, type PlanOutline } from "@/domain/plans/plan-outline";
import {
  BODY_PT,
  TEXT_WIDTH,
  TIGHT,
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

/**
 * The printed "Kế hoạch phát động phong trào thi đua" as a .docx, laid out as Nghị định
 * 30/2020/NĐ-CP (Phụ lục I) lays out an administrative document: A4, Times New Roman, the
 * two-column header (issuing body | national title), number and place-date, title, body with
 * Roman-numbered parts, and the recipients | signature block. The wording, numbering and order
 * come from planOutline (domain/plans/plan-outline); this file only sets them in type.
 */

/** Sub-headings stay with what follows them; bullets and paragraphs are plain body paragraphs. */
const block = (b: OutlineBlock) => body(b.runs, { keepNext: b.kind === "subheading" || undefined });

// ---------------------------------------------------------------------------------------------
// Title

function titleBlock(t: PlanOutline["title"]): Paragraph[] {
  const longest = Math.max(...t.lines.map((l) => approxWidth(l, BODY_PT, true)));
  return [
    centred(t.type, { bold: true, size: 14, before: 480, after: 0 }),
    centred(t.lines.join("\n"), { bold: true, size: 14 }),
    rule(Math.max(mm(20), Math.round(Math.min(longest, TEXT_WIDTH) / 3)), TEXT_WIDTH, 240),
  ];
}

// ---------------------------------------------------------------------------------------------

export async function renderPlanDocx(doc: PlanDocument): Promise<Buffer> {
  const o = planOutline(doc);

  const children = [
    headerTable(o.header),
    ...titleBlock(o.title),
    ...o.preamble.bases.map((s) => body(s)),
    body(o.preamble.enactment),
    ...o.sections.flatMap((s) => [
      body(`${s.numeral}. ${s.heading}`, { bold: true, keepNext: true }),
      ...s.blocks.map(block),
    ]),
    body(o.closing),
    new Paragraph({ spacing: TIGHT, children: [] }),
    signatureTable(o.recipients, o.signature),
  ];

  return toDocxBuffer(administrativeDocument(o.meta, children));
}
