import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { AWARD_SORT_KEYS, searchAwards } from "@/server/data/awards";
import { revocableAwardIds } from "@/server/data/approval-plans";
import { parseTableParams, TABLE_PARAM_KEYS, type SearchParams } from "@/lib/table-params";
import { toIsoDate, todayInVietnam } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { inputClass } from "@/components/ui/field";
import { AwardsTable } from "./awards-table";
import { ExportLink } from "@/components/forms/export-link";
import { ROUND_KEY, YEAR_KEY, awardFilter } from "./filters";
import { rewardInHistory } from "@/domain/awards/reward";
import { FilterButton } from "@/components/ui/filter-fields";

export const metadata: Metadata = { title: "Lịch sử khen thưởng" };

export default async function AwardHistoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("person.read");
  const raw = await searchParams;
  const params = parseTableParams(raw, { sortKeys: AWARD_SORT_KEYS, defaultSort: "year", defaultDir: "desc" });
  const { year, round } = awardFilter(raw);
  const { rows, total, totalCapped, cursors, roundLabels } = await searchAwards(actor, { ...params, year, round });
  const revocable = await revocableAwardIds(
    actor,
    rows.map((r) => r.id),
  );
  const exportQuery = new URLSearchParams([
    ...(params.q ? [[TABLE_PARAM_KEYS.q, params.q]] : []),
    ...(year ? [[YEAR_KEY, String(year)]] : []),
    ...(round ? [[ROUND_KEY, round]] : []),
  ]).toString();
  return (
    <>
      <PageHeader
        title="Lịch sử khen thưởng"
        description="Danh hiệu, hình thức khen thưởng của cán bộ, người lao động và tập thể thuộc đơn vị (và các đơn vị trực thuộc, nếu vai trò cho phép), kể cả các khen thưởng đã bị thu hồi."
        actions={
          <ExportLink
            href={`/lich-su-khen-thuong/xuat-excel${exportQuery ? `?${exportQuery}` : ""}`}
            label="Xuất Excel"
            fileName="lich-su-khen-thuong.xlsx"
          />
        }
      />
      <form
        method="get"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-4"
        aria-label="Lọc theo năm, đợt"
      >
        {/* A new year starts again at page 1, keeping the search and the order. */}
        {([TABLE_PARAM_KEYS.q, TABLE_PARAM_KEYS.sort, TABLE_PARAM_KEYS.dir] as const).map((key) =>
          typeof raw[key] === "string" ? <input key={key} type="hidden" name={key} value={raw[key]} /> : null,
        )}
        <div>
          <label htmlFor={YEAR_KEY} className="block text-sm font-medium">
            Năm thành tích
          </label>
          <input
            id={YEAR_KEY}
            name={YEAR_KEY}
            type="number"
            min={1945}
            max={2100}
            defaultValue={year}
            className={`${inputClass} w-28`}
          />
        </div>
        {roundLabels.length ? (
          <div>
            <label htmlFor={ROUND_KEY} className="block text-sm font-medium">
              Đợt khen thưởng
            </label>
            <select id={ROUND_KEY} name={ROUND_KEY} defaultValue={round ?? ""} className={inputClass}>
              <option value="">Tất cả</option>
              {roundLabels.map((label) => (
                <option key={label} value={label}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <FilterButton />
      </form>
      <AwardsTable
        today={todayInVietnam()}
        params={params}
        total={total}
        totalCapped={totalCapped}
        cursors={cursors}
        sortKeys={AWARD_SORT_KEYS}
        data={rows.map((r) => ({
          id: r.id,
          label: r.label,
          kind: r.kind,
          unitName: r.unit.name,
          name: r.name,
          round: r.decision?.awardRound.label ?? null,
          year: r.year,
          decisionNumber: r.decisionNumber,
          decisionId: r.decisionId,
          decidedOn: toIsoDate(r.decidedOn),
          reward: rewardInHistory(r.rewardKind, r.amount, r.giftDescription),
          revoked: r.revokedOn
            ? { on: toIsoDate(r.revokedOn), decisionNumber: r.revokeDecisionNumber ?? "", reason: r.revokeReason ?? "" }
            : null,
          revocable: revocable.has(r.id),
        }))}
      />
    </>
  );
}
