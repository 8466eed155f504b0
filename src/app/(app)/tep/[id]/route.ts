import { download } from "@/server/actions/download";
import { readDossierFile } from "@/server/services/dossier-files";

/** A dossier file, served only to users allowed to see its nomination. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return download((actor) => readDossierFile(actor, id));
}
