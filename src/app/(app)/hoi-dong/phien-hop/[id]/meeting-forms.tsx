"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type {
  TObjectionAnswerInput,
  TObjectionInput,
  TPaperBallotsInput,
  TWrittenOpinionInput,
} from "@/schemas/council";
import { VOTE_CHOICE_LABELS } from "@/domain/labels";
import { Field } from "@/components/ui/field";
import { fieldProps } from "@/components/forms/field-props";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import {
  answerObjectionAction,
  castVotesAction,
  enterPaperBallotsAction,
  recordObjectionAction,
  recordWrittenOpinionAction,
} from "../../actions";
import { useSimpleAction } from "./simple-action";
import { DateInput } from "@/components/ui/date-input";

type Choice = { id: string; label: string };

// Zod and the schemas come when a form first checks, not with the page (lazy-zod-resolver.ts).
const paperBallotsResolver = lazyZodResolver<TPaperBallotsInput>(() =>
  import("@/schemas/council").then((m) => m.ZPaperBallots),
);
const writtenOpinionResolver = lazyZodResolver<TWrittenOpinionInput>(() =>
  import("@/schemas/council").then((m) => m.ZWrittenOpinion),
);
const objectionResolver = lazyZodResolver<TObjectionInput>(() => import("@/schemas/council").then((m) => m.ZObjection));
const objectionAnswerResolver = lazyZodResolver<TObjectionAnswerInput>(() =>
  import("@/schemas/council").then((m) => m.ZObjectionAnswer),
);

/**
 * A member's secret ballot: one choice per nominee, sent once. Nothing here is stored in the
 * browser; what was chosen is not shown back after sending. "Đồng ý tất cả" only fills in the
 * choices on this page: the member reviews them (the tally above the button says how many of each)
 * and changes any before pressing "Gửi phiếu"; nothing is sent until then.
 */
export function BallotForm({ meetingId, items }: { meetingId: string; items: Choice[] }) {
  const [choices, setChoices] = useState<Record<string, "AGREE" | "DISAGREE">>({});
  const [prefilled, setPrefilled] = useState(false);
  const { pending, error, run } = useSimpleAction();
  const missing = items.filter((i) => !choices[i.id]).length;
  const agreeing = items.filter((i) => choices[i.id] === "AGREE").length;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (missing && !window.confirm(`Còn ${missing} người, tập thể chưa chọn: tính là không đồng ý. Gửi phiếu?`))
          return;
        run(
          () => castVotesAction(meetingId, choices),
          () => {
            setChoices({});
            setPrefilled(false);
          },
        );
      }}
      aria-label="Phiếu bầu"
      className="space-y-3"
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      {items.length > 1 ? (
        <div className="space-y-2">
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setChoices(Object.fromEntries(items.map((i) => [i.id, "AGREE" as const])));
              setPrefilled(true);
            }}
          >
            Đồng ý tất cả
          </Button>
          {prefilled ? (
            <Notice tone="info">
              Đã chọn “Đồng ý” cho cả {items.length} người, tập thể. Xem lại từng lựa chọn, đổi nếu cần, rồi bấm “Gửi
              phiếu”: phiếu chưa được gửi.
            </Notice>
          ) : null}
        </div>
      ) : null}
      {items.map((item) => (
        <fieldset key={item.id} className="rounded-md border border-slate-300 p-3">
          <legend className="px-1 text-sm font-medium">{item.label}</legend>
          <div className="flex gap-6 text-sm">
            {(["AGREE", "DISAGREE"] as const).map((c) => (
              <label key={c} className="flex items-center gap-2">
                <input
                  type="radio"
                  name={`phieu-${item.id}`}
                  value={c}
                  checked={choices[item.id] === c}
                  onChange={() => setChoices({ ...choices, [item.id]: c })}
                />
                {VOTE_CHOICE_LABELS[c]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <p className="text-sm" aria-live="polite" data-testid="ballot-review">
        Phiếu của bạn: {agreeing} đồng ý, {items.length - agreeing - missing} không đồng ý
        {missing ? `, ${missing} chưa chọn` : ""}.
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? "Đang gửi…" : "Gửi phiếu"}
      </Button>
      <p className="text-xs text-slate-700">
        Phiếu kín: hệ thống ghi nhận bạn đã bỏ phiếu; lựa chọn của bạn vào hòm phiếu niêm phong, không kèm tên bạn, chỉ
        được mở để kiểm phiếu khi kết thúc bỏ phiếu. Không sửa được sau khi gửi.
      </p>
    </form>
  );
}

/** Paper ballots of one nominee from members voting on paper: who handed one in, and how many agreed (never per person). */
export function PaperBallotForm({
  meetingId,
  itemId,
  label,
  members,
}: {
  meetingId: string;
  itemId: string;
  label: string;
  members: Choice[];
}) {
  const router = useRouter();
  const form = useForm<TPaperBallotsInput>({
    resolver: paperBallotsResolver,
    defaultValues: { memberIds: [], agree: 0 },
  });
  const { submit, formError, submitting } = useActionForm(
    form,
    (v) => enterPaperBallotsAction(meetingId, itemId, v),
    () => {
      form.reset({ memberIds: [], agree: 0 });
      router.refresh();
    },
  );
  const e = form.formState.errors;
  const prefix = `giay-${itemId}`;
  const field = fieldProps(form, prefix);
  return (
    <form onSubmit={submit} noValidate aria-label={`Phiếu giấy: ${label}`} className="space-y-2">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <fieldset aria-describedby={`${prefix}-memberIds-loi`}>
        <legend className="text-sm font-medium">Thành viên nộp phiếu giấy</legend>
        {members.map((m) => (
          <label key={m.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="h-4 w-4" value={m.id} {...form.register("memberIds")} />
            {m.label}
          </label>
        ))}
        <p id={`${prefix}-memberIds-loi`} className="text-sm text-red-700">
          {e.memberIds?.message ?? ""}
        </p>
      </fieldset>
      <Field {...field("agree")} label="Số phiếu đồng ý" required>
        {(props) => <input {...props} type="number" min={0} inputMode="numeric" />}
      </Field>
      <Button type="submit" variant="secondary" disabled={submitting}>
        {submitting ? "Đang lưu…" : "Ghi phiếu giấy"}
      </Button>
    </form>
  );
}

export function WrittenOpinionForm({
  meetingId,
  itemId,
  label,
  absent,
}: {
  meetingId: string;
  itemId: string;
  label: string;
  absent: Choice[];
}) {
  const router = useRouter();
  const form = useForm<TWrittenOpinionInput>({
    resolver: writtenOpinionResolver,
    defaultValues: { memberId: "", choice: "AGREE" },
  });
  const { submit, formError, submitting } = useActionForm(
    form,
    (v) => recordWrittenOpinionAction(meetingId, itemId, v),
    () => {
      form.reset({ memberId: "", choice: "AGREE" });
      router.refresh();
    },
  );
  const field = fieldProps(form, `vb-${itemId}`);
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`Ý kiến bằng văn bản: ${label}`}
      className="grid gap-x-4 sm:grid-cols-3"
    >
      {formError ? (
        <div className="sm:col-span-3">
          <Notice tone="error">{formError}</Notice>
        </div>
      ) : null}
      <Field {...field("memberId")} label="Thành viên vắng mặt" required>
        {(props) => (
          <select {...props}>
            <option value="">— Chọn —</option>
            {absent.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field {...field("choice")} label="Ý kiến" required>
        {(props) => (
          <select {...props}>
            <option value="AGREE">{VOTE_CHOICE_LABELS.AGREE}</option>
            <option value="DISAGREE">{VOTE_CHOICE_LABELS.DISAGREE}</option>
          </select>
        )}
      </Field>
      <div className="self-center">
        <Button type="submit" variant="secondary" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Ghi ý kiến"}
        </Button>
      </div>
    </form>
  );
}

export function ObjectionForm({ meetingId, today }: { meetingId: string; today: string }) {
  const router = useRouter();
  const form = useForm<TObjectionInput>({
    resolver: objectionResolver,
    defaultValues: { text: "", receivedOn: today },
  });
  const { submit, formError, submitting } = useActionForm(
    form,
    (v) => recordObjectionAction(meetingId, v),
    () => {
      form.reset({ text: "", receivedOn: today });
      router.refresh();
    },
  );
  const field = fieldProps(form, "pa");
  return (
    <form onSubmit={submit} noValidate aria-label="Ghi ý kiến phản ánh" className="grid gap-x-4 sm:grid-cols-3">
      {formError ? (
        <div className="sm:col-span-3">
          <Notice tone="error">{formError}</Notice>
        </div>
      ) : null}
      <div className="sm:col-span-2">
        <Field {...field("text")} label="Nội dung phản ánh" required>
          {(props) => <input {...props} />}
        </Field>
      </div>
      <Field {...field("receivedOn")} label="Ngày nhận" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <div>
        <Button type="submit" variant="secondary" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Ghi phản ánh"}
        </Button>
      </div>
    </form>
  );
}

export function AnswerObjectionForm({ meetingId, objectionId }: { meetingId: string; objectionId: string }) {
  const router = useRouter();
  const form = useForm<TObjectionAnswerInput>({
    resolver: objectionAnswerResolver,
    defaultValues: { resolution: "" },
  });
  const { submit, formError, submitting } = useActionForm(
    form,
    (v) => answerObjectionAction(meetingId, objectionId, v),
    () => router.refresh(),
  );
  const field = fieldProps(form, `tl-${objectionId}`);
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Kết quả giải quyết phản ánh"
      className="flex flex-wrap items-end gap-2"
    >
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field {...field("resolution")} label="Kết quả giải quyết" required>
        {(props) => <input {...props} />}
      </Field>
      <div className="mb-5">
        <Button type="submit" variant="secondary" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Ghi kết quả"}
        </Button>
      </div>
    </form>
  );
}
