"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { DISCIPLINE_LEVELS, DISCIPLINE_LEVEL_LABELS } from "@/schemas/person-labels";
import type { TDisciplineInput } from "@/schemas/person";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps } from "@/components/forms/field-props";
import { FormAlerts } from "@/components/forms/form-alerts";
import { createDisciplineAction, updateDisciplineAction } from "../actions";
import { DateInput } from "@/components/ui/date-input";

// Zod and the schema come when the form first checks, not with the page (lazy-zod-resolver.ts).
const disciplineResolver = lazyZodResolver<TDisciplineInput>(() =>
  import("@/schemas/person").then((m) => m.ZDisciplineInput),
);

const EMPTY: TDisciplineInput = {
  status: "DECIDED",
  level: "KHIEN_TRACH",
  decisionNumber: "",
  reason: "",
  effectiveFrom: "",
  effectiveTo: "",
};

/** Records a new discipline, or edits one (e.g. to set the day it ends) when `id` is given. */
export function DisciplineForm({
  personId,
  id,
  initial,
  rowVersion = null,
}: {
  personId: string;
  id?: string;
  initial?: TDisciplineInput;
  /** The loaded record's version (edit form): a save made after someone else's is refused, not lost. */
  rowVersion?: number | null;
}) {
  const router = useRouter();
  const form = useForm<TDisciplineInput>({ resolver: disciplineResolver, defaultValues: initial ?? EMPTY });
  const { submit, formError, submitting, current } = useActionForm(
    form,
    (v, version) =>
      id && version !== null ? updateDisciplineAction(personId, id, version, v) : createDisciplineAction(personId, v),
    () => {
      if (!id) form.reset(EMPTY);
      router.refresh();
    },
    rowVersion,
  );
  // Several forms share the page: ids carry the record's id so labels stay unique.
  const field = fieldProps(form, id ? `kl-${id}` : "kl");
  return (
    <form
      onSubmit={submit}
      className="grid gap-x-4 gap-y-1 sm:grid-cols-3"
      noValidate
      aria-label={id ? "Sửa kỷ luật" : "Thêm kỷ luật"}
    >
      <FormAlerts
        className="sm:col-span-3"
        formError={formError}
        current={current}
        typed={form.getValues()}
        labels={{
          status: {
            label: "Tình trạng",
            show: (v) => (v === "DECIDED" ? "Đã có quyết định kỷ luật" : "Đang xem xét kỷ luật"),
          },
          level: {
            label: "Hình thức",
            show: (v) => (v ? DISCIPLINE_LEVEL_LABELS[v as keyof typeof DISCIPLINE_LEVEL_LABELS] : "— Chưa có —"),
          },
          decisionNumber: "Số quyết định",
          effectiveFrom: "Từ ngày",
          effectiveTo: "Đến ngày",
          reason: "Lý do",
        }}
      />
      <Field {...field("status")} label="Tình trạng" required>
        {(props) => (
          <select {...props}>
            <option value="DECIDED">Đã có quyết định kỷ luật</option>
            <option value="UNDER_CONSIDERATION">Đang xem xét kỷ luật</option>
          </select>
        )}
      </Field>
      <Field {...field("level")} label="Hình thức">
        {(props) => (
          <select {...props}>
            <option value="">— Chưa có —</option>
            {DISCIPLINE_LEVELS.map((l) => (
              <option key={l} value={l}>
                {DISCIPLINE_LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field {...field("decisionNumber")} label="Số quyết định">
        {(props) => <input {...props} />}
      </Field>
      <Field {...field("effectiveFrom")} label="Từ ngày" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <Field {...field("effectiveTo")} label="Đến ngày" hint="Để trống nếu chưa hết thời hạn.">
        {(props) => <DateInput {...props} />}
      </Field>
      <Field {...field("reason")} label="Lý do" required>
        {(props) => <input {...props} />}
      </Field>
      <div className="sm:col-span-3">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : id ? "Lưu thay đổi" : "Thêm kỷ luật"}
        </Button>
      </div>
    </form>
  );
}
