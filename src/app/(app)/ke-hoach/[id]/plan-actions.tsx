"use client";

import { useActionState } from "react";
import Link from "next/link";
import type { PlanAction } from "@/domain/plans/lifecycle";
import { Button, buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Field } from "@/components/ui/field";
import { DeleteButton } from "@/components/forms/delete-button";
import { cascadePlanAction, deletePlanAction, transitionPlanAction } from "../actions";
import { DateInput } from "@/components/ui/date-input";

const LABELS: Partial<Record<PlanAction, string>> = {
  submit: "Trình ký",
  return: "Trả lại dự thảo",
  start: "Bắt đầu triển khai",
  close: "Kết thúc kế hoạch",
};

/**
 * What the signed-in user may do with this plan, as the lifecycle rules allow. An officer sees
 * why they cannot issue instead of a button that would be refused.
 */
export function PlanActions({
  planId,
  actions,
  canWriteHere,
  canCascade,
  isDraft,
  today,
}: {
  planId: string;
  actions: PlanAction[];
  canWriteHere: boolean;
  canCascade: boolean;
  isDraft: boolean;
  today: string;
}) {
  const [state, transition, pending] = useActionState(transitionPlanAction, null);
  const [cascadeState, cascade, cascading] = useActionState(cascadePlanAction, null);
  const fe = state && !state.ok ? state.fieldErrors : {};
  return (
    <section aria-labelledby="thao-tac" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="thao-tac" className="font-semibold">
        Thao tác
      </h2>
      {state && !state.ok ? <Notice tone="error">{state.error}</Notice> : null}
      {state?.ok ? <Notice tone="success">Đã cập nhật trạng thái kế hoạch.</Notice> : null}
      <div className="flex flex-wrap gap-2">
        {actions.includes("edit") ? (
          <Link href={`/ke-hoach/${planId}/sua`} className={buttonClass("secondary")}>
            Sửa dự thảo
          </Link>
        ) : null}
        {actions.includes("amend") ? (
          <Link href={`/ke-hoach/${planId}/sua`} className={buttonClass("secondary")}>
            Sửa đổi, bổ sung
          </Link>
        ) : null}
        <a href={`/ke-hoach/${planId}/tai-ve`} className={buttonClass("secondary")}>
          Tải về (.docx)
        </a>
        <a href={`/ke-hoach/${planId}/tai-ve-pdf`} className={buttonClass("secondary")}>
          Tải PDF
        </a>
        {(["submit", "return", "start", "close"] as const)
          .filter((a) => actions.includes(a))
          .map((a) => (
            <form key={a} action={transition}>
              <input type="hidden" name="id" value={planId} />
              <input type="hidden" name="action" value={a} />
              <Button type="submit" variant={a === "return" ? "secondary" : "primary"} disabled={pending}>
                {LABELS[a]}
              </Button>
            </form>
          ))}
        {isDraft && actions.includes("edit") ? (
          <DeleteButton
            label="Xoá dự thảo"
            action={deletePlanAction.bind(null, planId)}
            redirectTo="/ke-hoach"
            confirmText="Xoá dự thảo kế hoạch này?"
          />
        ) : null}
      </div>
      {actions.includes("issue") ? (
        <form
          action={transition}
          className="flex flex-wrap items-end gap-3 rounded-md border border-slate-200 p-3"
          aria-label="Ban hành kế hoạch"
        >
          <input type="hidden" name="id" value={planId} />
          <input type="hidden" name="action" value="issue" />
          <Field id="number" label="Số văn bản" error={fe.number} hint="Để trống: lấy số tiếp theo trong năm.">
            {(props) => <input {...props} name="number" inputMode="numeric" className={`${props.className} w-28`} />}
          </Field>
          <Field id="issuedOn" label="Ngày ban hành" error={fe.issuedOn}>
            {(props) => <DateInput {...props} name="issuedOn" defaultValue={today} />}
          </Field>
          <Button type="submit" disabled={pending} className="mb-5">
            Ký ban hành
          </Button>
        </form>
      ) : canWriteHere && (actions.includes("submit") || actions.includes("edit")) ? (
        <p className="text-sm text-slate-700">
          Chỉ Chủ tịch (người đứng đầu) đơn vị mới được ban hành kế hoạch: hãy trình ký.
        </p>
      ) : null}
      {canCascade ? (
        <form action={cascade} className="border-t border-slate-200 pt-3">
          <input type="hidden" name="parentId" value={planId} />
          {cascadeState && !cascadeState.ok ? <Notice tone="error">{cascadeState.error}</Notice> : null}
          <Button type="submit" disabled={cascading}>
            Xây dựng kế hoạch của đơn vị từ kế hoạch này
          </Button>
        </form>
      ) : null}
    </section>
  );
}
