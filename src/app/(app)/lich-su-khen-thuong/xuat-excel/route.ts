import { download, XLSX } from "@/server/actions/download";
import { awardHistoryXlsxStream } from "@/server/services/award-history";
import { awardFilter } from "../filters";

/** The award history the page shows (same search and year, every page), as .xlsx, streamed as it is read. */
export async function GET(request: Request) {
  const filter = awardFilter(Object.fromEntries(new URL(request.url).searchParams));
  return download(async (actor) => ({
    stream: awardHistoryXlsxStream(actor, filter),
    mime: XLSX,
    fileName: `lich-su-khen-thuong${filter.year ? `-${filter.year}` : ""}.xlsx`,
  }));
}
