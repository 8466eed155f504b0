"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZAccountInput, type TAccountInput } from "@/schemas/account";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps } from "@/components/forms/field-props";
import { addAccountAction } from "../actions";
import { RoleCheckboxes } from "../role-checkboxes";

export function AccountForm() {
  const router = useRouter();
  const form = useForm<TAccountInput>({
    resolver: zodResolver(ZAccountInput),
    defaultValues: { email: "", name: "", password: "", roles: ["OFFICER"] },
  });
  const { submit, formError, submitting } = useActionForm(form, addAccountAction, () => {
    router.push("/tai-khoan");
    router.refresh();
  });
  const e = form.formState.errors;
  const field = fieldProps(form);
  return (
    <form onSubmit={submit} className="max-w-xl space-y-3 rounded-lg border border-slate-300 bg-white p-6" noValidate>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field {...field("email")} label="Thư điện tử (tên đăng nhập)" required>
        {(props) => <input {...props} type="email" />}
      </Field>
      <Field {...field("name")} label="Họ và tên" required>
        {(props) => <input {...props} />}
      </Field>
      <Field {...field("password")} label="Mật khẩu ban đầu" hint="Bỏ trống nếu tài khoản đã có ở đơn vị khác.">
        {(props) => <input {...props} type="password" autoComplete="new-password" />}
      </Field>
      <RoleCheckboxes register={form.register("roles")} error={e.roles?.message} />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Đang lưu…" : "Thêm tài khoản"}
      </Button>
    </form>
  );
}
