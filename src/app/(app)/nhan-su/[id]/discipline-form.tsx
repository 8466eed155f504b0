"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { DISCIPLINE_LEVELS, DISCIPLINE_LEVEL_LABELS, ZDisciplineInput, type TDisciplineInput } from "@/schemas/person";
import { Field, errorId, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { createDisciplineAction } from "../actions";

const EMPTY: TDisciplineInput = { status: "DECIDED", level: "KHIEN_TRACH", decisionNumber: "", reason: "", effectiveFrom: "", effectiveTo: "" };

export function DisciplineForm({ personId }: { personId: string }) {
  const router = useRouter();
  const form = useForm<TDisciplineInput>({ resolver: zodResolver(ZDisciplineInput), defaultValues: EMPTY });
  const { submit, formError, submitting } = useActionForm(form, (v) => createDisciplineAction(personId, v), () => {
    form.reset(EMPTY);
    router.refresh();
  });
  const e = form.formState.errors;
  const field = (name: keyof TDisciplineInput) => ({ id: `kl-${name}`, "aria-invalid": Boolean(e[name]), "aria-describedby": errorId(`kl-${name}`), ...form.register(name) });
  return (
    <form onSubmit={submit} className="grid gap-x-4 gap-y-1 sm:grid-cols-3" noValidate aria-label="Thêm kỷ luật">
      {formError ? <div className="sm:col-span-3"><Notice tone="error">{formError}</Notice></div> : null}
      <Field id="kl-status" label="Tình trạng" error={e.status?.message} required>
        <select className={inputClass} {...field("status")}>
          <option value="DECIDED">Đã có quyết định kỷ luật</option>
          <option value="UNDER_CONSIDERATION">Đang xem xét kỷ luật</option>
        </select>
      </Field>
      <Field id="kl-level" label="Hình thức" error={e.level?.message}>
        <select className={inputClass} {...field("level")}>
          <option value="">— Chưa có —</option>
          {DISCIPLINE_LEVELS.map((l) => <option key={l} value={l}>{DISCIPLINE_LEVEL_LABELS[l]}</option>)}
        </select>
      </Field>
      <Field id="kl-decisionNumber" label="Số quyết định" error={e.decisionNumber?.message}>
        <input className={inputClass} {...field("decisionNumber")} />
      </Field>
      <Field id="kl-effectiveFrom" label="Từ ngày" error={e.effectiveFrom?.message} required>
        <input type="date" className={inputClass} {...field("effectiveFrom")} />
      </Field>
      <Field id="kl-effectiveTo" label="Đến ngày" error={e.effectiveTo?.message} hint="Để trống nếu chưa hết thời hạn.">
        <input type="date" className={inputClass} {...field("effectiveTo")} />
      </Field>
      <Field id="kl-reason" label="Lý do" error={e.reason?.message} required>
        <input className={inputClass} {...field("reason")} />
      </Field>
      <div className="sm:col-span-3">
        <Button type="submit" disabled={submitting}>{submitting ? "Đang lưu…" : "Thêm kỷ luật"}</Button>
      </div>
    </form>
  );
}
