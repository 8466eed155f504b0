import { redirect } from "next/navigation";
import { download } from "@/server/actions/download";
import { crossSite, exportOrQueue } from "@/server/services/background-exports";
import { queuedExportPage } from "@/app/(app)/tep-xuat/links";

/**
 * Every registration the plan received for the year in `?nam=`, as .xlsx in the layout offices
 * already use, streamed as the units' rows are read (registration-export.ts); past
 * EXPORT_BACKGROUND_ROWS rows it is made by the worker instead (background-exports.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const asked = Number(new URL(request.url).searchParams.get("nam")) || undefined;
  return download(async (actor) => {
    const outcome = await exportOrQueue(
      actor,
      {
        kind: "REGISTRATION_SUMMARY",
        filters: { planId: id, year: asked },
      },
      { crossSite: crossSite(request) },
    );
    if ("queued" in outcome) redirect(queuedExportPage(outcome.queued.id));
    return outcome.file;
  });
}
