import { download, XLSX } from "@/server/actions/download";
import { statisticsXlsx } from "@/server/services/statistics-xlsx";
import { todayInVietnam } from "@/lib/dates";
import { statisticsFilter } from "../filters";

/** The statistics the page shows (same unit, years, title and kind), one sheet per table, as .xlsx. */
export async function GET(request: Request) {
  const filter = statisticsFilter(
    Object.fromEntries(new URL(request.url).searchParams),
    Number(todayInVietnam().slice(0, 4)),
  );
  return download(async (actor) => ({
    bytes: await statisticsXlsx(actor, filter),
    mime: XLSX,
    fileName: `thong-ke-khen-thuong-${filter.from}-${filter.to}.xlsx`,
  }));
}
