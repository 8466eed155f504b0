import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { orNotFound } from "@/server/actions/page-guard";
import { filterLine, loadStatistics } from "@/server/services/statistics";
import { titleLabel } from "@/domain/statistics/forms";
import { formatCount } from "@/domain/text/format";
import { todayInVietnam } from "@/lib/dates";
import type { SearchParams } from "@/lib/table-params";
import { PageHeader } from "@/components/ui/page-header";
import { statisticsFilter, statisticsQuery } from "./filters";
import { FilterForm } from "./filter-form";
import { ByRound, ByTitle, ByUnit, ByYear } from "./award-sections";
import { Quotas, Registrations } from "./plan-sections";
import { ExportLink } from "@/components/forms/export-link";

export const metadata: Metadata = { title: "Thống kê thi đua, khen thưởng" };

/**
 * Statistics of the unit and everything below it (or of one unit below it, drilled down to):
 * awards by year, unit, title and round, quotas against proposals and awards, registrations
 * against titles achieved. Charts are SVG drawn here, on the server; each has its table.
 */
export default async function StatisticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("person.read");
  const filter = statisticsFilter(await searchParams, Number(todayInVietnam().slice(0, 4)));
  const s = await orNotFound(loadStatistics(actor, filter));
  const { summary } = s.awards;
  const titles =
    filter.title && !summary.titleChoices.some((t) => t.key === filter.title)
      ? [...summary.titleChoices, { key: filter.title, label: titleLabel(filter.title) }]
      : summary.titleChoices;
  const query = statisticsQuery(filter);
  return (
    <>
      <PageHeader
        title="Thống kê thi đua, khen thưởng"
        description={`${s.unit.name}${s.unit.mine ? "" : " (đơn vị trực thuộc)"} · ${filterLine(filter)}`}
        actions={
          <ExportLink href={`/thong-ke/xuat-excel?${query}`} label="Xuất Excel" fileName="thong-ke-khen-thuong.xlsx" />
        }
      />
      {s.trail.length > 1 ? (
        <nav aria-label="Đơn vị đang xem" className="mb-4 text-sm print:hidden">
          <ol className="flex flex-wrap gap-1">
            {s.trail.map((u, i) => (
              <li key={u.id} className="flex items-center gap-1">
                {i > 0 ? <span aria-hidden="true">›</span> : null}
                {i === s.trail.length - 1 ? (
                  <span aria-current="page" className="font-semibold">
                    {u.name}
                  </span>
                ) : (
                  <Link
                    href={`/thong-ke?${statisticsQuery(filter, { unitId: i === 0 ? undefined : u.id })}`}
                    className="text-blue-800 underline"
                  >
                    {u.name}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <FilterForm filter={filter} titles={titles} />
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          ["Khen thưởng", summary.total],
          ["Đã thu hồi", summary.byYear.reduce((t, y) => t + y.revoked, 0)],
          ["Chỉ tiêu được phân bổ", s.quotas.reduce((t, q) => t + q.allocated, 0)],
          ["Đăng ký thi đua", s.registrations.reduce((t, r) => t + r.registered, 0)],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-300 bg-white p-3">
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{formatCount(Number(value))}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <ByYear summary={summary} years={filter.years} />
        <ByUnit lines={s.awards.byUnit} filter={filter} />
        <ByTitle summary={summary} years={filter.years} />
        <ByRound summary={summary} years={filter.years} />
        <Quotas lines={s.quotas} />
        <Registrations lines={s.registrations} />
      </div>
    </>
  );
}
