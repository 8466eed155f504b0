"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { moveFromPredecessorAction } from "../actions";

type Organisation = { id: string; name: string; newName: string; people: number };
type Person = { id: string; fullName: string; position: string; organisationName: string | null };

/**
 * The preview as a form: every organisation and person of the ended unit, ticked by default after a
 * merger (everything comes over) and unticked after a split (each successor takes its part).
 */
export function MoveForm({
  unitId,
  organisations,
  people,
  tickAll,
}: {
  unitId: string;
  organisations: Organisation[];
  people: Person[];
  tickAll: boolean;
}) {
  const [state, action, pending] = useActionState(moveFromPredecessorAction, null);
  if (state?.ok)
    return (
      <Notice tone="success">
        Đã chuyển {state.data.organisations} tổ chức và {state.data.people} người sang đơn vị.
      </Notice>
    );
  return (
    <form action={action} className="space-y-6">
      <input type="hidden" name="unitId" value={unitId} />
      {state && !state.ok ? <Notice tone="error">{state.error}</Notice> : null}
      <fieldset className="rounded-lg border border-slate-300 bg-white p-4">
        <legend className="px-1 font-semibold">Tổ chức, tập thể ({organisations.length})</legend>
        <ul className="space-y-1 text-sm">
          {organisations.map((o) => (
            <li key={o.id}>
              <label className="flex items-start gap-2">
                <input type="checkbox" name="organisationIds" value={o.id} defaultChecked={tickAll} className="mt-1" />
                <span>
                  {o.name} ({o.people} người)
                  {o.newName !== o.name ? (
                    <span className="block text-slate-700">
                      Đơn vị đã có tổ chức cùng tên: sẽ đổi thành “{o.newName}”.
                    </span>
                  ) : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="rounded-lg border border-slate-300 bg-white p-4">
        <legend className="px-1 font-semibold">Cán bộ, người lao động ({people.length})</legend>
        <p className="mb-2 text-sm text-slate-700">
          Người được chuyển mang theo xếp loại, sáng kiến, kỷ luật và khiếu nại của mình; khen thưởng giữ nguyên đơn vị
          đã khen và vẫn hiện trong lịch sử khen thưởng. Người thuộc tổ chức không được chuyển sẽ không còn thuộc tổ
          chức nào.
        </p>
        <ul className="space-y-1 text-sm">
          {people.map((p) => (
            <li key={p.id}>
              <label className="flex items-start gap-2">
                <input type="checkbox" name="personIds" value={p.id} defaultChecked={tickAll} className="mt-1" />
                <span>
                  {p.fullName} – {p.position}
                  {p.organisationName ? ` (${p.organisationName})` : ""}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Đang chuyển…" : "Chuyển những mục đã chọn"}
      </Button>
    </form>
  );
}
