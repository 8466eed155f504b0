"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { createBatchAction } from "./actions";

/** `group`: whose award it is — the unit's own, or a higher unit's it proposes for (each its own list). */
export function CreateBatchForm({ forms }: { forms: { id: string; label: string; group: string }[] }) {
  const groups = [...new Set(forms.map((f) => f.group))];
  const [state, action, pending] = useActionState(createBatchAction, null);
  const error = state && !state.ok ? (state.fieldErrors.awardFormId ?? state.error) : undefined;
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" aria-label="Lập tờ trình đề nghị khen thưởng">
      <div className="min-w-80 flex-1">
        <Field id="awardFormId" label="Hình thức khen thưởng đề nghị" error={error} required>
          {(props) => (
            <select {...props} name="awardFormId">
              <option value="">— Chọn —</option>
              {groups.map((g) => (
                <optgroup key={g} label={g}>
                  {forms
                    .filter((f) => f.group === g)
                    .map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Button type="submit" disabled={pending} className="mb-5">
        Lập tờ trình
      </Button>
    </form>
  );
}
