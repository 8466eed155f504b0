import "server-only";
import type { Actor } from "@/server/auth/actor-types";
import { awardStatistics, findStatisticsUnit, type StatisticsFilter } from "@/server/data/statistics";
import { quotaStatistics, registrationStatistics } from "@/server/data/statistics-plans";
import { titleLabel } from "@/domain/statistics/forms";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";

/** Everything the statistics page shows, loaded once for the page and for its Excel export alike. */
export async function loadStatistics(actor: Actor, filter: StatisticsFilter & { years: number[] }) {
  const [place, awards, quotas, registrations] = await Promise.all([
    findStatisticsUnit(actor, filter.unitId),
    awardStatistics(actor, filter, filter.years),
    quotaStatistics(actor, filter),
    registrationStatistics(actor, filter),
  ]);
  return { ...place, awards, quotas, registrations };
}

export type Statistics = Awaited<ReturnType<typeof loadStatistics>>;

/** What the numbers count, in words: "Năm 2022–2026 · Chiến sĩ thi đua cơ sở · Cá nhân". */
export function filterLine(filter: StatisticsFilter): string {
  return [
    filter.from === filter.to ? `Năm ${filter.from}` : `Năm ${filter.from}–${filter.to}`,
    filter.title ? titleLabel(filter.title) : "",
    filter.kind ? RECIPIENT_KIND_LABELS[filter.kind] : "",
  ]
    .filter(Boolean)
    .join(" · ");
}
