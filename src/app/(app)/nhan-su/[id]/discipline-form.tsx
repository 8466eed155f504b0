"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { DISCIPLINE_LEVELS, DISCIPLINE_LEVEL_LABELS, ZDisciplineInput, type TDisciplineInput } from "@/schemas/person";
import { Field, errorId, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { createDisciplineAction, updateDisciplineAction } from "../actions";

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
}: {
  personId: string;
  id?: string;
  initial?: TDisciplineInput;
}) {
  const router = useRouter();
  const form = useForm<TDisciplineInput>({ resolver: zodResolver(ZDisciplineInput), defaultValues: initial ?? EMPTY });
  const { submit, formError, submitting } = useActionForm(
    form,
    (v) => (id ? updateDisciplineAction(personId, id, v) : createDisciplineAction(personId, v)),
    () => {
      if (!id) form.reset(EMPTY);
      router.refresh();
    },
  );
  const e = form.formState.errors;
  // Several forms share the page: ids carry the record's id so labels stay unique.
  const prefix = id ? `kl-${id}` : "kl";
  const field = (name: keyof TDisciplineInput) => ({
    id: `${prefix}-${name}`,
    "aria-invalid": Boolean(e[name]),
    "aria-describedby": errorId(`${prefix}-${name}`),
    ...form.register(name),
  });
  return (
    <form
      onSubmit={submit}
      className="grid gap-x-4 gap-y-1 sm:grid-cols-3"
      noValidate
      aria-label={id ? "Sửa kỷ luật" : "Thêm kỷ luật"}
    >
      {formError ? (
        <div className="sm:col-span-3">
          <Notice tone="error">{formError}</Notice>
        </div>
      ) : null}
      <Field id={`${prefix}-status`} label="Tình trạng" error={e.status?.message} required>
        <select className={inputClass} {...field("status")}>
          <option value="DECIDED">Đã có quyết định kỷ luật</option>
          <option value="UNDER_CONSIDERATION">Đang xem xét kỷ luật</option>
        </select>
      </Field>
      <Field id={`${prefix}-level`} label="Hình thức" error={e.level?.message}>
        <select className={inputClass} {...field("level")}>
          <option value="">— Chưa có —</option>
          {DISCIPLINE_LEVELS.map((l) => (
            <option key={l} value={l}>
              {DISCIPLINE_LEVEL_LABELS[l]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${prefix}-decisionNumber`} label="Số quyết định" error={e.decisionNumber?.message}>
        <input className={inputClass} {...field("decisionNumber")} />
      </Field>
      <Field id={`${prefix}-effectiveFrom`} label="Từ ngày" error={e.effectiveFrom?.message} required>
        <input type="date" className={inputClass} {...field("effectiveFrom")} />
      </Field>
      <Field
        id={`${prefix}-effectiveTo`}
        label="Đến ngày"
        error={e.effectiveTo?.message}
        hint="Để trống nếu chưa hết thời hạn."
      >
        <input type="date" className={inputClass} {...field("effectiveTo")} />
      </Field>
      <Field id={`${prefix}-reason`} label="Lý do" error={e.reason?.message} required>
        <input className={inputClass} {...field("reason")} />
      </Field>
      <div className="sm:col-span-3">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : id ? "Lưu thay đổi" : "Thêm kỷ luật"}
        </Button>
      </div>
    </form>
  );
}
