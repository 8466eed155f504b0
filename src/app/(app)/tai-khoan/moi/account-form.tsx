"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZAccountInput, type TAccountInput } from "@/schemas/account";
import { Field, errorId, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
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
  return (
    <form onSubmit={submit} className="max-w-xl space-y-3 rounded-lg border border-slate-300 bg-white p-6" noValidate>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field id="email" label="Thư điện tử (tên đăng nhập)" error={e.email?.message} required>
        <input
          id="email"
          type="email"
          className={inputClass}
          aria-invalid={Boolean(e.email)}
          aria-describedby={errorId("email")}
          {...form.register("email")}
        />
      </Field>
      <Field id="name" label="Họ và tên" error={e.name?.message} required>
        <input
          id="name"
          className={inputClass}
          aria-invalid={Boolean(e.name)}
          aria-describedby={errorId("name")}
          {...form.register("name")}
        />
      </Field>
      <Field
        id="password"
        label="Mật khẩu ban đầu"
        error={e.password?.message}
        hint="Bỏ trống nếu tài khoản đã có ở đơn vị khác."
      >
        <input
          id="password"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          aria-invalid={Boolean(e.password)}
          aria-describedby={errorId("password")}
          {...form.register("password")}
        />
      </Field>
      <RoleCheckboxes register={form.register("roles")} error={e.roles?.message} />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Đang lưu…" : "Thêm tài khoản"}
      </Button>
    </form>
  );
}
