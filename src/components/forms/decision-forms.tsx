"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/schemas/action-result";
import { useSavedOnSuccess } from "./saved-status";

type Action = (prev: ActionResult | null, form: FormData) => Promise<ActionResult>;

/**
 * Approve / return, as two forms: pressing Enter in the reason box can only return (with that
 * reason), never approve — an approval cannot be undone.
 */
export function DecisionForms({
  action,
  hidden,
  approveLabel,
  returnLabel = "Trả lại",
  reasonId,
  reasonLabel,
  name,
}: {
  action: Action;
  hidden: Record<string, string>;
  approveLabel: string;
  returnLabel?: string;
  reasonId: string;
  reasonLabel: string;
  name: string;
}) {
  const [approveState, approve, approving] = useActionState(action, null);
  const [returnState, giveBack, returning] = useActionState(action, null);
  useSavedOnSuccess(approveState, `Đã xong: ${approveLabel}.`);
  useSavedOnSuccess(returnState, `Đã trả lại ${name}.`);
  // Controlled: React resets uncontrolled fields after every action, which would drop a reason
  // the reviewer typed when the return is refused.
  const [reason, setReason] = useState("");
  const fields = Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />);
  const reasonError = returnState && !returnState.ok ? (returnState.fieldErrors.reason ?? "") : "";
  return (
    <div className="flex flex-wrap items-end gap-4">
      <form action={approve} aria-label={`${approveLabel}: ${name}`}>
        {fields}
        <input type="hidden" name="decision" value="approve" />
        <Button type="submit" disabled={approving || returning}>
          {approveLabel}
        </Button>
        {approveState && !approveState.ok ? <Notice tone="error">{approveState.error}</Notice> : null}
      </form>
      <form action={giveBack} className="flex flex-wrap items-end gap-2" aria-label={`${returnLabel}: ${name}`}>
        {fields}
        <input type="hidden" name="decision" value="return" />
        <Field id={reasonId} label={reasonLabel} error={reasonError}>
          {(props) => <input {...props} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <Button type="submit" variant="secondary" disabled={approving || returning}>
          {returnLabel}
        </Button>
        {returnState && !returnState.ok && !returnState.fieldErrors.reason ? (
          <Notice tone="error">{returnState.error}</Notice>
        ) : null}
      </form>
    </div>
  );
}
