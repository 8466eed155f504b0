import { z } from "zod";
import { ZId } from "@/schemas/common";
import { PLAN_KINDS, PLAN_STATUSES } from "@/schemas/plan";
import type { SearchParams } from "@/lib/table-params";

const ZFilter = z.object({
  nam: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  loai: z.enum(PLAN_KINDS).optional().catch(undefined),
  "trang-thai": z.enum(PLAN_STATUSES).optional().catch(undefined),
  // An id, not any text: the value goes into the query.
  "don-vi": ZId.optional().catch(undefined),
});
export type PlanFilter = z.infer<typeof ZFilter>;

/** The plan list's filters from the URL; a bad value is ignored, never an error (repeated keys: the first). */
export function planFilter(raw: SearchParams): PlanFilter {
  return ZFilter.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined])),
  );
}
