"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { GENDERS, GENDER_LABELS, STAFF_KINDS, STAFF_KIND_LABELS } from "@/schemas/person-labels";
import type { TPersonInput } from "@/schemas/person";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps, checkboxProps } from "@/components/forms/field-props";
import { FormAlerts } from "@/components/forms/form-alerts";
import { createPersonAction, updatePersonAction } from "./actions";
import { DateInput } from "@/components/ui/date-input";

// Zod and the schema come when the form first checks, not with the page (lazy-zod-resolver.ts).
const personResolver = lazyZodResolver<TPersonInput>(() => import("@/schemas/person").then((m) => m.ZPersonInput));

const EMPTY: TPersonInput = {
  fullName: "",
  dateOfBirth: "",
  gender: "NAM",
  staffKind: "CONG_CHUC",
  position: "",
  organisationId: "",
  partyMember: false,
};

export function PersonForm({
  id,
  initial,
  rowVersion = null,
  organisations,
}: {
  id?: string;
  initial?: TPersonInput;
  /** The loaded row's version (edit form): a save made after someone else's is refused, not lost. */
  rowVersion?: number | null;
  organisations: { id: string; name: string }[];
}) {
  const router = useRouter();
  const form = useForm<TPersonInput>({ resolver: personResolver, defaultValues: initial ?? EMPTY });
  const { submit, formError, submitting, current } = useActionForm(
    form,
    (values, version) =>
      id && version !== null ? updatePersonAction(id, version, values) : createPersonAction(values),
    (data) => {
      router.push(`/nhan-su/${id ?? data.id}`);
      router.refresh();
    },
    rowVersion,
  );
  const field = fieldProps(form);
  return (
    <form
      onSubmit={submit}
      className="grid max-w-3xl gap-x-6 gap-y-2 rounded-lg border border-slate-300 bg-white p-6 sm:grid-cols-2"
      noValidate
    >
      <FormAlerts
        className="sm:col-span-2"
        formError={formError}
        current={current}
        typed={form.getValues()}
        labels={{
          fullName: "Họ và tên",
          dateOfBirth: "Ngày sinh",
          gender: { label: "Giới tính", show: (v) => GENDER_LABELS[v as TPersonInput["gender"]] ?? "" },
          staffKind: { label: "Loại", show: (v) => STAFF_KIND_LABELS[v as TPersonInput["staffKind"]] ?? "" },
          position: "Chức vụ",
          organisationId: {
            label: "Tổ chức",
            show: (v) => organisations.find((o) => o.id === v)?.name ?? "—",
          },
          partyMember: "Đảng viên",
        }}
      />
      <Field {...field("fullName")} label="Họ và tên" required>
        {(props) => <input {...props} autoComplete="off" />}
      </Field>
      <Field {...field("dateOfBirth")} label="Ngày sinh" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <Field {...field("gender")} label="Giới tính" required>
        {(props) => (
          <select {...props}>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {GENDER_LABELS[g]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field {...field("staffKind")} label="Loại cán bộ" required>
        {(props) => (
          <select {...props}>
            {STAFF_KINDS.map((k) => (
              <option key={k} value={k}>
                {STAFF_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field {...field("position")} label="Chức vụ" required>
        {(props) => <input {...props} />}
      </Field>
      <Field {...field("organisationId")} label="Tổ chức">
        {(props) => (
          <select {...props}>
            <option value="">— Không thuộc tổ chức nào —</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="flex items-center gap-2 sm:col-span-2">
        <input id="partyMember" className="h-4 w-4" {...checkboxProps(form, "partyMember")} />
        <label htmlFor="partyMember" className="text-sm">
          Đảng viên
        </label>
      </div>
      <div className="mt-2 flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Lưu"}
        </Button>
        <Button variant="secondary" onClick={() => router.push(id ? `/nhan-su/${id}` : "/nhan-su")}>
          Huỷ
        </Button>
      </div>
    </form>
  );
}
