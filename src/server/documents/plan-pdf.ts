import "server-only";
import type { PlanDocument } from "@/domain/plans/plan-content";
import { planOutline } from "@/domain/plans/plan-outline";
import { body, centred, headerTable, renderPdf, rule, signatureTable, widthOf } from "./pdf-kit";

/**
 * The printed "Kế hoạch phát động phong trào thi đua" as a PDF: the same outline as the .docx
 * (planOutline, src/domain/plans/plan-outline.ts) set in type by pdf-kit.ts.
 */

const MM = 72 / 25.4;

export function renderPlanPdf(doc: PlanDocument): Promise<Buffer> {
  const o = planOutline(doc);
  return renderPdf({ title: o.meta.title, subject: o.meta.subject }, (pdf) => {
    headerTable(pdf, o.header);
    centred(pdf, o.title.type, { bold: true, before: 24 });
    centred(pdf, o.title.lines.join("\n"), { bold: true });
    const longest = Math.max(...o.title.lines.map((l) => widthOf(pdf, l, { bold: true })));
    rule(pdf, Math.max(20 * MM, longest / 3), undefined, 12);
    for (const b of o.preamble.bases) body(pdf, b);
    body(pdf, o.preamble.enactment);
    for (const s of o.sections) {
      body(pdf, `${s.numeral}. ${s.heading}`, { bold: true, keepNext: true });
      for (const b of s.blocks) body(pdf, b.runs, { keepNext: b.kind === "subheading" });
    }
    body(pdf, o.closing);
    signatureTable(pdf, o.recipients, o.signature);
  });
}
