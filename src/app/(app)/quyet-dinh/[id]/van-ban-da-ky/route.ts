import { PDF, download } from "@/server/actions/download";
import { readIssuedDocument } from "@/server/services/issued-documents";

/** The signed document recorded as the decision of record, as it was uploaded or signed. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return download(async (actor) => ({ ...(await readIssuedDocument(actor, id)), mime: PDF }));
}
