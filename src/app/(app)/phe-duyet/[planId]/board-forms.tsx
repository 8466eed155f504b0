"use client";

import { useActionState, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { z } from "zod";
import type { ZSignDecision } from "@/schemas/decision-signing";
import { ENTERED_FIELD, kindsToEnter, openAmountReason } from "@/domain/awards/amounts";
import type { RewardKind } from "@/domain/awards/reward";
import { HOUSEHOLD_FORM_RULE, type NomineeKind } from "@/domain/law/bonus";
import { eraOn } from "@/domain/law/eras";
import { findEntry } from "@/domain/catalogue/catalogue";
import { recipientKindWord } from "@/domain/labels";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Field } from "@/components/ui/field";
import { fieldProps } from "@/components/forms/field-props";
import { useActionForm } from "@/components/forms/use-action-form";
import { useSavedOnSuccess } from "@/components/forms/saved-status";
import { approveAllPassedAction, approveSelectedAction, decideItemAction, signDecisionAction } from "../actions";
import { DateInput } from "@/components/ui/date-input";

// Zod and the schema come when the form first checks, not with the page (lazy-zod-resolver.ts).
const decisionResolver = lazyZodResolver<TDecisionInput>(() =>
  import("@/schemas/decision-signing").then((m) => m.ZSignDecision),
);

type TDecisionInput = z.input<typeof ZSignDecision>;

/** What decides the money of the decision: how the plan rewards, its value, the catalogue entry's coefficient by date. */
type FormMoney = {
  catalogueCode: string | null;
  cashValue: number | null;
  rewardKind: RewardKind;
  giftDescription: string;
  kinds: NomineeKind[];
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The board's one form: the checkboxes of the listed rows belong to it through their `form`
 * attribute (they sit in the rows, which also hold each row's own "Không phê duyệt" form, and forms
 * may not nest). All the ticked nominees are approved together, or none, with the reason here.
 */
export function ApproveSelectedForm({ planId, formId }: { planId: string; formId: string }) {
  const [state, approve, approving] = useActionState(approveSelectedAction, null);
  // Confirmed here, beside the button, as "Phê duyệt tất cả người đạt" does (not also in the window's corner).
  const boxes = () => document.querySelectorAll<HTMLInputElement>(`input[form="${formId}"][name="itemId"]`);
  return (
    <form id={formId} action={approve} aria-label="Phê duyệt các mục đã chọn" className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex min-h-6 items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="h-6 w-6"
            onChange={(e) => boxes().forEach((b) => (b.checked = e.target.checked))}
          />
          Chọn tất cả trên trang này
        </label>
        <Button type="submit" disabled={approving}>
          {approving ? "Đang phê duyệt…" : "Phê duyệt các mục đã chọn"}
        </Button>
      </div>
      <div aria-live="polite">
        {state?.ok ? <Notice tone="success">Đã phê duyệt {state.data.approved} người, tập thể.</Notice> : null}
        {state && !state.ok ? <Notice tone="error">{state.fieldErrors.itemIds ?? state.error}</Notice> : null}
      </div>
    </form>
  );
}

/** A row's own refusal, with its reason (printed nowhere but kept with the item): one form per open row. */
export function RejectItemForm({ planId, itemId, label }: { planId: string; itemId: string; label: string }) {
  const [state, reject, rejecting] = useActionState(decideItemAction, null);
  useSavedOnSuccess(state, `Đã ghi không phê duyệt: ${label}.`);
  // Controlled: React resets uncontrolled fields after every action, which would drop a reason
  // the chair typed when the refusal is refused.
  const [reason, setReason] = useState("");
  const reasonError = state && !state.ok ? (state.fieldErrors.reason ?? "") : "";
  return (
    <form action={reject} className="flex flex-wrap items-end gap-2" aria-label={`Không phê duyệt: ${label}`}>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="decision" value="return" />
      <Field id={`ly-do-${itemId}`} label="Lý do không phê duyệt" error={reasonError}>
        {(props) => <input {...props} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={rejecting}>
        Không phê duyệt
      </Button>
      {state && !state.ok && !state.fieldErrors.reason ? <Notice tone="error">{state.error}</Notice> : null}
    </form>
  );
}

/**
 * "Phê duyệt tất cả người đạt" of the round shown of one award form (never its other rounds): one confirmation naming how many, then all of them
 * or — past the plan's number, or if a rule now bars one — none, with the reason beside the button.
 */
export function ApproveAllForm({
  planId,
  awardFormId,
  roundId,
  formName,
  pending,
}: {
  planId: string;
  awardFormId: string;
  /** The round shown: each round of a recurring form is approved (and signed) on its own. */
  roundId: string;
  formName: string;
  pending: number;
}) {
  const router = useRouter();
  const [busy, start] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: true; approved: number } | { ok: false; error: string } | null>(null);
  return (
    <div className="flex flex-col items-start gap-2">
      {pending > 0 ? (
        <Button
          disabled={busy}
          onClick={() => {
            if (!window.confirm(`Phê duyệt tất cả ${pending} người, tập thể đạt tại Hội đồng cho “${formName}”?`))
              return;
            setOutcome(null);
            start(async () => {
              const result = await approveAllPassedAction(planId, awardFormId, roundId);
              setOutcome(result.ok ? { ok: true, approved: result.data.approved } : { ok: false, error: result.error });
              if (result.ok) router.refresh();
            });
          }}
        >
          {busy ? "Đang phê duyệt…" : `Phê duyệt tất cả người đạt (${pending})`}
        </Button>
      ) : null}
      <div aria-live="polite">
        {outcome?.ok ? <Notice tone="success">Đã phê duyệt {outcome.approved} người, tập thể.</Notice> : null}
        {outcome && !outcome.ok ? <Notice tone="error">{outcome.error}</Notice> : null}
      </div>
    </div>
  );
}

/**
 * Signs one award form's approved nominees as a decision. Where no amount is known for a kind of
 * awardee (the law gives no coefficient on the decision date, a unit's own form has none, the plan
 * chose a sum or a gift without its value), the form says why and asks the chair for the amount and
 * its reason, printed in the decision, or to confirm "không kèm tiền thưởng". Stays on the page after signing (with the
 * number) even when nobody is left to sign for, so the confirmation is not lost.
 */
export function SignDecisionForm({
  planId,
  awardFormId,
  roundId,
  formName,
  awaiting,
  money,
  defaults,
}: {
  planId: string;
  awardFormId: string;
  /** The round signed (each round of a recurring form has its own decision). */
  roundId: string;
  formName: string;
  awaiting: number;
  money: FormMoney;
  defaults: Pick<TDecisionInput, "decidedOn" | "signerName" | "budgetSource" | "number">;
}) {
  const router = useRouter();
  const [signed, setSigned] = useState<string | null>(null);
  const form = useForm<TDecisionInput>({
    resolver: decisionResolver,
    defaultValues: { awardFormId, roundId, ...defaults },
  });
  const { submit, formError, submitting } = useActionForm(
    form,
    (v) => signDecisionAction(planId, v),
    (data) => {
      setSigned(data.number);
      router.refresh();
    },
    null,
    { saved: false },
  );
  // One form per award form on the page: ids carry the form's id so labels stay unique.
  const field = fieldProps(form, `qd-${awardFormId}`);
  const watched = form.watch("decidedOn");
  const decidedOn = ISO_DAY.test(watched) ? watched : defaults.decidedOn;
  const toEnter = kindsToEnter(money, money.kinds, decidedOn);
  const noMoney = form.watch("noMoney") === true;
  const householdRule =
    eraOn(decidedOn).id === "ND152" && findEntry(money.catalogueCode ?? "")?.kind === "FORM" ? HOUSEHOLD_FORM_RULE : "";
  return (
    <div className="space-y-3">
      {signed ? (
        <Notice tone="success">
          Đã ký Quyết định số {signed}/QĐ-UBND. Tải văn bản và giấy khen ở mục “Quyết định đã ký”.
        </Notice>
      ) : null}
      {awaiting > 0 ? (
        <form
          onSubmit={submit}
          className="grid gap-x-4 sm:grid-cols-2"
          noValidate
          aria-label={`Ký quyết định: ${formName}`}
        >
          {formError ? (
            <div className="sm:col-span-2">
              <Notice tone="error">{formError}</Notice>
            </div>
          ) : null}
          <Field {...field("decidedOn")} label="Ngày ký quyết định" required>
            {(props) => <DateInput {...props} />}
          </Field>
          <Field {...field("number")} label="Số quyết định" hint="Để trống: lấy số tiếp theo trong năm.">
            {(props) => <input {...props} inputMode="numeric" />}
          </Field>
          <Field {...field("signerName")} label="Người ký" required>
            {(props) => <input {...props} />}
          </Field>
          <div className="sm:col-span-2">
            <Field {...field("budgetSource")} label="Nguồn kinh phí" required>
              {(props) => <textarea {...props} rows={2} />}
            </Field>
          </div>
          {toEnter.length ? (
            <div className="sm:col-span-2 space-y-2">
              <Notice tone="info">
                Chưa có mức thưởng:{" "}
                {[...new Set(toEnter.map((kind) => openAmountReason({ ...money, kind, decidedOn })))].join(" ")} Nhập
                mức thưởng và lý do, hoặc xác nhận quyết định không kèm tiền thưởng.
              </Notice>
              <label className="flex items-center gap-2">
                <input type="checkbox" {...form.register("noMoney")} />
                Không kèm tiền thưởng (quyết định chỉ tặng {formName})
              </label>
            </div>
          ) : null}
          {(noMoney ? [] : toEnter).map((kind) => (
            <Field
              key={kind}
              {...field(ENTERED_FIELD[kind])}
              label={`Mức thưởng mỗi ${recipientKindWord(kind)} (đồng)`}
              hint={[openAmountReason({ ...money, kind, decidedOn }), kind === "HOUSEHOLD" ? householdRule : ""]
                .filter(Boolean)
                .join(" ")}
              required
            >
              {(props) => <input {...props} inputMode="numeric" />}
            </Field>
          ))}
          {toEnter.length && !noMoney ? (
            <div className="sm:col-span-2">
              <Field
                {...field("amountReason")}
                label="Lý do, căn cứ của mức thưởng"
                hint="In tại Điều 2 của quyết định, ví dụ: theo quy định của tỉnh về mức tiền thưởng."
                required
              >
                {(props) => <textarea {...props} rows={2} />}
              </Field>
            </div>
          ) : null}
          <div className="sm:col-span-2">
            <Button type="submit" disabled={submitting}>
              {submitting ? "Đang ký…" : `Ký quyết định (${awaiting} người, tập thể)`}
            </Button>
          </div>
        </form>
      ) : signed ? null : (
        <p className="text-sm text-slate-700">Không còn người, tập thể nào đã phê duyệt mà chưa có quyết định.</p>
      )}
    </div>
  );
}
