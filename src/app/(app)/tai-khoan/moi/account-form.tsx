"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { IssuedLinkView, TAccountInput } from "@/schemas/account";
import type { ActionResult } from "@/schemas/action-result";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps } from "@/components/forms/field-props";
import { IssuedLink } from "@/components/forms/issued-link";
import { RoleCheckboxes } from "../role-checkboxes";

// Zod and the schema come when the form first checks, not with the page (lazy-zod-resolver.ts).
const accountResolver = lazyZodResolver<TAccountInput>(() => import("@/schemas/account").then((m) => m.ZAccountInput));

export type UnitChoice = { id: string; label: string };

/**
 * Invites an account to roles in a unit (the administrator's own, or one below it for a unit's
 * administrators); the operator area uses it too, with its own action. After saving, the link
 * to hand over — the same panel whether the email already had an account or not.
 */
export function AccountForm({
  units,
  unitId,
  defaultRoles = ["OFFICER"],
  action,
}: {
  units: UnitChoice[];
  unitId: string;
  defaultRoles?: TAccountInput["roles"];
  action: (input: TAccountInput) => Promise<ActionResult<IssuedLinkView>>;
}) {
  const [issued, setIssued] = useState<IssuedLinkView | null>(null);
  const form = useForm<TAccountInput>({
    resolver: accountResolver,
    defaultValues: { unitId, email: "", name: "", roles: defaultRoles },
  });
  // IssuedLink says "Đã tạo lời mời" with the link to hand over.
  const { submit, formError, submitting } = useActionForm(
    form,
    action,
    (link) => {
      setIssued(link);
      form.reset({ ...form.getValues(), email: "", name: "" });
    },
    null,
    { saved: false },
  );
  // Prefixed: the header's unit switcher already uses the id "unitId".
  const field = fieldProps(form, "moi");
  return (
    <div className="max-w-xl space-y-4">
      {issued ? <IssuedLink link={issued} what="Đã tạo lời mời" /> : null}
      <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-300 bg-white p-6" noValidate>
        {formError ? <Notice tone="error">{formError}</Notice> : null}
        <Field {...field("unitId")} label="Đơn vị" required>
          {(props) => (
            <select {...props}>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          {...field("email")}
          label="Thư điện tử (tên đăng nhập)"
          required
          hint="Người được mời nhận vai trò qua liên kết mời: đặt mật khẩu nếu chưa có tài khoản, hoặc xác nhận bằng mật khẩu của mình."
        >
          {(props) => <input {...props} type="email" autoComplete="off" />}
        </Field>
        <Field {...field("name")} label="Họ và tên" required>
          {(props) => <input {...props} autoComplete="off" />}
        </Field>
        <RoleCheckboxes register={form.register("roles")} error={form.formState.errors.roles?.message} />
        <p className="text-xs text-slate-600">
          Chủ tịch và Thành viên Hội đồng do quản trị của đơn vị cấp trên (hoặc quản trị hệ thống) cấp; không ai tự cấp
          cho mình.
        </p>
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang tạo lời mời…" : "Tạo lời mời"}
        </Button>
      </form>
    </div>
  );
}
