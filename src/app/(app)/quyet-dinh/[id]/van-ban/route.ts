import { download, DOCX } from "@/server/actions/download";
import { decisionDocument } from "@/server/services/decision-documents";

/** The award decision with its list of awardees, as a .docx, for whoever may read the decision. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return download(async (actor) => ({ ...(await decisionDocument(actor, id)), mime: DOCX }));
}
