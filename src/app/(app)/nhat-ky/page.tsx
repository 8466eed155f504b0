import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { AUDIT_SORT_KEYS, listAuditEntries } from "@/server/data/audit";
import { parseTableParams, type SearchParams } from "@/lib/table-params";
import { describeChange } from "@/lib/audit-diff";
import { PageHeader } from "@/components/ui/page-header";
import { inputClass } from "@/components/ui/field";
import { ACTION_LABELS, AuditTable } from "./audit-table";
import { ENTITY_LABELS, auditFilter } from "./filters";
import { DateInput } from "@/components/ui/date-input";
import { FilterButton } from "@/components/ui/filter-fields";

export const metadata: Metadata = { title: "Nhật ký thao tác" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("audit.read");
  const raw = await searchParams;
  const params = parseTableParams(raw, { sortKeys: AUDIT_SORT_KEYS, defaultSort: "at", defaultDir: "desc" });
  const f = auditFilter(raw);
  const { rows, total, totalCapped, cursors } = await listAuditEntries(actor, params, {
    entity: f["doi-tuong"],
    action: f["thao-tac"],
    // Days are taken in Vietnam's time zone: "to" includes the whole day.
    from: f["tu-ngay"] ? new Date(`${f["tu-ngay"]}T00:00:00+07:00`) : undefined,
    to: f["den-ngay"] ? new Date(`${f["den-ngay"]}T23:59:59.999+07:00`) : undefined,
  });
  const filters = (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Lọc nhật ký">
      <div>
        <label htmlFor="doi-tuong" className="block text-sm font-medium">
          Đối tượng
        </label>
        <select id="doi-tuong" name="doi-tuong" defaultValue={f["doi-tuong"] ?? ""} className={inputClass}>
          <option value="">Tất cả</option>
          {Object.entries(ENTITY_LABELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="thao-tac" className="block text-sm font-medium">
          Thao tác
        </label>
        <select id="thao-tac" name="thao-tac" defaultValue={f["thao-tac"] ?? ""} className={inputClass}>
          <option value="">Tất cả</option>
          {Object.entries(ACTION_LABELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="tu-ngay" className="block text-sm font-medium">
          Từ ngày
        </label>
        <DateInput id="tu-ngay" name="tu-ngay" defaultValue={f["tu-ngay"]} className={inputClass} />
      </div>
      <div>
        <label htmlFor="den-ngay" className="block text-sm font-medium">
          Đến ngày
        </label>
        <DateInput id="den-ngay" name="den-ngay" defaultValue={f["den-ngay"]} className={inputClass} />
      </div>
      <FilterButton />
    </form>
  );
  return (
    <>
      <PageHeader
        title="Nhật ký thao tác"
        description={`Mọi thay đổi dữ liệu của ${actor.unit.name}: ai, khi nào, đối tượng nào, trước và sau.`}
      />
      <div className="mb-4 rounded-lg border border-slate-300 bg-white p-4">{filters}</div>
      <AuditTable
        params={params}
        total={total}
        totalCapped={totalCapped}
        cursors={cursors}
        sortKeys={AUDIT_SORT_KEYS}
        data={rows.map((r) => ({
          id: r.id,
          at: r.at,
          actorName: r.actorName,
          entity: ENTITY_LABELS[r.entity] ?? r.entity,
          entityId: r.entityId,
          action: r.action,
          changes: describeChange(r.before, r.after),
        }))}
      />
    </>
  );
}
