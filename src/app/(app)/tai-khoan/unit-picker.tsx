import { inputClass } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import type { UnitChoice } from "./moi/account-form";

/** Which unit's accounts to show: a plain GET form, so the choice lives in the URL (?donVi=). */
export function UnitPicker({ units, unitId }: { units: UnitChoice[]; unitId: string }) {
  return (
    <form method="get" className="mb-4 flex max-w-2xl flex-wrap items-end gap-2">
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor="donVi" className="text-sm font-medium text-slate-800">
          Đơn vị
        </label>
        <select id="donVi" name="donVi" defaultValue={unitId} className={inputClass}>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Xem đơn vị này
      </button>
    </form>
  );
}
