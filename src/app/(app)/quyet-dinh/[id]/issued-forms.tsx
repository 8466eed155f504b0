"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { DelayedProgress } from "@/components/ui/delayed-progress";
import { useFileLimit } from "@/components/forms/file-limit";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "@/lib/file-types";
import { SIGNATURE_HEADLINES } from "@/domain/documents/signature-verdict";
import { recordSignedDecisionAction, signWithUnitCertificateAction } from "../actions";

/** "Ghi nhận văn bản đã ký": upload the signed PDF; its signatures are read and shown on the page. */
export function RecordSignedForm({ decisionId, replacing }: { decisionId: string; replacing: boolean }) {
  const [state, action, pending] = useActionState(recordSignedDecisionAction, null);
  const limit = useFileLimit(MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE);
  const fe = limit.error ? { file: limit.error } : state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} onSubmit={limit.onSubmit} className="space-y-3">
      <input type="hidden" name="decisionId" value={decisionId} />
      <Field
        id="signed-file"
        label={replacing ? "Thay bằng tệp PDF đã ký khác" : "Tệp PDF đã ký"}
        error={fe.file}
        required
        hint="Bản PDF có chữ ký số (ký bằng USB token) hoặc bản chụp văn bản giấy đã ký; tối đa 10 MB."
      >
        {(props) => (
          <input {...props} name="file" type="file" accept=".pdf,application/pdf" className="block w-full text-sm" />
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Đang kiểm tra chữ ký…" : "Ghi nhận văn bản đã ký"}
      </Button>
      <DelayedProgress active={pending} label="Đang tải lên và kiểm tra chữ ký số…" />
      {state && !state.ok && !fe.file ? <Notice tone="error">{state.error}</Notice> : null}
      {state?.ok ? (
        <Notice tone={state.data.status === "VALID" ? "success" : "info"}>
          Đã ghi nhận văn bản: {SIGNATURE_HEADLINES[state.data.status]}.
        </Notice>
      ) : null}
    </form>
  );
}

/** "Ký số bằng chứng thư của đơn vị": the server signs the decision's PDF and records it. */
export function SignWithUnitForm({ decisionId, subject }: { decisionId: string; subject: string }) {
  const [state, action, pending] = useActionState(signWithUnitCertificateAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="decisionId" value={decisionId} />
      <p className="text-sm text-slate-700">Chứng thư số của đơn vị: {subject}.</p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Đang ký…" : "Ký số bằng chứng thư của đơn vị"}
      </Button>
      {state && !state.ok ? <Notice tone="error">{state.error}</Notice> : null}
      {state?.ok ? (
        <Notice tone={state.data.status === "VALID" ? "success" : "info"}>
          Đã ký và ghi nhận văn bản: {SIGNATURE_HEADLINES[state.data.status]}.
        </Notice>
      ) : null}
    </form>
  );
}
