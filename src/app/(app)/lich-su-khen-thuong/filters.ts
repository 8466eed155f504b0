import { z } from "zod";
import { normalizeQuery, TABLE_PARAM_KEYS, type SearchParams } from "@/lib/table-params";

/** The year filter's URL key, beside the table's own keys (table-params.ts). */
export const YEAR_KEY = "nam";

const ZYear = z.coerce.number().int().min(1945).max(2100).optional().catch(undefined);
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The search and year as the page and its Excel export both read them from the URL, so the file
 * holds exactly what the table was showing (every page of it). A bad year is ignored, not an error.
 */
export function awardFilter(params: SearchParams): { q?: string; year?: number } {
  const q = normalizeQuery(first(params[TABLE_PARAM_KEYS.q]) ?? "");
  return { q: q || undefined, year: ZYear.parse(first(params[YEAR_KEY]) || undefined) };
}
