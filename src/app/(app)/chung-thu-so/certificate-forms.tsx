"use client";

import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useFileLimit } from "@/components/forms/file-limit";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "@/lib/file-types";
import { removeSigningCertificateAction, uploadSigningCertificateAction } from "./actions";

export function CertificateForms({ hasCertificate }: { hasCertificate: boolean }) {
  const [state, action, pending] = useActionState(uploadSigningCertificateAction, null);
  const [removed, remove, removing] = useActionState(removeSigningCertificateAction, null);
  const [confirming, setConfirming] = useState(false);
  const limit = useFileLimit(MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE);
  const fe = limit.error ? { file: limit.error } : state && !state.ok ? state.fieldErrors : {};
  return (
    <div className="space-y-6">
      <form
        action={action}
        onSubmit={limit.onSubmit}
        className="space-y-4 rounded-lg border border-slate-300 bg-white p-4"
        aria-labelledby="tai-len"
      >
        <h2 id="tai-len" className="text-sm font-semibold">
          {hasCertificate ? "Thay chứng thư số" : "Tải chứng thư số lên"}
        </h2>
        <Field id="p12" label="Tệp chứng thư số (.p12, .pfx)" error={fe.file} required>
          {(props) => (
            <input
              {...props}
              name="file"
              type="file"
              accept=".p12,.pfx,application/x-pkcs12"
              className="block w-full text-sm"
            />
          )}
        </Field>
        <Field id="passphrase" label="Mật khẩu của tệp" error={fe.passphrase} required>
          {(props) => <input {...props} name="passphrase" type="password" autoComplete="off" />}
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? "Đang kiểm tra…" : "Lưu chứng thư số"}
        </Button>
        {state && !state.ok && !fe.file && !fe.passphrase ? <Notice tone="error">{state.error}</Notice> : null}
        {state?.ok ? <Notice tone="success">Đã lưu chứng thư số của đơn vị.</Notice> : null}
      </form>
      {hasCertificate ? (
        <form action={remove} className="space-y-2">
          {confirming ? (
            <>
              <p className="text-sm">
                Gỡ chứng thư số? Văn thư sẽ không ký số được trên ứng dụng đến khi tải chứng thư mới.
              </p>
              <div className="flex flex-wrap gap-2">
                <Button type="submit" variant="danger" disabled={removing}>
                  Gỡ chứng thư số
                </Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  Không gỡ
                </Button>
              </div>
            </>
          ) : (
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              Gỡ chứng thư số…
            </Button>
          )}
          {removed && !removed.ok ? <Notice tone="error">{removed.error}</Notice> : null}
        </form>
      ) : removed?.ok ? (
        <Notice tone="success">Đã gỡ chứng thư số.</Notice>
      ) : null}
    </div>
  );
}
