"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { TLocalForm, TLocalFormInput } from "@/schemas/local-form";
import { LOCAL_REWARD_KINDS } from "@/schemas/local-form-labels";
import { REWARD_KIND_LABELS } from "@/domain/awards/reward";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps } from "@/components/forms/field-props";
import { createLocalFormAction } from "./actions";

// Zod and the schema come when the form first checks, not with the page (lazy-zod-resolver.ts).
const resolver = lazyZodResolver<TLocalFormInput, TLocalForm>(() =>
  import("@/schemas/local-form").then((m) => m.ZLocalForm),
);

export function LocalFormForm() {
  const router = useRouter();
  const form = useForm<TLocalFormInput, unknown, TLocalForm>({
    resolver,
    defaultValues: { name: "", nominee: ["INDIVIDUAL"], value: "", rewardKind: "CASH", giftDescription: "" },
  });
  const { submit, formError, submitting } = useActionForm(form, createLocalFormAction, () => {
    form.reset();
    router.refresh();
  });
  const e = form.formState.errors;
  const field = fieldProps(form, "lf");
  const rewardKind = form.watch("rewardKind");
  return (
    <form
      onSubmit={submit}
      className="grid gap-x-4 sm:grid-cols-3"
      noValidate
      aria-label="Thêm hình thức khen thưởng của đơn vị"
    >
      {formError ? (
        <div className="sm:col-span-3">
          <Notice tone="error">{formError}</Notice>
        </div>
      ) : null}
      <Field {...field("name")} label="Tên hình thức" required>
        {(props) => <input {...props} />}
      </Field>
      <Field {...field("rewardKind")} label="Hình thức thưởng">
        {(props) => (
          <select {...props}>
            {LOCAL_REWARD_KINDS.map((k) => (
              <option key={k} value={k}>
                {REWARD_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {rewardKind === "NONE" ? null : (
        <Field
          {...field("value")}
          label={rewardKind === "GIFT" ? "Giá trị quà mỗi suất (đồng)" : "Số tiền mỗi suất (đồng)"}
        >
          {(props) => <input {...props} type="number" min={0} />}
        </Field>
      )}
      {rewardKind === "GIFT" ? (
        <Field {...field("giftDescription")} label="Hiện vật" hint="Ví dụ: một phần quà.">
          {(props) => <input {...props} />}
        </Field>
      ) : null}
      <fieldset className="space-y-1" aria-describedby="lf-nominee-loi">
        <legend className="text-sm font-medium">Đối tượng</legend>
        <div className="flex items-center gap-2">
          <input id="lf-ca-nhan" type="checkbox" value="INDIVIDUAL" {...form.register("nominee")} />
          <label htmlFor="lf-ca-nhan" className="text-sm">
            Cá nhân
          </label>
        </div>
        <div className="flex items-center gap-2">
          <input id="lf-tap-the" type="checkbox" value="COLLECTIVE" {...form.register("nominee")} />
          <label htmlFor="lf-tap-the" className="text-sm">
            Tập thể
          </label>
        </div>
        <p id="lf-nominee-loi" className="text-sm text-red-700">
          {e.nominee?.message ?? ""}
        </p>
      </fieldset>
      <div className="sm:col-span-3">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Thêm hình thức"}
        </Button>
      </div>
    </form>
  );
}
