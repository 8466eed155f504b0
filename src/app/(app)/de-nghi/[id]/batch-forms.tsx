"use client";

import { useActionState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { TNominee, TNomineeInput } from "@/schemas/nomination";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Field } from "@/components/ui/field";
import { fieldProps } from "@/components/forms/field-props";
import { useActionForm } from "@/components/forms/use-action-form";
import { DecisionForms } from "@/components/forms/decision-forms";
import {
  addNomineeAction,
  decideBatchAction,
  reviewDocumentAction,
  submitBatchAction,
  withdrawBatchAction,
} from "../actions";
import { DateInput } from "@/components/ui/date-input";
import { useSavedOnSuccess } from "@/components/forms/saved-status";

// Zod and the schema come when the form first checks, not with the page (lazy-zod-resolver.ts).
const nomineeResolver = lazyZodResolver<TNomineeInput, TNominee>(() =>
  import("@/schemas/nomination").then((m) => m.ZNomineeInput),
);

type Choice = { id: string; label: string };

export function AddNomineeForm({
  batchId,
  kind,
  people,
  organisations,
  unitName,
  categories,
  period,
}: {
  batchId: string;
  kind: "INDIVIDUAL" | "COLLECTIVE";
  people: Choice[];
  organisations: Choice[];
  unitName: string;
  categories: string[];
  period: { from: string; to: string };
}) {
  const router = useRouter();
  const form = useForm<TNomineeInput, unknown, TNominee>({
    resolver: nomineeResolver,
    defaultValues: {
      kind,
      personId: "",
      organisationId: "",
      category: categories[0] ?? "",
      summary: "",
      periodFrom: period.from,
      periodTo: period.to,
    },
  });
  const { submit, formError, submitting } = useActionForm(
    form,
    (v) => addNomineeAction(batchId, v),
    () => {
      form.reset({ ...form.getValues(), personId: "", organisationId: "", summary: "" });
      router.refresh();
    },
    null,
    { saved: "Đã thêm vào tờ trình." },
  );
  const field = fieldProps(form);
  return (
    <form
      onSubmit={submit}
      className="grid gap-x-4 sm:grid-cols-2"
      noValidate
      aria-label="Thêm người, tập thể được đề nghị"
    >
      {formError ? (
        <div className="sm:col-span-2">
          <Notice tone="error">{formError}</Notice>
        </div>
      ) : null}
      {kind === "INDIVIDUAL" ? (
        <Field {...field("personId")} label="Cá nhân được đề nghị" required>
          {(props) => (
            <select {...props}>
              <option value="">— Chọn —</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <Field {...field("organisationId")} label="Tập thể được đề nghị" required>
          {(props) => (
            <select {...props}>
              <option value="">{unitName}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {categories.length ? (
        <Field {...field("category")} label="Nhóm chỉ tiêu">
          {(props) => (
            <select {...props}>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field {...field("periodFrom")} label="Thành tích từ ngày" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <Field {...field("periodTo")} label="Thành tích đến ngày" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <div className="sm:col-span-2">
        <Field {...field("summary")} label="Tóm tắt thành tích" required>
          {(props) => <textarea {...props} rows={3} />}
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang thêm…" : "Thêm vào tờ trình"}
        </Button>
      </div>
    </form>
  );
}

export function SubmitBatchForm({ batchId }: { batchId: string }) {
  const [state, action, pending] = useActionState(submitBatchAction, null);
  useSavedOnSuccess(state, "Đã gửi tờ trình.");
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="batchId" value={batchId} />
      {state && !state.ok ? (
        <Notice tone="error">
          <span className="whitespace-pre-line">
            {state.fieldErrors.dossier ? `Chưa gửi được — hồ sơ chưa đủ:\n${state.fieldErrors.dossier}` : state.error}
          </span>
        </Notice>
      ) : null}
      <Button type="submit" disabled={pending}>
        Gửi tờ trình
      </Button>
    </form>
  );
}

/** "Rút tờ trình" while the reviewer has not accepted it: back to a draft the unit can fix and send again. */
export function WithdrawBatchForm({ batchId }: { batchId: string }) {
  const [state, action, pending] = useActionState(withdrawBatchAction, null);
  useSavedOnSuccess(state, "Đã rút tờ trình: tờ trình trở lại đang soạn.");
  const error = state && !state.ok ? (state.fieldErrors.reason ?? state.error) : undefined;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" aria-label="Rút tờ trình">
      <input type="hidden" name="batchId" value={batchId} />
      <Field id="ly-do-rut" label="Lý do rút tờ trình" error={error} required>
        {(props) => <input {...props} name="reason" />}
      </Field>
      <Button type="submit" variant="secondary" disabled={pending} className="mb-5">
        Rút tờ trình
      </Button>
    </form>
  );
}

export function ReviewDocumentForm({
  batchId,
  documentId,
  name,
}: {
  batchId: string;
  documentId: string;
  name: string;
}) {
  const [state, action, pending] = useActionState(reviewDocumentAction, null);
  useSavedOnSuccess(state, `Đã lưu kết quả thẩm định: ${name}.`);
  const error = state && !state.ok ? (state.fieldErrors.comment ?? state.error) : undefined;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" aria-label={`Thẩm định: ${name}`}>
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="documentId" value={documentId} />
      <Field id={`nx-${documentId}`} label={`Nhận xét về “${name}”`} error={error}>
        {(props) => <input {...props} name="comment" />}
      </Field>
      {/* "Cần sửa" first: Enter in the comment box asks for a correction, never accepts. */}
      <Button type="submit" name="state" value="NEEDS_CORRECTION" variant="secondary" disabled={pending}>
        Cần sửa
      </Button>
      <Button type="submit" name="state" value="ACCEPTED" disabled={pending}>
        Đạt
      </Button>
    </form>
  );
}

export function DecideBatchForm({ batchId }: { batchId: string }) {
  return (
    <DecisionForms
      action={decideBatchAction}
      hidden={{ batchId }}
      approveLabel="Chấp nhận, chuyển Hội đồng"
      reasonId="ly-do-tra"
      reasonLabel="Lý do trả lại"
      name="tờ trình"
    />
  );
}
