"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useFileLimit } from "@/components/forms/file-limit";
import { TRUSTED_CERTIFICATE_MAX_BYTES, TRUSTED_CERTIFICATE_TOO_LARGE } from "@/schemas/trusted-certificate-labels";
import { uploadTrustedCertificateAction } from "./actions";

/** One file of CA certificates (a .cer, or a .pem bundle of a root and its licensed CAs). */
export function TrustedCertificateUpload() {
  const [state, action, pending] = useActionState(uploadTrustedCertificateAction, null);
  const limit = useFileLimit(TRUSTED_CERTIFICATE_MAX_BYTES, TRUSTED_CERTIFICATE_TOO_LARGE);
  const fe = limit.error ? { file: limit.error } : state && !state.ok ? state.fieldErrors : {};
  return (
    <form
      action={action}
      onSubmit={limit.onSubmit}
      className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-4"
      aria-labelledby="them-chung-thu"
    >
      <h2 id="them-chung-thu" className="text-sm font-semibold">
        Thêm chứng thư tin cậy
      </h2>
      <Field
        id="trusted-file"
        label="Tệp chứng thư số của tổ chức cấp (.cer, .crt, .der, .pem)"
        error={fe.file}
        hint="Chứng thư gốc (Root CA) của Bộ/Trung tâm Chứng thực điện tử quốc gia hoặc chứng thư của tổ chức cung cấp dịch vụ chứng thực được cấp phép; một tệp .pem có thể chứa nhiều chứng thư."
        required
      >
        {(props) => (
          <input
            {...props}
            name="file"
            type="file"
            accept=".cer,.crt,.der,.pem,application/pkix-cert,application/x-x509-ca-cert"
            className="block w-full text-sm"
          />
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Đang kiểm tra…" : "Thêm vào danh sách tin cậy"}
      </Button>
      {state && !state.ok && !fe.file ? <Notice tone="error">{state.error}</Notice> : null}
      {state?.ok ? (
        <Notice tone="success">
          Đã thêm: {state.data.added.join("; ")}
          {state.data.skipped ? ` (${state.data.skipped} chứng thư đã có trong danh sách)` : ""}.
        </Notice>
      ) : null}
    </form>
  );
}
