import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { PLAN_SORT_KEYS, listPlanUnits, listPlans } from "@/server/data/plan-reads";
import { parseTableParams, type SearchParams } from "@/lib/table-params";
import { toIsoDate } from "@/lib/dates";
import { PLAN_STATUS_LABELS } from "@/domain/labels";
import { PLAN_KINDS, PLAN_KIND_LABELS, PLAN_STATUSES } from "@/schemas/plan";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PlansTable } from "./plans-table";
import { planFilter } from "./filters";
import { FilterButton } from "@/components/ui/filter-fields";

export const metadata: Metadata = { title: "Kế hoạch thi đua" };

export default async function PlansPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("plan.read");
  const raw = await searchParams;
  const params = parseTableParams(raw, { sortKeys: PLAN_SORT_KEYS, defaultSort: "updatedAt", defaultDir: "desc" });
  const f = planFilter(raw);
  const [{ rows, total }, units] = await Promise.all([
    listPlans(actor, params, { year: f.nam, kind: f.loai, status: f["trang-thai"], unitId: f["don-vi"] }),
    listPlanUnits(actor),
  ]);
  const filters = (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Lọc kế hoạch">
      <div>
        <label htmlFor="nam" className="block text-sm font-medium">
          Năm
        </label>
        <input
          id="nam"
          name="nam"
          type="number"
          min={2000}
          max={2100}
          defaultValue={f.nam}
          className={`${inputClass} w-28`}
        />
      </div>
      <div>
        <label htmlFor="loai" className="block text-sm font-medium">
          Loại
        </label>
        <select id="loai" name="loai" defaultValue={f.loai ?? ""} className={inputClass}>
          <option value="">Tất cả</option>
          {PLAN_KINDS.map((k) => (
            <option key={k} value={k}>
              {PLAN_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="trang-thai" className="block text-sm font-medium">
          Trạng thái
        </label>
        <select id="trang-thai" name="trang-thai" defaultValue={f["trang-thai"] ?? ""} className={inputClass}>
          <option value="">Tất cả</option>
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PLAN_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="don-vi" className="block text-sm font-medium">
          Đơn vị ban hành
        </label>
        <select id="don-vi" name="don-vi" defaultValue={f["don-vi"] ?? ""} className={inputClass}>
          <option value="">Tất cả</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <FilterButton />
    </form>
  );
  return (
    <>
      <PageHeader
        title="Kế hoạch thi đua"
        description="Kế hoạch phát động phong trào thi đua của đơn vị, của cấp trên (để xây dựng kế hoạch của đơn vị) và của các đơn vị cấp dưới."
        actions={
          can(actor.roles, "plan.write") ? (
            <Link href="/ke-hoach/moi" className={buttonClass()}>
              Soạn kế hoạch
            </Link>
          ) : null
        }
      />
      <div className="mb-4 rounded-lg border border-slate-300 bg-white p-4">{filters}</div>
      <PlansTable
        params={params}
        total={total}
        sortKeys={PLAN_SORT_KEYS}
        data={rows.map((r) => ({
          id: r.id,
          title: r.title,
          numberLine: r.number ? `${r.number}/${r.symbol}` : `…/${r.symbol}`,
          issuedOn: r.issuedOn ? toIsoDate(r.issuedOn) : null,
          year: r.year,
          kind: r.kind,
          status: r.status,
          unitName: r.unit.name,
        }))}
      />
    </>
  );
}
