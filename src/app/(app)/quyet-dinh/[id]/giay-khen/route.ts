import { PDF, download } from "@/server/actions/download";
import { decisionCertificates } from "@/server/services/decision-documents";

/** The decision's certificates (a page per awardee still holding the award), as one PDF to print. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return download(async (actor) => ({ ...(await decisionCertificates(actor, id)), mime: PDF }));
}
