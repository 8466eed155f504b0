"use client";

import { useActionState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZNomineeInput, type TNominee, type TNomineeInput } from "@/schemas/nomination";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Field, errorId, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { DecisionForms } from "@/components/forms/decision-forms";
import {
  addNomineeAction,
  decideBatchAction,
  reviewDocumentAction,
  submitBatchAction,
  uploadDocumentAction,
} from "../actions";

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
    resolver: zodResolver(ZNomineeInput),
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
  );
  const e = form.formState.errors;
  const attrs = (id: string, invalid: boolean) => ({
    id,
    className: inputClass,
    "aria-invalid": invalid,
    "aria-describedby": errorId(id),
  });
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
        <Field id="personId" label="Cá nhân được đề nghị" error={e.personId?.message} required>
          <select {...attrs("personId", Boolean(e.personId))} {...form.register("personId")}>
            <option value="">— Chọn —</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <Field id="organisationId" label="Tập thể được đề nghị" error={e.organisationId?.message} required>
          <select {...attrs("organisationId", Boolean(e.organisationId))} {...form.register("organisationId")}>
            <option value="">{unitName}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </Field>
      )}
      {categories.length ? (
        <Field id="category" label="Nhóm chỉ tiêu" error={e.category?.message}>
          <select {...attrs("category", Boolean(e.category))} {...form.register("category")}>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field id="periodFrom" label="Thành tích từ ngày" error={e.periodFrom?.message} required>
        <input type="date" {...attrs("periodFrom", Boolean(e.periodFrom))} {...form.register("periodFrom")} />
      </Field>
      <Field id="periodTo" label="Thành tích đến ngày" error={e.periodTo?.message} required>
        <input type="date" {...attrs("periodTo", Boolean(e.periodTo))} {...form.register("periodTo")} />
      </Field>
      <div className="sm:col-span-2">
        <Field id="summary" label="Tóm tắt thành tích" error={e.summary?.message} required>
          <textarea rows={3} {...attrs("summary", Boolean(e.summary))} {...form.register("summary")} />
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

export function UploadForm({ batchId, documentId, name }: { batchId: string; documentId: string; name: string }) {
  const [state, action, pending] = useActionState(uploadDocumentAction, null);
  const id = `tep-${documentId}`;
  const error = state && !state.ok ? (state.fieldErrors.file ?? state.error) : undefined;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" aria-label={`Tải lên: ${name}`}>
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="documentId" value={documentId} />
      <div>
        <label htmlFor={id} className="block text-xs font-medium">
          Tệp cho “{name}” (PDF, DOCX, JPG, PNG; tối đa 10 MB)
        </label>
        <input
          id={id}
          name="file"
          type="file"
          accept=".pdf,.docx,.jpg,.jpeg,.png"
          className="text-sm"
          aria-describedby={errorId(id)}
          aria-invalid={Boolean(error)}
        />
        <p id={errorId(id)} className="text-xs text-red-700">
          {error ?? ""}
        </p>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        Tải lên
      </Button>
    </form>
  );
}

export function SubmitBatchForm({ batchId }: { batchId: string }) {
  const [state, action, pending] = useActionState(submitBatchAction, null);
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
  const id = `nx-${documentId}`;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" aria-label={`Thẩm định: ${name}`}>
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="documentId" value={documentId} />
      <div>
        <label htmlFor={id} className="block text-xs font-medium">
          Nhận xét về “{name}”
        </label>
        <input
          id={id}
          name="comment"
          className={inputClass}
          aria-invalid={Boolean(state && !state.ok && state.fieldErrors.comment)}
          aria-describedby={errorId(id)}
        />
        <p id={errorId(id)} className="text-xs text-red-700">
          {state && !state.ok ? (state.fieldErrors.comment ?? state.error) : ""}
        </p>
      </div>
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
