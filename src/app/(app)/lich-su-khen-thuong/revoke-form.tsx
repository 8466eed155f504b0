"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { ZRevocation } from "@/schemas/council";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps } from "@/components/forms/field-props";
import { revokeAwardAction } from "./actions";
import { DateInput } from "@/components/ui/date-input";

type TRevocation = z.input<typeof ZRevocation>;

/** Revokes one award: the revoking decision's number and date, and why (opened by RevokeDisclosure). */
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
  // One form per row: ids carry the award's id so labels stay unique.
  const field = fieldProps(form, `th-${awardId}`);
  return (
    <form onSubmit={submit} className="mt-2 w-64 space-y-1" noValidate aria-label={`Thu hồi khen thưởng của ${label}`}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field {...field("decisionNumber")} label="Số quyết định thu hồi" required>
        {(props) => <input {...props} placeholder="05/QĐ-UBND" />}
      </Field>
      <Field {...field("revokedOn")} label="Ngày thu hồi" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <Field {...field("reason")} label="Lý do thu hồi" required>
        {(props) => <textarea {...props} rows={2} />}
      </Field>
      <Button type="submit" variant="danger" disabled={submitting}>
        {submitting ? "Đang thu hồi…" : "Thu hồi khen thưởng"}
      </Button>
    </form>
  );
}
