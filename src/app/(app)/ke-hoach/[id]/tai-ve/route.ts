import { download, DOCX } from "@/server/actions/download";
import { findPlan } from "@/server/data/plan-reads";
import { toPlanDocument } from "@/server/data/plan-mapping";
import { renderPlanDocx } from "@/server/documents/plan-docx";
import { toSearchText } from "@/domain/text/vietnamese";

/** The plan as a .docx in the state's format, for whoever may read the plan. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return download(async (actor) => {
    const plan = await findPlan(actor, id);
    return {
      bytes: await renderPlanDocx(toPlanDocument(plan)),
      mime: DOCX,
      fileName: `ke-hoach-${plan.number ?? "du-thao"}-${toSearchText(plan.unit.name).replace(/[^a-z0-9]+/g, "-")}.docx`,
    };
  });
}
