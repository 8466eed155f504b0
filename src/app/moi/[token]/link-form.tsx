"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { TLinkPassword } from "@/schemas/account";
import { MIN_PASSWORD_LENGTH } from "@/domain/auth/invitations";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps } from "@/components/forms/field-props";
import { acceptLinkAction } from "./actions";

// Zod and the schema come when the form first checks, not with the page (lazy-zod-resolver.ts).
const passwordResolver = lazyZodResolver<TLinkPassword>(() => import("@/schemas/account").then((m) => m.ZLinkPassword));

/**
 * One form for every link. For an invitation it reads the same whether the email has an account
 * or not: a new account sets the password typed, an existing one types its own.
 */
export function LinkForm({ token, invitation }: { token: string; invitation: boolean }) {
  const router = useRouter();
  const form = useForm<TLinkPassword>({
    resolver: passwordResolver,
    defaultValues: { password: "", confirm: "" },
  });
  const { submit, formError, submitting } = useActionForm(
    form,
    (v) => acceptLinkAction(token, v),
    () => router.push("/dang-nhap?lien-ket=1"),
    // The sign-in page says it: "Đã lưu. Mời đăng nhập…"
    null,
    { saved: false },
  );
  const field = fieldProps(form);
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field
        {...field("password")}
        label="Mật khẩu"
        required
        hint={
          invitation
            ? `Chưa có tài khoản: đặt mật khẩu mới, ít nhất ${MIN_PASSWORD_LENGTH} ký tự. Đã có tài khoản với thư điện tử này: nhập mật khẩu đang dùng.`
            : `Mật khẩu mới, ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`
        }
      >
        {(props) => <input {...props} type="password" autoComplete="new-password" />}
      </Field>
      <Field {...field("confirm")} label="Nhập lại mật khẩu" required>
        {(props) => <input {...props} type="password" autoComplete="new-password" />}
      </Field>
      <Button type="submit" disabled={submitting} className="w-full">
        {submitting ? "Đang lưu…" : invitation ? "Nhận lời mời" : "Đặt mật khẩu"}
      </Button>
    </form>
  );
}
