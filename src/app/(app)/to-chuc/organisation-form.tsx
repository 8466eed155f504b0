"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { ORGANISATION_KINDS, ORGANISATION_KIND_LABELS } from "@/schemas/organisation-labels";
import type { TOrganisationInput } from "@/schemas/organisation";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps, checkboxProps } from "@/components/forms/field-props";
import { FormAlerts } from "@/components/forms/form-alerts";
import { createOrganisationAction, updateOrganisationAction } from "./actions";

// Zod and the schema come when the form first checks, not with the page (lazy-zod-resolver.ts).
const organisationResolver = lazyZodResolver<TOrganisationInput>(() =>
  import("@/schemas/organisation").then((m) => m.ZOrganisationInput),
);

export function OrganisationForm({
  id,
  initial,
  rowVersion = null,
  people,
}: {
  id?: string;
  initial?: TOrganisationInput;
  /** The loaded row's version (edit form): a save made after someone else's is refused, not lost. */
  rowVersion?: number | null;
  people: { id: string; label: string }[];
}) {
  const router = useRouter();
  const form = useForm<TOrganisationInput>({
    resolver: organisationResolver,
    defaultValues: initial ?? { name: "", kind: "CO_QUAN", active: true, headPersonId: "" },
  });
  const { submit, formError, submitting, current } = useActionForm(
    form,
    (values, version) =>
      id && version !== null ? updateOrganisationAction(id, version, values) : createOrganisationAction(values),
    () => {
      router.push(id ? `/to-chuc/${id}` : "/to-chuc");
      router.refresh();
    },
    rowVersion,
  );
  const field = fieldProps(form);
  return (
    <form onSubmit={submit} className="max-w-xl space-y-4 rounded-lg border border-slate-300 bg-white p-6" noValidate>
      <FormAlerts
        formError={formError}
        current={current}
        typed={form.getValues()}
        labels={{
          name: "Tên tổ chức",
          kind: { label: "Loại", show: (v) => ORGANISATION_KIND_LABELS[v as TOrganisationInput["kind"]] ?? "" },
          headPersonId: {
            label: "Người đứng đầu",
            show: (v) => people.find((p) => p.id === v)?.label ?? "— Chưa ghi —",
          },
          active: "Đang hoạt động",
        }}
      />
      <Field {...field("name")} label="Tên tổ chức" required>
        {(props) => <input {...props} />}
      </Field>
      <Field {...field("kind")} label="Loại" required>
        {(props) => (
          <select {...props}>
            {ORGANISATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {ORGANISATION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        {...field("headPersonId")}
        label="Người đứng đầu"
        hint="Tập thể có người đứng đầu đang bị kỷ luật thì chưa được xét khen thưởng."
      >
        {(props) => (
          <select {...props}>
            <option value="">— Chưa ghi —</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="flex items-center gap-2">
        <input id="active" className="h-4 w-4" {...checkboxProps(form, "active")} />
        <label htmlFor="active" className="text-sm">
          Đang hoạt động
        </label>
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Lưu"}
        </Button>
        <Button variant="secondary" onClick={() => router.push(id ? `/to-chuc/${id}` : "/to-chuc")}>
          Huỷ
        </Button>
      </div>
    </form>
  );
}
