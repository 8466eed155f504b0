"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { DecisionForms } from "@/components/forms/decision-forms";
import { Field } from "@/components/ui/field";
import { forwardRegistrationsAction, reopenRegistrationAction, reviewRegistrationAction } from "../actions";
import { DateInput } from "@/components/ui/date-input";

/** Approve or return (with a reason) one unit's registration. */
export function ReviewForm({
  planId,
  registrationId,
  unitName,
}: {
  planId: string;
  registrationId: string;
  unitName: string;
}) {
  return (
    <DecisionForms
      action={reviewRegistrationAction}
      hidden={{ planId, registrationId }}
      approveLabel="Duyệt"
      reasonId={`ly-do-${registrationId}`}
      reasonLabel={`Lý do trả lại (${unitName})`}
      name={`đăng ký của ${unitName}`}
    />
  );
}

/** Reopens one unit's registration of a year after the deadline (the issuing unit's own included). */
export function ReopenForm({
  planId,
  year,
  unitId,
  unitName,
  today,
}: {
  planId: string;
  year: number;
  /** Absent: the actor's own unit (the issuing unit reopening its own registration). */
  unitId?: string;
  unitName: string;
  today: string;
}) {
  const [state, action, pending] = useActionState(reopenRegistrationAction, null);
  const error = state && !state.ok ? (state.fieldErrors.until ?? state.error) : undefined;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" aria-label={`Mở lại đăng ký cho ${unitName}`}>
      <input type="hidden" name="planId" value={planId} />
      {unitId ? <input type="hidden" name="unitId" value={unitId} /> : null}
      <input type="hidden" name="year" value={year} />
      <Field id={`mo-lai-${unitId ?? "minh"}`} label={`Mở lại đến ngày (${unitName})`} error={error}>
        {(props) => <DateInput {...props} name="until" min={today} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        Mở lại
      </Button>
      {state?.ok ? <span className="text-xs text-green-800">Đã mở lại.</span> : null}
    </form>
  );
}

/** Forwards the approved registrations up, as this unit's registration for the higher plan. */
export function ForwardForm({ planId, year }: { planId: string; year: number }) {
  const [state, action, pending] = useActionState(forwardRegistrationsAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="year" value={year} />
      <Button type="submit" disabled={pending}>
        Tổng hợp gửi cấp trên
      </Button>
      {state && !state.ok ? <Notice tone="error">{state.error}</Notice> : null}
      {state?.ok ? (
        <Notice tone="success">
          Đã lập bản đăng ký gửi cấp trên ({state.data.rows} dòng); kiểm tra rồi gửi ở kế hoạch cấp trên.
        </Notice>
      ) : null}
    </form>
  );
}
