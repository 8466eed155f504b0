"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { TChangePassword } from "@/schemas/account";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps } from "@/components/forms/field-props";
import { MIN_PASSWORD_LENGTH } from "@/domain/auth/invitations";
import { changePasswordAction } from "./actions";

// Zod and the schema come when the form first checks, not with the page (lazy-zod-resolver.ts).
const passwordResolver = lazyZodResolver<TChangePassword>(() =>
  import("@/schemas/account").then((m) => m.ZChangePassword),
);

/** "Tài khoản của tôi": the current password, then the new one twice. Used by unit users and operators alike. */
export function ChangePasswordForm() {
  const [done, setDone] = useState(false);
  const form = useForm<TChangePassword>({
    resolver: passwordResolver,
    defaultValues: { current: "", password: "", confirm: "" },
  });
  const { submit, formError, submitting } = useActionForm(
    form,
    changePasswordAction,
    () => {
      setDone(true);
      form.reset();
    },
    null,
    { saved: false },
  );
  const field = fieldProps(form);
  return (
    <form onSubmit={submit} className="max-w-xl space-y-3 rounded-lg border border-slate-300 bg-white p-6" noValidate>
      {done ? (
        <Notice tone="success">Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã kết thúc.</Notice>
      ) : null}
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field {...field("current")} label="Mật khẩu đang dùng" required>
        {(props) => <input {...props} type="password" autoComplete="current-password" />}
      </Field>
      <Field {...field("password")} label="Mật khẩu mới" required hint={`Ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`}>
        {(props) => <input {...props} type="password" autoComplete="new-password" />}
      </Field>
      <Field {...field("confirm")} label="Nhập lại mật khẩu mới" required>
        {(props) => <input {...props} type="password" autoComplete="new-password" />}
      </Field>
      <Button type="submit" disabled={submitting}>
        {submitting ? "Đang lưu…" : "Đổi mật khẩu"}
      </Button>
    </form>
  );
}
