import { redirect } from "next/navigation";
import { download } from "@/server/actions/download";
import { crossSite, exportOrQueue } from "@/server/services/background-exports";
import { queuedExportPage } from "@/app/(app)/tep-xuat/links";
import { awardFilter } from "../filters";

/**
 * The award history the page shows (same search, year and round, every page), as .xlsx, streamed as
 * it is read; past EXPORT_BACKGROUND_ROWS rows it is made by the worker instead, and the user lands
 * on "Tệp xuất của tôi", told it is being prepared.
 */
export async function GET(request: Request) {
  const filters = awardFilter(Object.fromEntries(new URL(request.url).searchParams));
  return download(async (actor) => {
    const outcome = await exportOrQueue(actor, { kind: "AWARD_HISTORY", filters }, { crossSite: crossSite(request) });
    if ("queued" in outcome) redirect(queuedExportPage(outcome.queued.id));
    return outcome.file;
  });
}
