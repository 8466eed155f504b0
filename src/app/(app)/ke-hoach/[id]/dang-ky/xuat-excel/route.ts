import { download, XLSX } from "@/server/actions/download";
import { registrationXlsx } from "@/server/services/registration-export";

/**
 * Every registration the plan received for the year in `?nam=`, as .xlsx in the layout offices
 * already use, streamed as the units' rows are read (registration-export.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const asked = Number(new URL(request.url).searchParams.get("nam")) || undefined;
  return download(async (actor) => ({ ...(await registrationXlsx(actor, id, asked)), mime: XLSX }));
}
