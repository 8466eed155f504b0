import { parseTableParams } from "@/lib/table-params";
import { INBOX_SORT_KEYS } from "@/server/data/nominations/batches";

/** The reviewer inbox's first page of 100, newest sent first, as the page reads it without a query. */
export const inboxPage = parseTableParams(
  { "so-dong": "100" },
  { sortKeys: INBOX_SORT_KEYS, defaultSort: "submittedAt", defaultDir: "desc" },
);
