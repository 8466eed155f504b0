import { download } from "@/server/actions/download";
import { meetingMinutes } from "@/server/services/meeting-minutes";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return download((actor) => meetingMinutes(actor, id));
}
