"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  ORGANISATION_KINDS,
  ORGANISATION_KIND_LABELS,
  ZOrganisationInput,
  type TOrganisationInput,
} from "@/schemas/organisation";
import { Field, errorId, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { createOrganisationAction, updateOrganisationAction } from "./actions";

export function OrganisationForm({
  id,
  initial,
  people,
}: {
  id?: string;
  initial?: TOrganisationInput;
  people: { id: string; label: string }[];
}) {
  const router = useRouter();
  const form = useForm<TOrganisationInput>({
    resolver: zodResolver(ZOrganisationInput),
    defaultValues: initial ?? { name: "", kind: "CO_QUAN", active: true, headPersonId: "" },
  });
  const { submit, formError, submitting } = useActionForm(
    form,
    (values) => (id ? updateOrganisationAction(id, values) : createOrganisationAction(values)),
    () => {
      router.push("/to-chuc");
      router.refresh();
    },
  );
  const e = form.formState.errors;
  return (
    <form onSubmit={submit} className="max-w-xl space-y-4 rounded-lg border border-slate-300 bg-white p-6" noValidate>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field id="name" label="Tên tổ chức" error={e.name?.message} required>
        <input
          id="name"
          className={inputClass}
          aria-invalid={Boolean(e.name)}
          aria-describedby={errorId("name")}
          {...form.register("name")}
        />
      </Field>
      <Field id="kind" label="Loại" error={e.kind?.message} required>
        <select
          id="kind"
          className={inputClass}
          aria-invalid={Boolean(e.kind)}
          aria-describedby={errorId("kind")}
          {...form.register("kind")}
        >
          {ORGANISATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {ORGANISATION_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="headPersonId"
        label="Người đứng đầu"
        error={e.headPersonId?.message}
        hint="Tập thể có người đứng đầu đang bị kỷ luật thì chưa được xét khen thưởng."
      >
        <select
          id="headPersonId"
          className={inputClass}
          aria-invalid={Boolean(e.headPersonId)}
          aria-describedby={errorId("headPersonId")}
          {...form.register("headPersonId")}
        >
          <option value="">— Chưa ghi —</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex items-center gap-2">
        <input id="active" type="checkbox" className="h-4 w-4" {...form.register("active")} />
        <label htmlFor="active" className="text-sm">
          Đang hoạt động
        </label>
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Lưu"}
        </Button>
        <Button variant="secondary" onClick={() => router.push("/to-chuc")}>
          Huỷ
        </Button>
      </div>
    </form>
  );
}
