"use client";

import { useActionState } from "react";
import { switchUnitAction } from "./session-actions";

/**
 * The units where the account holds roles, and how much work waits in each (`pending`, tasks per
 * unit id): the options keep the unit's bare name, the other units' counts are listed beside them.
 */
export function UnitSwitcher({
  units,
  activeUnitId,
  pending: work = {},
}: {
  units: { id: string; name: string }[];
  activeUnitId: string;
  pending?: Record<string, number>;
}) {
  const [state, action, pending] = useActionState(switchUnitAction, null);
  if (units.length < 2) return null;
  const elsewhere = units.filter((u) => u.id !== activeUnitId && work[u.id]);
  return (
    <form action={action} className="flex items-center gap-2">
      <label htmlFor="unitId" className="text-sm text-white">
        Đơn vị làm việc
      </label>
      <select
        id="unitId"
        name="unitId"
        defaultValue={activeUnitId}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900"
      >
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-white px-3 py-1 text-sm font-medium text-brand-800 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-white"
      >
        Chuyển
      </button>
      {state && !state.ok ? <span className="text-sm text-yellow-200">{state.error}</span> : null}
      {elsewhere.length ? (
        <span className="text-xs text-rose-50" data-testid="pending-elsewhere">
          Việc chờ ở đơn vị khác: {elsewhere.map((u) => `${u.name} (${work[u.id]})`).join(", ")}
        </span>
      ) : null}
    </form>
  );
}
