"use client";

import { useRouter } from "next/navigation";
import { useForm, type FieldValues, type UseFormReturn } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { ReactNode } from "react";
import { RATING_LABELS } from "@/domain/labels";
import {
  HOLD_KINDS,
  HOLD_KIND_LABELS,
  INITIATIVE_SCOPES,
  INITIATIVE_SCOPE_LABELS,
  RATINGS,
} from "@/schemas/achievement-labels";
import type { TEnteredAwardInput, THoldInput, TInitiativeInput, TReviewInput } from "@/schemas/achievement";
import { catalogue } from "@/domain/catalogue/catalogue";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps } from "@/components/forms/field-props";
import { CurrentValues } from "@/components/forms/current-values";
import type { ActionResult } from "@/schemas/action-result";
import {
  createEnteredAwardAction,
  createHoldAction,
  createInitiativeAction,
  saveReviewAction,
  updateHoldAction,
} from "../actions";
import { DateInput } from "@/components/ui/date-input";

// Zod and the schema come when the form first checks, not with the page (lazy-zod-resolver.ts).
const reviewResolver = lazyZodResolver<TReviewInput>(() => import("@/schemas/achievement").then((m) => m.ZReviewInput));
const initiativeResolver = lazyZodResolver<TInitiativeInput>(() =>
  import("@/schemas/achievement").then((m) => m.ZInitiativeInput),
);
const enteredAwardResolver = lazyZodResolver<TEnteredAwardInput>(() =>
  import("@/schemas/achievement").then((m) => m.ZEnteredAwardInput),
);
const holdResolver = lazyZodResolver<THoldInput>(() => import("@/schemas/achievement").then((m) => m.ZHoldInput));

/**
 * The small forms of a person's record (and a collective's holds): each validates with the same
 * zod schema as its action, shows server errors next to the fields, and clears after saving.
 */
function useRecordForm<V extends FieldValues>(
  form: UseFormReturn<V>,
  action: (v: V, rowVersion: number | null) => Promise<ActionResult<null>>,
  prefix: string,
  resetTo?: V,
  rowVersion: number | null = null,
) {
  const router = useRouter();
  const { submit, formError, submitting, current } = useActionForm(
    form,
    action,
    () => {
      if (resetTo) form.reset(resetTo);
      router.refresh();
    },
    rowVersion,
  );
  return { submit, formError, submitting, current, field: fieldProps(form, prefix) };
}

function Shell({
  label,
  onSubmit,
  formError,
  children,
  submitting,
  submitText,
  current,
}: {
  label: string;
  onSubmit: () => void;
  formError: string | null;
  children: ReactNode;
  submitting: boolean;
  submitText: string;
  /** After a stale save: the record's current values (CurrentValues). */
  current?: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} className="grid gap-x-4 gap-y-1 sm:grid-cols-4" noValidate aria-label={label}>
      {formError ? (
        <div className="sm:col-span-4">
          <Notice tone="error">{formError}</Notice>
        </div>
      ) : null}
      {current ? <div className="sm:col-span-4">{current}</div> : null}
      {children}
      <div className="self-center sm:col-span-4">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : submitText}
        </Button>
      </div>
    </form>
  );
}

export function ReviewForm({ personId }: { personId: string }) {
  const empty: TReviewInput = { year: new Date().getFullYear(), rating: "HTTNV" };
  const form = useForm<TReviewInput>({ resolver: reviewResolver, defaultValues: empty });
  const f = useRecordForm(form, (v) => saveReviewAction(personId, v), "xl", empty);
  return (
    <Shell
      label="Ghi kết quả xếp loại"
      onSubmit={f.submit}
      formError={f.formError}
      submitting={f.submitting}
      submitText="Lưu xếp loại"
    >
      <Field
        {...f.field("year")}
        label="Năm"
        hint="Ghi lại một năm đã có sẽ thay kết quả cũ (có lưu trong nhật ký)."
        required
      >
        {(props) => <input {...props} type="number" inputMode="numeric" />}
      </Field>
      <Field {...f.field("rating")} label="Kết quả xếp loại" required>
        {(props) => (
          <select {...props}>
            {RATINGS.map((r) => (
              <option key={r} value={r}>
                {RATING_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </Shell>
  );
}

export function InitiativeForm({ personId }: { personId: string }) {
  const empty: TInitiativeInput = { title: "", scope: "CO_SO", recognisedOn: "", recognisedBy: "" };
  const form = useForm<TInitiativeInput>({ resolver: initiativeResolver, defaultValues: empty });
  const f = useRecordForm(form, (v) => createInitiativeAction(personId, v), "sk", empty);
  return (
    <Shell
      label="Thêm sáng kiến"
      onSubmit={f.submit}
      formError={f.formError}
      submitting={f.submitting}
      submitText="Thêm sáng kiến"
    >
      <Field {...f.field("title")} label="Tên sáng kiến" required>
        {(props) => <input {...props} />}
      </Field>
      <Field {...f.field("scope")} label="Phạm vi công nhận" required>
        {(props) => (
          <select {...props}>
            {INITIATIVE_SCOPES.map((s) => (
              <option key={s} value={s}>
                {INITIATIVE_SCOPE_LABELS[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field {...f.field("recognisedOn")} label="Ngày công nhận" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <Field {...f.field("recognisedBy")} label="Quyết định công nhận" required>
        {(props) => <input {...props} />}
      </Field>
    </Shell>
  );
}

export function EnteredAwardForm({ personId }: { personId: string }) {
  const empty: TEnteredAwardInput = {
    catalogueCode: "",
    name: "",
    year: new Date().getFullYear() - 1,
    decisionNumber: "",
    decidedOn: "",
    conferredBy: "",
  };
  const form = useForm<TEnteredAwardInput>({ resolver: enteredAwardResolver, defaultValues: empty });
  const f = useRecordForm(form, (v) => createEnteredAwardAction(personId, v), "kt", empty);
  return (
    <Shell
      label="Thêm khen thưởng đã có"
      onSubmit={f.submit}
      formError={f.formError}
      submitting={f.submitting}
      submitText="Thêm vào lịch sử"
    >
      <Field {...f.field("catalogueCode")} label="Theo danh mục">
        {(props) => (
          <select {...props}>
            <option value="">Khác (ghi tên)</option>
            {catalogue
              .filter((c) => c.nominee.includes("INDIVIDUAL"))
              .map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field {...f.field("name")} label="Tên danh hiệu, hình thức" required>
        {(props) => <input {...props} />}
      </Field>
      <Field {...f.field("year")} label="Năm thành tích" required>
        {(props) => <input {...props} type="number" inputMode="numeric" />}
      </Field>
      <Field {...f.field("decisionNumber")} label="Số quyết định" required>
        {(props) => <input {...props} />}
      </Field>
      <Field {...f.field("decidedOn")} label="Ngày quyết định" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <Field {...f.field("conferredBy")} label="Cấp khen thưởng" required>
        {(props) => <input {...props} />}
      </Field>
    </Shell>
  );
}

/** A complaint or inspection; with `id`, edits it (typically to close it). */
export function HoldForm({
  subject,
  id,
  initial,
  rowVersion = null,
}: {
  subject: { personId: string } | { organisationId: string };
  id?: string;
  initial?: THoldInput;
  /** The loaded hold's version (edit form): a save made after someone else's is refused, not lost. */
  rowVersion?: number | null;
}) {
  const empty: THoldInput = { kind: "COMPLAINT", note: "", openedOn: "", closedOn: "" };
  const form = useForm<THoldInput>({ resolver: holdResolver, defaultValues: initial ?? empty });
  const prefix = id ? `dt-${id}` : "dt";
  const f = useRecordForm(
    form,
    (v, version) => (id && version !== null ? updateHoldAction(id, version, v) : createHoldAction(subject, v)),
    prefix,
    id ? undefined : empty,
    rowVersion,
  );
  return (
    <Shell
      label={id ? "Sửa đơn thư, thanh tra" : "Thêm đơn thư, thanh tra"}
      onSubmit={f.submit}
      formError={f.formError}
      submitting={f.submitting}
      submitText={id ? "Lưu thay đổi" : "Ghi nhận"}
      current={
        f.current ? (
          <CurrentValues
            current={f.current}
            typed={form.getValues()}
            labels={{
              kind: { label: "Loại việc", show: (v) => HOLD_KIND_LABELS[v as THoldInput["kind"]] ?? "" },
              note: "Nội dung",
              openedOn: "Từ ngày",
              closedOn: "Đã kết luận ngày",
            }}
          />
        ) : null
      }
    >
      <Field {...f.field("kind")} label="Loại việc" required>
        {(props) => (
          <select {...props}>
            {HOLD_KINDS.map((k) => (
              <option key={k} value={k}>
                {HOLD_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field {...f.field("note")} label="Nội dung" required>
        {(props) => <input {...props} />}
      </Field>
      <Field {...f.field("openedOn")} label="Từ ngày" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <Field {...f.field("closedOn")} label="Đã kết luận ngày" hint="Để trống khi đang xác minh.">
        {(props) => <DateInput {...props} />}
      </Field>
    </Shell>
  );
}
