"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { TRolesInput } from "@/schemas/account";
import type { RoleCode } from "@/domain/auth/permissions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { setRolesAction } from "../actions";
import { RoleCheckboxes } from "../role-checkboxes";

// Zod and the schema come when the form first checks, not with the page (lazy-zod-resolver.ts).
const resolver = lazyZodResolver<TRolesInput>(() => import("@/schemas/account").then((m) => m.ZRolesInput));

export function RolesForm({
  userId,
  unitId,
  roles,
  back,
}: {
  userId: string;
  unitId: string;
  roles: RoleCode[];
  back: string;
}) {
  const router = useRouter();
  const form = useForm<TRolesInput>({ resolver, defaultValues: { roles } });
  const { submit, formError, submitting } = useActionForm(
    form,
    (v) => setRolesAction(userId, unitId, v),
    () => {
      router.push(back);
      router.refresh();
    },
  );
  return (
    <form onSubmit={submit} className="max-w-xl space-y-3 rounded-lg border border-slate-300 bg-white p-6" noValidate>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <RoleCheckboxes register={form.register("roles")} checked={roles} error={form.formState.errors.roles?.message} />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Đang lưu…" : "Lưu vai trò"}
      </Button>
    </form>
  );
}
