import { z } from "zod";
import { ZId, zText } from "@/schemas/common";
import { RECIPIENT_KINDS } from "@/schemas/plan";
import { clampSpan, yearsOf } from "@/domain/statistics/series";
import type { StatisticsFilter } from "@/server/data/statistics";
import type { SearchParams } from "@/lib/table-params";

/** The statistics' URL keys: the page, its links and its Excel export read the same ones. */
export const STAT_KEYS = { from: "tu-nam", to: "den-nam", unit: "don-vi", title: "danh-hieu", kind: "loai" } as const;

const ZYear = z.coerce.number().int().min(1945).max(2100).optional().catch(undefined);
const ZFilter = z.object({
  [STAT_KEYS.from]: ZYear,
  [STAT_KEYS.to]: ZYear,
  // An id, not any text: it reaches the query (through unitInMySubtree).
  [STAT_KEYS.unit]: ZId.optional().catch(undefined),
  [STAT_KEYS.title]: zText().min(1).max(300).optional().catch(undefined),
  [STAT_KEYS.kind]: z.enum(RECIPIENT_KINDS).optional().catch(undefined),
});

/**
 * The filter from the URL: by default the last five years up to `thisYear`; a span longer than
 * ten years keeps its last ten, a reversed one is put in order; a bad value is ignored, never an error.
 */
export function statisticsFilter(raw: SearchParams, thisYear: number): StatisticsFilter & { years: number[] } {
  const f = ZFilter.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined])),
  );
  const to = f[STAT_KEYS.to] ?? Math.max(thisYear, f[STAT_KEYS.from] ?? thisYear);
  const span = clampSpan(f[STAT_KEYS.from] ?? to - 4, to);
  return {
    ...span,
    years: yearsOf(span),
    unitId: f[STAT_KEYS.unit],
    title: f[STAT_KEYS.title],
    kind: f[STAT_KEYS.kind],
  };
}

/** The URL query of a filter, with `change` applied (undefined removes a key): for links and the export. */
export function statisticsQuery(filter: StatisticsFilter, change: Partial<StatisticsFilter> = {}): string {
  const f = { ...filter, ...change };
  const pairs: [string, string | undefined][] = [
    [STAT_KEYS.from, String(f.from)],
    [STAT_KEYS.to, String(f.to)],
    [STAT_KEYS.unit, f.unitId],
    [STAT_KEYS.title, f.title],
    [STAT_KEYS.kind, f.kind],
  ];
  return new URLSearchParams(pairs.filter((p): p is [string, string] => Boolean(p[1]))).toString();
}
