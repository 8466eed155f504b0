"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { ZIsoDate } from "@/schemas/person";
import {
  COUNCIL_ROLES,
  COUNCIL_ROLE_LABELS,
  ZCouncilMember,
  ZCouncilRules,
  ZCouncilThreshold,
  ZMeetingInput,
  type TCouncilMember,
  type TCouncilRules,
  type TCouncilThreshold,
  type TMeetingInput,
} from "@/schemas/council";
import { catalogue } from "@/domain/catalogue/catalogue";
import { Field, errorId, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps } from "@/components/forms/field-props";
import {
  addCouncilMemberAction,
  endCouncilTermAction,
  saveCouncilRulesAction,
  saveCouncilThresholdAction,
  scheduleMeetingAction,
} from "./actions";

type Choice = { id: string; label: string };

export function CouncilRulesForm({ initial }: { initial: TCouncilRules }) {
  const router = useRouter();
  const form = useForm<TCouncilRules>({ resolver: zodResolver(ZCouncilRules), defaultValues: initial });
  const { submit, formError, submitting } = useActionForm(form, saveCouncilRulesAction, () => router.refresh());
  const c = fieldProps(form, "qc");
  return (
    <form onSubmit={submit} className="grid gap-x-4 sm:grid-cols-3" noValidate aria-label="Quy chế của Hội đồng">
      {formError ? (
        <div className="sm:col-span-3">
          <Notice tone="error">{formError}</Notice>
        </div>
      ) : null}
      <div className="sm:col-span-3">
        <Field id={c.id("name")} label="Tên Hội đồng" error={c.error("name")} required>
          <input {...c.props("name")} />
        </Field>
      </div>
      <Field
        id={c.id("quorumNumerator")}
        label="Số dự họp tối thiểu: tử số"
        error={c.error("quorumNumerator")}
        hint="Ví dụ 2/3 tổng số thành viên."
        required
      >
        <input type="number" inputMode="numeric" {...c.props("quorumNumerator")} />
      </Field>
      <Field id={c.id("quorumDenominator")} label="Mẫu số" error={c.error("quorumDenominator")} required>
        <input type="number" inputMode="numeric" {...c.props("quorumDenominator")} />
      </Field>
      <Field
        id={c.id("thresholdPercent")}
        label="Tỷ lệ đồng ý chung (%)"
        error={c.error("thresholdPercent")}
        hint="Tính trên tổng số thành viên Hội đồng."
        required
      >
        <input type="number" inputMode="numeric" {...c.props("thresholdPercent")} />
      </Field>
      <label className="flex items-center gap-2 text-sm sm:col-span-3">
        <input type="checkbox" className="h-4 w-4" {...form.register("thresholdStrict")} /> Phải trên tỷ lệ (bỏ chọn: từ
        tỷ lệ trở lên)
      </label>
      <label className="flex items-center gap-2 text-sm sm:col-span-3">
        <input type="checkbox" className="h-4 w-4" {...form.register("countsWrittenOpinions")} /> Tính ý kiến bằng văn
        bản của thành viên vắng mặt
      </label>
      <div className="mt-2 sm:col-span-3">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Lưu quy chế"}
        </Button>
      </div>
    </form>
  );
}

export function CouncilMemberForm({ users, people }: { users: Choice[]; people: Choice[] }) {
  const router = useRouter();
  const empty: TCouncilMember = { userId: "", personId: "", role: "THANH_VIEN", termFrom: "", termTo: "" };
  const form = useForm<TCouncilMember>({ resolver: zodResolver(ZCouncilMember), defaultValues: empty });
  const { submit, formError, submitting } = useActionForm(form, addCouncilMemberAction, () => {
    form.reset(empty);
    router.refresh();
  });
  const c = fieldProps(form, "tv");
  return (
    <form onSubmit={submit} className="grid gap-x-4 sm:grid-cols-3" noValidate aria-label="Thêm thành viên Hội đồng">
      {formError ? (
        <div className="sm:col-span-3">
          <Notice tone="error">{formError}</Notice>
        </div>
      ) : null}
      <Field id={c.id("userId")} label="Tài khoản" error={c.error("userId")} required>
        <select {...c.props("userId")}>
          <option value="">— Chọn —</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={c.id("personId")}
        label="Là người trong danh sách cán bộ"
        error={c.error("personId")}
        hint="Để không bỏ phiếu cho chính mình hoặc tập thể mình đứng đầu."
      >
        <select {...c.props("personId")}>
          <option value="">— Không chọn —</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id={c.id("role")} label="Vai trò" error={c.error("role")} required>
        <select {...c.props("role")}>
          {COUNCIL_ROLES.map((r) => (
            <option key={r} value={r}>
              {COUNCIL_ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={c.id("termFrom")} label="Nhiệm kỳ từ ngày" error={c.error("termFrom")} required>
        <input type="date" {...c.props("termFrom")} />
      </Field>
      <Field id={c.id("termTo")} label="Đến ngày" error={c.error("termTo")} hint="Để trống nếu chưa hết nhiệm kỳ.">
        <input type="date" {...c.props("termTo")} />
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
  const form = useForm<TCouncilThreshold>({ resolver: zodResolver(ZCouncilThreshold), defaultValues: empty });
  const { submit, formError, submitting } = useActionForm(form, saveCouncilThresholdAction, () => {
    form.reset(empty);
    router.refresh();
  });
  const c = fieldProps(form, "tl");
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
      <Field id={c.id("catalogueCode")} label="Danh hiệu, hình thức" error={c.error("catalogueCode")} required>
        <select {...c.props("catalogueCode")}>
          <option value="">— Chọn —</option>
          {catalogue.map((e) => (
            <option key={e.code} value={e.code}>
              {e.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id={c.id("percent")} label="Tỷ lệ đồng ý (%)" error={c.error("percent")} required>
        <input type="number" inputMode="numeric" {...c.props("percent")} />
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
    resolver: zodResolver(ZMeetingInput),
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
  const c = fieldProps(form, "ph");
  return (
    <form onSubmit={submit} className="grid gap-x-4 sm:grid-cols-3" noValidate aria-label="Lên lịch phiên họp">
      {formError ? (
        <div className="sm:col-span-3">
          <Notice tone="error">{formError}</Notice>
        </div>
      ) : null}
      <div className="sm:col-span-3">
        <Field id={c.id("planId")} label="Kế hoạch" error={c.error("planId")} required>
          <select {...c.props("planId")}>
            <option value="">— Chọn —</option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id={c.id("heldOn")} label="Ngày họp" error={c.error("heldOn")} required>
        <input type="date" {...c.props("heldOn")} />
      </Field>
      <Field id={c.id("startTime")} label="Giờ bắt đầu" error={c.error("startTime")} required>
        <input {...c.props("startTime")} />
      </Field>
      <Field id={c.id("location")} label="Địa điểm" error={c.error("location")} required>
        <input {...c.props("location")} />
      </Field>
      <Field
        id={c.id("disclosureFrom")}
        label="Công khai danh sách từ ngày"
        error={c.error("disclosureFrom")}
        hint="Để trống nếu không công khai trước."
      >
        <input type="date" {...c.props("disclosureFrom")} />
      </Field>
      <Field id={c.id("disclosureTo")} label="Công khai đến ngày" error={c.error("disclosureTo")}>
        <input type="date" {...c.props("disclosureTo")} />
      </Field>
      <div className="self-center">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Lên lịch phiên họp"}
        </Button>
      </div>
    </form>
  );
}

const ZTermEnd = z.object({ termTo: ZIsoDate });

/** Ends a member's term; a seat that sat in a meeting stays on record and is no longer counted. */
export function EndTermForm({ memberId, name, today }: { memberId: string; name: string; today: string }) {
  const router = useRouter();
  const form = useForm<z.input<typeof ZTermEnd>>({ resolver: zodResolver(ZTermEnd), defaultValues: { termTo: today } });
  const { submit, formError, submitting } = useActionForm(
    form,
    (v) => endCouncilTermAction(memberId, v),
    () => router.refresh(),
  );
  const e = form.formState.errors;
  const id = `het-nk-${memberId}`;
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`Kết thúc nhiệm kỳ: ${name}`}
      className="flex flex-wrap items-end gap-2"
    >
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field id={id} label="Hết nhiệm kỳ ngày" error={e.termTo?.message} required>
        <input
          type="date"
          id={id}
          className={inputClass}
          aria-invalid={Boolean(e.termTo)}
          aria-describedby={errorId(id)}
          {...form.register("termTo")}
        />
      </Field>
      <div className="mb-5">
        <Button type="submit" variant="secondary" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Kết thúc nhiệm kỳ"}
        </Button>
      </div>
    </form>
  );
}
