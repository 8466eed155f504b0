"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  GENDERS,
  GENDER_LABELS,
  STAFF_KINDS,
  STAFF_KIND_LABELS,
  ZPersonInput,
  type TPersonInput,
} from "@/schemas/person";
import { Field, errorId, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { createPersonAction, updatePersonAction } from "./actions";

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
  organisations,
}: {
  id?: string;
  initial?: TPersonInput;
  organisations: { id: string; name: string }[];
}) {
  const router = useRouter();
  const form = useForm<TPersonInput>({ resolver: zodResolver(ZPersonInput), defaultValues: initial ?? EMPTY });
  const { submit, formError, submitting } = useActionForm(
    form,
    (values) => (id ? updatePersonAction(id, values) : createPersonAction(values)),
    (data) => {
      router.push(id ? "/nhan-su" : `/nhan-su/${data.id}`);
      router.refresh();
    },
  );
  const e = form.formState.errors;
  const field = (name: keyof TPersonInput) => ({
    id: name,
    "aria-invalid": Boolean(e[name]),
    "aria-describedby": errorId(name),
    ...form.register(name),
  });
  return (
    <form
      onSubmit={submit}
      className="grid max-w-3xl gap-x-6 gap-y-2 rounded-lg border border-slate-300 bg-white p-6 sm:grid-cols-2"
      noValidate
    >
      {formError ? (
        <div className="sm:col-span-2">
          <Notice tone="error">{formError}</Notice>
        </div>
      ) : null}
      <Field id="fullName" label="Họ và tên" error={e.fullName?.message} required>
        <input className={inputClass} autoComplete="off" {...field("fullName")} />
      </Field>
      <Field id="dateOfBirth" label="Ngày sinh" error={e.dateOfBirth?.message} required>
        <input type="date" className={inputClass} {...field("dateOfBirth")} />
      </Field>
      <Field id="gender" label="Giới tính" error={e.gender?.message} required>
        <select className={inputClass} {...field("gender")}>
          {GENDERS.map((g) => (
            <option key={g} value={g}>
              {GENDER_LABELS[g]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="staffKind" label="Loại cán bộ" error={e.staffKind?.message} required>
        <select className={inputClass} {...field("staffKind")}>
          {STAFF_KINDS.map((k) => (
            <option key={k} value={k}>
              {STAFF_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="position" label="Chức vụ" error={e.position?.message} required>
        <input className={inputClass} {...field("position")} />
      </Field>
      <Field id="organisationId" label="Tổ chức" error={e.organisationId?.message}>
        <select className={inputClass} {...field("organisationId")}>
          <option value="">— Không thuộc tổ chức nào —</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex items-center gap-2 sm:col-span-2">
        <input id="partyMember" type="checkbox" className="h-4 w-4" {...form.register("partyMember")} />
        <label htmlFor="partyMember" className="text-sm">
          Đảng viên
        </label>
      </div>
      <div className="mt-2 flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Lưu"}
        </Button>
        <Button variant="secondary" onClick={() => router.push("/nhan-su")}>
          Huỷ
        </Button>
      </div>
    </form>
  );
}
