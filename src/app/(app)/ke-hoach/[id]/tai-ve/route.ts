import { getActor } from "@/server/auth/actor";
import { AppError } from "@/domain/errors";
import { findPlan } from "@/server/data/plans";
import { toPlanDocument } from "@/server/data/plan-mapping";
import { renderPlanDocx } from "@/server/documents/plan-docx";
import { toSearchText } from "@/domain/text/vietnamese";

/** The plan as a .docx in the state's format, for whoever may read the plan. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Chưa đăng nhập", { status: 401 });
  const { id } = await params;
  try {
    const plan = await findPlan(actor, id);
    const buffer = await renderPlanDocx(toPlanDocument(plan));
    const name = `ke-hoach-${plan.number ?? "du-thao"}-${toSearchText(plan.unit.name).replace(/[^a-z0-9]+/g, "-")}.docx`;
    return new Response(new Uint8Array(buffer), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response("Không tìm thấy", { status: 404 });
    throw error;
  }
}
