/**
 * Paging, sorting and search state for list pages, read from the URL.
 *
 * Pure (no React, no server-only code). The server page parses `searchParams` here (with zod); the
 * client DataTable writes the same keys back through src/lib/table-url.ts, which has no zod. The URL is the single source of truth: links can be
 * shared, the back button works, and the server queries exactly what the user sees.
 */
import { z } from "zod";
import {
  DEFAULT_PAGE_SIZES,
  TABLE_PARAM_KEYS,
  normalizeQuery,
  type SearchParams,
  type SortDir,
  type TableParams,
} from "./table-url";

export * from "./table-url";

const CURSOR = z
  .string()
  .max(400)
  .regex(/^[A-Za-z0-9_-]+$/);
/** Guards `skip = (page - 1) * pageSize` against absurd offsets from hand-edited URLs. */
const MAX_PAGE = 100_000;

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
