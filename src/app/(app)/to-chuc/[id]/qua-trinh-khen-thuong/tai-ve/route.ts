import { download, DOCX } from "@/server/actions/download";
import { organisationRecordDocx } from "@/server/services/award-records";

/** A collective's quá trình khen thưởng as .docx. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return download(async (actor) => {
    const { bytes, name } = await organisationRecordDocx(actor, id);
    return { bytes, mime: DOCX, fileName: `qua-trinh-khen-thuong-${name}.docx` };
  });
}
