"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { TCouncilMember, TCouncilTermEnd, TCouncilThreshold, TMeetingInput } from "@/schemas/council";
import { COUNCIL_ROLES, COUNCIL_ROLE_LABELS } from "@/schemas/council-labels";
import { catalogue } from "@/domain/catalogue/catalogue";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps } from "@/components/forms/field-props";
import {
  addCouncilMemberAction,
  endCouncilTermAction,
  saveCouncilThresholdAction,
  scheduleMeetingAction,
} from "./actions";
import { DateInput } from "@/components/ui/date-input";

type Choice = { id: string; label: string };

// Zod and the schemas come when a form first checks, not with the page (lazy-zod-resolver.ts).
const memberResolver = lazyZodResolver<TCouncilMember>(() => import("@/schemas/council").then((m) => m.ZCouncilMember));
const thresholdResolver = lazyZodResolver<TCouncilThreshold>(() =>
  import("@/schemas/council").then((m) => m.ZCouncilThreshold),
);
const meetingResolver = lazyZodResolver<TMeetingInput>(() => import("@/schemas/council").then((m) => m.ZMeetingInput));
const termEndResolver = lazyZodResolver<TCouncilTermEnd>(() =>
  import("@/schemas/council").then((m) => m.ZCouncilTermEnd),
);

export function CouncilMemberForm({ users, people }: { users: Choice[]; people: Choice[] }) {
  const router = useRouter();
  const empty: TCouncilMember = { userId: "", personId: "", role: "THANH_VIEN", termFrom: "", termTo: "" };
  const form = useForm<TCouncilMember>({ resolver: memberResolver, defaultValues: empty });
  const { submit, formError, submitting } = useActionForm(form, addCouncilMemberAction, () => {
    form.reset(empty);
    router.refresh();
  });
  const field = fieldProps(form, "tv");
  return (
    <form onSubmit={submit} className="grid gap-x-4 sm:grid-cols-3" noValidate aria-label="Thêm thành viên Hội đồng">
      {formError ? (
        <div className="sm:col-span-3">
          <Notice tone="error">{formError}</Notice>
        </div>
      ) : null}
      <Field {...field("userId")} label="Tài khoản" required>
        {(props) => (
          <select {...props}>
            <option value="">— Chọn —</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        {...field("personId")}
        label="Là người trong danh sách cán bộ"
        hint="Để không bỏ phiếu cho chính mình hoặc tập thể mình đứng đầu."
      >
        {(props) => (
          <select {...props}>
            <option value="">— Không chọn —</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field {...field("role")} label="Vai trò" required>
        {(props) => (
          <select {...props}>
            {COUNCIL_ROLES.map((r) => (
              <option key={r} value={r}>
                {COUNCIL_ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field {...field("termFrom")} label="Nhiệm kỳ từ ngày" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <Field {...field("termTo")} label="Đến ngày" hint="Để trống nếu chưa hết nhiệm kỳ.">
        {(props) => <DateInput {...props} />}
      </Field>
      <div className="self-center">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Thêm thành viên"}
        </Button>
      </div>
    </form>
  );
}

export function ThresholdForm() {
  const router = useRouter();
  const empty: TCouncilThreshold = { catalogueCode: "", percent: 90, strict: false };
  const form = useForm<TCouncilThreshold>({ resolver: thresholdResolver, defaultValues: empty });
  const { submit, formError, submitting } = useActionForm(form, saveCouncilThresholdAction, () => {
    form.reset(empty);
    router.refresh();
  });
  const field = fieldProps(form, "tl");
  return (
    <form
      onSubmit={submit}
      className="grid gap-x-4 sm:grid-cols-3"
      noValidate
      aria-label="Tỷ lệ riêng cho danh hiệu, hình thức"
    >
      {formError ? (
        <div className="sm:col-span-3">
          <Notice tone="error">{formError}</Notice>
        </div>
      ) : null}
      <Field {...field("catalogueCode")} label="Danh hiệu, hình thức" required>
        {(props) => (
          <select {...props}>
            <option value="">— Chọn —</option>
            {catalogue.map((e) => (
              <option key={e.code} value={e.code}>
                {e.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field {...field("percent")} label="Tỷ lệ đồng ý (%)" required>
        {(props) => <input {...props} type="number" inputMode="numeric" />}
      </Field>
      <label className="flex items-center gap-2 self-center text-sm">
        <input type="checkbox" className="h-4 w-4" {...form.register("strict")} /> Phải trên tỷ lệ
      </label>
      <div className="sm:col-span-3">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Lưu tỷ lệ"}
        </Button>
      </div>
    </form>
  );
}

export function MeetingForm({ plans, today }: { plans: Choice[]; today: string }) {
  const router = useRouter();
  const form = useForm<TMeetingInput>({
    resolver: meetingResolver,
    defaultValues: {
      planId: plans[0]?.id ?? "",
      heldOn: today,
      startTime: "08:00",
      location: "",
      disclosureFrom: "",
      disclosureTo: "",
    },
  });
  const { submit, formError, submitting } = useActionForm(form, scheduleMeetingAction, (data) =>
    router.push(`/hoi-dong/phien-hop/${data.id}`),
  );
  const field = fieldProps(form, "ph");
  return (
    <form onSubmit={submit} className="grid gap-x-4 sm:grid-cols-3" noValidate aria-label="Lên lịch phiên họp">
      {formError ? (
        <div className="sm:col-span-3">
          <Notice tone="error">{formError}</Notice>
        </div>
      ) : null}
      <div className="sm:col-span-3">
        <Field {...field("planId")} label="Kế hoạch" required>
          {(props) => (
            <select {...props}>
              <option value="">— Chọn —</option>
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field {...field("heldOn")} label="Ngày họp" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <Field {...field("startTime")} label="Giờ bắt đầu" required>
        {(props) => <input {...props} />}
      </Field>
      <Field {...field("location")} label="Địa điểm" required>
        {(props) => <input {...props} />}
      </Field>
      <Field
        {...field("disclosureFrom")}
        label="Công khai danh sách từ ngày"
        hint="Để trống nếu không công khai trước."
      >
        {(props) => <DateInput {...props} />}
      </Field>
      <Field {...field("disclosureTo")} label="Công khai đến ngày">
        {(props) => <DateInput {...props} />}
      </Field>
      <div className="self-center">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Lên lịch phiên họp"}
        </Button>
      </div>
    </form>
  );
}

/** Ends a member's term; a seat that sat in a meeting stays on record and is no longer counted. */
export function EndTermForm({ memberId, name, today }: { memberId: string; name: string; today: string }) {
  const router = useRouter();
  const form = useForm<TCouncilTermEnd>({ resolver: termEndResolver, defaultValues: { termTo: today } });
  const { submit, formError, submitting } = useActionForm(
    form,
    (v) => endCouncilTermAction(memberId, v),
    () => router.refresh(),
  );
  const field = fieldProps(form, `het-nk-${memberId}`);
  return (
    <form
      onSubmit={(e) => {
        // Ending a term takes the member off every count from that day: asked once more.
        if (!window.confirm(`Kết thúc nhiệm kỳ của ${name}?`)) return e.preventDefault();
        void submit(e);
      }}
      noValidate
      aria-label={`Kết thúc nhiệm kỳ: ${name}`}
      className="flex flex-wrap items-end gap-2"
    >
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field {...field("termTo")} label="Hết nhiệm kỳ ngày" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <div className="mb-5">
        <Button type="submit" variant="secondary" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Kết thúc nhiệm kỳ"}
        </Button>
      </div>
    </form>
  );
}
