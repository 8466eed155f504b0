/**
 * The list pages' URL keys and search-text rules, shared by the server page (src/lib/table-params.ts
 * parses the URL with zod) and the client DataTable (which writes the same keys back). Kept free of
 * zod so a list page's browser code does not ship the validator.
 */

export type SortDir = "asc" | "desc";

export type TableParams<S extends string> = {
  /** 1-based. */
  page: number;
  pageSize: number;
  sort: S;
  dir: SortDir;
  /** Trimmed search text; "" when not searching. */
  q: string;
  /** Keyset paging (src/server/data/keyset.ts): the page starts after / ends before this row. */
  after?: string;
  before?: string;
};

export type SearchParams = Record<string, string | string[] | undefined>;

/** Vietnamese URL keys, shared with the client table so both sides agree. */
export const TABLE_PARAM_KEYS = {
  page: "trang",
  pageSize: "so-dong",
  sort: "sap-xep",
  dir: "chieu",
  q: "q",
  after: "sau",
  before: "truoc",
} as const;

export const DEFAULT_PAGE_SIZES: readonly number[] = [10, 20, 50, 100];
export const MAX_QUERY_LENGTH = 100;

/**
 * Normalises search text the same way on both sides, so the client can tell whether its input
 * already matches the URL: NFC (macOS/iOS keyboards may send decomposed Vietnamese accents),
 * control characters and unpaired surrogate halves as spaces (`?q=%00` must not reach PostgreSQL,
 * which refuses NUL in text), collapsed whitespace, at most MAX_QUERY_LENGTH characters.
 */
export function normalizeQuery(value: string): string {
  const tidy = value
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cs}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  // Array.from counts code points, so a cut never splits a surrogate pair.
  return Array.from(tidy).slice(0, MAX_QUERY_LENGTH).join("").trim();
}
