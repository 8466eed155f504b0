"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { ZRevocation } from "@/schemas/council";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Field, errorId, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { revokeAwardAction } from "./actions";

type TRevocation = z.input<typeof ZRevocation>;

/** Revokes one award: the revoking decision's number and date, and why. */
export function RevokeForm({ awardId, label, today }: { awardId: string; label: string; today: string }) {
  const router = useRouter();
  const form = useForm<TRevocation>({
    resolver: zodResolver(ZRevocation),
    defaultValues: { reason: "", decisionNumber: "", revokedOn: today },
  });
  const { submit, formError, submitting } = useActionForm(
    form,
    (v) => revokeAwardAction(awardId, v),
    () => router.refresh(),
  );
  const e = form.formState.errors;
  // One form per row: ids carry the award's id so labels stay unique.
  const field = (name: keyof TRevocation) => ({
    id: `th-${awardId}-${name}`,
    className: inputClass,
    "aria-invalid": Boolean(e[name]),
    "aria-describedby": errorId(`th-${awardId}-${name}`),
    ...form.register(name),
  });
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-sm font-medium text-red-800 underline">
        Thu hồi<span className="sr-only"> khen thưởng của {label}</span>
      </summary>
      <form
        onSubmit={submit}
        className="mt-2 w-64 space-y-1"
        noValidate
        aria-label={`Thu hồi khen thưởng của ${label}`}
      >
        {formError ? <Notice tone="error">{formError}</Notice> : null}
        <Field
          id={`th-${awardId}-decisionNumber`}
          label="Số quyết định thu hồi"
          error={e.decisionNumber?.message}
          required
        >
          <input {...field("decisionNumber")} placeholder="05/QĐ-UBND" />
        </Field>
        <Field id={`th-${awardId}-revokedOn`} label="Ngày thu hồi" error={e.revokedOn?.message} required>
          <input type="date" {...field("revokedOn")} />
        </Field>
        <Field id={`th-${awardId}-reason`} label="Lý do thu hồi" error={e.reason?.message} required>
          <textarea rows={2} {...field("reason")} />
        </Field>
        <Button type="submit" variant="danger" disabled={submitting}>
          {submitting ? "Đang thu hồi…" : "Thu hồi khen thưởng"}
        </Button>
      </form>
    </details>
  );
}
