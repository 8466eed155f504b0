import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { RECIPIENT_KINDS } from "@/schemas/plan";
import type { StatisticsFilter } from "@/server/data/statistics";
import { STAT_KEYS } from "./filters";

/**
 * The filters, as a plain GET form: the URL holds the whole state (a link shared is the same
 * table), and it works before any JavaScript has loaded.
 */
export function FilterForm({
  filter,
  titles,
}: {
  filter: StatisticsFilter;
  titles: readonly { key: string; label: string }[];
}) {
  const field = "space-y-1 text-sm font-medium text-slate-800";
  return (
    <form
      method="get"
      aria-label="Lọc số liệu thống kê"
      className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-4 print:hidden"
    >
      {filter.unitId ? <input type="hidden" name={STAT_KEYS.unit} value={filter.unitId} /> : null}
      <div className={field}>
        <label htmlFor={STAT_KEYS.from}>Từ năm</label>
        <input
          id={STAT_KEYS.from}
          name={STAT_KEYS.from}
          type="number"
          inputMode="numeric"
          min={1945}
          max={2100}
          defaultValue={filter.from}
          className={`${inputClass} w-28`}
        />
      </div>
      <div className={field}>
        <label htmlFor={STAT_KEYS.to}>Đến năm</label>
        <input
          id={STAT_KEYS.to}
          name={STAT_KEYS.to}
          type="number"
          inputMode="numeric"
          min={1945}
          max={2100}
          defaultValue={filter.to}
          className={`${inputClass} w-28`}
        />
      </div>
      <div className={field}>
        <label htmlFor={STAT_KEYS.title}>Danh hiệu, hình thức</label>
        <select
          id={STAT_KEYS.title}
          name={STAT_KEYS.title}
          defaultValue={filter.title ?? ""}
          className={`${inputClass} w-72 max-w-full`}
        >
          <option value="">Tất cả</option>
          {titles.map((t) => (
            <option key={t.key} value={t.key}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <div className={field}>
        <label htmlFor={STAT_KEYS.kind}>Đối tượng</label>
        <select
          id={STAT_KEYS.kind}
          name={STAT_KEYS.kind}
          defaultValue={filter.kind ?? ""}
          className={`${inputClass} w-40`}
        >
          <option value="">Tất cả</option>
          {RECIPIENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {RECIPIENT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Xem thống kê
      </button>
    </form>
  );
}
