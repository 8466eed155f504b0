/**
 * Paging, sorting and search state for list pages, read from the URL.
 *
 * Pure (no React, no server-only code) so a server page can parse `searchParams` and the client
 * DataTable can write the same keys back. The URL is the single source of truth: links can be
 * shared, the back button works, and the server queries exactly what the user sees.
 */
import { z } from "zod";

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
const CURSOR = z
  .string()
  .max(400)
  .regex(/^[A-Za-z0-9_-]+$/);
/** Guards `skip = (page - 1) * pageSize` against absurd offsets from hand-edited URLs. */
const MAX_PAGE = 100_000;

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

/** Repeated keys (`?trang=1&trang=2`) keep the first value, as URLSearchParams.get does. */
function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function parseTableParams<S extends string>(
  searchParams: SearchParams,
  opts: {
    sortKeys: readonly S[];
    defaultSort: S;
    defaultDir?: SortDir;
    pageSizes?: readonly number[];
    defaultPageSize?: number;
  },
): TableParams<S> {
  const pageSizes = opts.pageSizes ?? DEFAULT_PAGE_SIZES;
  const defaultPageSize = opts.defaultPageSize ?? (pageSizes.includes(20) ? 20 : (pageSizes[0] ?? 20));
  const defaultDir = opts.defaultDir ?? "asc";
  const sortKeys: readonly string[] = opts.sortKeys;

  // Every field has `.catch`, so a bad value falls back on its own and parsing never throws:
  // one typo in a shared link should not discard the rest of the state, nor crash the page.
  const schema = z.object({
    page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
    pageSize: z.coerce
      .number()
      .int()
      .refine((n) => pageSizes.includes(n))
      .catch(defaultPageSize),
    // Whitelisting matters: `sort` ends up in an ORDER BY, so only known keys may pass.
    sort: z.custom<S>((v) => typeof v === "string" && sortKeys.includes(v)).catch(opts.defaultSort),
    dir: z.enum(["asc", "desc"]).catch(defaultDir),
    // A long query is cut rather than dropped: the user still gets results for what they typed.
    q: z.string().catch("").transform(normalizeQuery),
    // An opaque cursor (base64url); anything else is dropped and the page is read by its number.
    after: CURSOR.optional().catch(undefined),
    before: CURSOR.optional().catch(undefined),
  });

  return schema.parse({
    page: first(searchParams[TABLE_PARAM_KEYS.page]),
    pageSize: first(searchParams[TABLE_PARAM_KEYS.pageSize]),
    sort: first(searchParams[TABLE_PARAM_KEYS.sort]),
    dir: first(searchParams[TABLE_PARAM_KEYS.dir]),
    q: first(searchParams[TABLE_PARAM_KEYS.q]),
    after: first(searchParams[TABLE_PARAM_KEYS.after]),
    before: first(searchParams[TABLE_PARAM_KEYS.before]),
  });
}

/** `{ skip, take }` for Prisma's findMany. */
export function toSkipTake(params: Pick<TableParams<string>, "page" | "pageSize">): { skip: number; take: number } {
  return { skip: (params.page - 1) * params.pageSize, take: params.pageSize };
}
