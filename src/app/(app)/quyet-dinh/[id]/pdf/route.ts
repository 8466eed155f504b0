import { PDF, download } from "@/server/actions/download";
import { decisionPdfDocument } from "@/server/services/decision-documents";

/** The award decision with its list of awardees, as a PDF (the same outline as the .docx). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return download(async (actor) => ({ ...(await decisionPdfDocument(actor, id)), mime: PDF }));
}
