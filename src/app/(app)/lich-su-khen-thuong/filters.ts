import { z } from "zod";
import { normalizeQuery, TABLE_PARAM_KEYS, type SearchParams } from "@/lib/table-params";

/** The year filter's URL key, beside the table's own keys (table-params.ts). */
export const YEAR_KEY = "nam";
/** The round filter's URL key (an award round's label: "Năm 2024", "Sơ kết giai đoạn 2021–2025"). */
export const ROUND_KEY = "dot";

const ZYear = z.coerce.number().int().min(1945).max(2100).optional().catch(undefined);
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The search and year as the page and its Excel export both read them from the URL, so the file
 * holds exactly what the table was showing (every page of it). A bad year is ignored, not an error.
 */
export function awardFilter(params: SearchParams): { q?: string; year?: number; round?: string } {
  const q = normalizeQuery(first(params[TABLE_PARAM_KEYS.q]) ?? "");
  const round = (first(params[ROUND_KEY]) ?? "").trim().slice(0, 200);
  return { q: q || undefined, year: ZYear.parse(first(params[YEAR_KEY]) || undefined), round: round || undefined };
}
