import { PDF, download } from "@/server/actions/download";
import { findPlan } from "@/server/data/plan-reads";
import { toPlanDocument } from "@/server/data/plan-mapping";
import { renderPlanPdf } from "@/server/documents/plan-pdf";
import { toSearchText } from "@/domain/text/vietnamese";

/** The plan as a PDF: the same outline as the .docx (tai-ve), for whoever may read the plan. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return download(async (actor) => {
    const plan = await findPlan(actor, id);
    return {
      bytes: await renderPlanPdf(toPlanDocument(plan)),
      mime: PDF,
      fileName: `ke-hoach-${plan.number ?? "du-thao"}-${toSearchText(plan.unit.name).replace(/[^a-z0-9]+/g, "-")}.pdf`,
    };
  });
}
