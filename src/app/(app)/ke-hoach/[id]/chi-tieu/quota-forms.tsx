"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Field, inputClass } from "@/components/ui/field";
import { allocateAction, extendAction } from "./actions";
import { DateInput } from "@/components/ui/date-input";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function AllocationForm({
  planId,
  awardFormId,
  roundId,
  formName,
  units,
  categories,
  current,
  rowVersion,
}: {
  planId: string;
  awardFormId: string;
  /** The round (đợt) allocated: each round has its own allocation. */
  roundId: string;
  formName: string;
  units: { id: string; name: string }[];
  categories: string[];
  current: Record<string, number>;
  /** The award form's version when loaded: a save made after someone else's is refused, not lost. */
  rowVersion: number;
}) {
  const [state, action, pending] = useActionState(allocateAction, null);
  // After a stale save: another reviewer's allocations, and the version to save against now.
  const stale = state && !state.ok && state.current ? state.current : null;
  const theirs = (
    stale?.values as { allocations: { unitId: string; category: string; quantity: number }[] } | undefined
  )?.allocations;
  const cats = categories.length ? categories : [""];
  // Controlled: a refused allocation must keep the numbers the reviewer typed (React resets
  // uncontrolled fields after every action).
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(current).map(([k, v]) => [k, String(v)])),
  );
  return (
    <form action={action} className="space-y-2" aria-label={`Phân bổ: ${formName}`}>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="awardFormId" value={awardFormId} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="rowVersion" value={stale?.rowVersion ?? rowVersion} />
      <div id={`loi-${awardFormId}`}>{state && !state.ok ? <Notice tone="error">{state.error}</Notice> : null}</div>
      {state?.ok ? <Notice tone="success">Đã lưu phân bổ.</Notice> : null}
      {theirs ? (
        <section
          aria-label="Phân bổ hiện tại"
          className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
        >
          <p className="font-medium">Phân bổ hiện tại (người khác vừa lưu):</p>
          <ul className="mt-1 list-disc pl-5">
            {theirs.map((a) => (
              <li key={`${a.unitId}:${a.category}`}>
                {units.find((u) => u.id === a.unitId)?.name ?? a.unitId}
                {a.category ? `, nhóm ${a.category}` : ""}: {a.quantity}
              </li>
            ))}
            {theirs.length ? null : <li>Chưa phân bổ</li>}
          </ul>
          <p className="mt-1">Số bạn nhập vẫn còn trong bảng; lưu lại để ghi đè.</p>
        </section>
      ) : null}
      <ScrollRegion label="Phân bổ số lượng khen thưởng cho các đơn vị">
        <table className="text-sm">
          <caption className="sr-only">Phân bổ số lượng khen thưởng cho các đơn vị</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left">
                Đơn vị
              </th>
              {cats.map((c) => (
                <th key={c} scope="col" className="px-2">
                  {c || "Số lượng"}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.id}>
                <th scope="row" className="pr-4 text-left font-normal">
                  {u.name}
                </th>
                {cats.map((c) => {
                  const id = `q-${awardFormId}-${u.id}-${c}`;
                  return (
                    <td key={c} className="px-2 py-1">
                      <label
                        htmlFor={id}
                        className="sr-only"
                      >{`Phân bổ cho ${u.name}${c ? `, nhóm ${c}` : ""} (${formName})`}</label>
                      <input
                        id={id}
                        name={`q:${u.id}:${c}`}
                        type="number"
                        min={0}
                        value={values[`${u.id}:${c}`] ?? ""}
                        onChange={(e) => setValues((v) => ({ ...v, [`${u.id}:${c}`]: e.target.value }))}
                        className={`${inputClass} w-24`}
                        aria-invalid={Boolean(state && !state.ok)}
                        aria-describedby={`loi-${awardFormId}`}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Button type="submit" disabled={pending}>
        Lưu phân bổ
      </Button>
    </form>
  );
}

export function ExtensionForm({
  planId,
  units,
  today,
}: {
  planId: string;
  units: { id: string; name: string }[];
  today: string;
}) {
  const [state, action, pending] = useActionState(extendAction, null);
  const error = state && !state.ok ? (state.fieldErrors.until ?? state.error) : undefined;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" aria-label="Gia hạn nộp hồ sơ">
      <input type="hidden" name="planId" value={planId} />
      <Field id="gh-don-vi" label="Đơn vị được gia hạn">
        {(props) => (
          <select {...props} name="unitId">
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="gh-den-ngay" label="Gia hạn đến ngày" error={error}>
        {(props) => <DateInput {...props} name="until" min={today} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        Gia hạn
      </Button>
      {state?.ok ? <span className="text-sm text-green-800">Đã gia hạn.</span> : null}
    </form>
  );
}
