"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { PLAN_KINDS, PLAN_KIND_LABELS } from "@/schemas/plan-labels";
import type { TPlan, TPlanInput } from "@/schemas/plan";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/schemas/action-result";
import { useActionForm } from "@/components/forms/use-action-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { CurrentValues, type CurrentLabels } from "@/components/forms/current-values";
import { fieldProps } from "@/components/forms/field-props";
import { AwardFormFields } from "./award-form-fields";
import { LinesField } from "@/components/forms/lines-field";
import { DateInput } from "@/components/ui/date-input";
import { LooseDateInput } from "@/components/ui/loose-date-input";
import { ErrorSummary, fieldTarget } from "@/components/forms/error-summary";
import { listFieldErrors } from "@/components/forms/field-errors";
import { PLAN_STEPS, stepOfPath } from "./plan-steps";
import { StepNav } from "./step-nav";

export type CitablePlan = { id: string; label: string };
export type RegistrableOption = { code: string; name: string; group: "TITLE" | "FORM" };

const NEW_AWARD_FORM: TPlanInput["awardForms"][number] = {
  name: "",
  authority: "",
  conferral: "OWN",
  recipientKind: "INDIVIDUAL",
  quota: "",
  subQuotas: [],
  criteria: [],
  cashValue: "",
  dossier: [],
  phase: "",
  reviews: [],
  catalogueCode: "",
  capPercent: "",
};

type PlanValues = TPlanInput & { reason?: string };
type CheckedPlan = TPlan & { reason?: string };
// The plan's rules (zod and the schema) come when the form first checks, not with the page.
const planResolver = lazyZodResolver<PlanValues, CheckedPlan>(() => import("@/schemas/plan").then((m) => m.ZPlanInput));
const amendResolver = lazyZodResolver<PlanValues, CheckedPlan>(() =>
  import("@/schemas/plan").then((m) => m.ZPlanInput.and(m.ZAmendReason)),
);

const LOOSE_DATE_HINT =
  "Ngày dd/mm/yyyy; kế hoạch chỉ ghi tháng, năm thì ghi “tháng 12/2025”, “năm 2025” (hạn là cuối tháng, cuối năm).";

/** What CurrentValues names after a stale save: the form's sections and fields. */
const PLAN_LABELS: CurrentLabels<TPlanInput> = {
  title: "Tên kế hoạch (trích yếu)",
  kind: "Loại kế hoạch",
  symbol: "Ký hiệu",
  place: "Địa danh",
  periodFrom: "Thực hiện từ ngày",
  periodFromIssue: "Thực hiện từ ngày ban hành",
  periodTo: "Đến ngày",
  bases: "Căn cứ",
  purposes: "Mục đích",
  requirements: "Yêu cầu",
  slogan: "Khẩu hiệu thi đua",
  contents: "Nội dung thi đua",
  participantCollectives: "Đối tượng: tập thể",
  participantIndividuals: "Đối tượng: cá nhân",
  awardForms: "Hình thức, số lượng, tiêu chuẩn khen thưởng",
  registrationItems: "Danh hiệu, hình thức nhận đăng ký",
  registrationDeadline: "Hạn đăng ký thi đua",
  dossierDeadline: "Hạn nộp hồ sơ",
  phases: "Đợt sơ kết, tổng kết",
  budgetSource: "Nguồn kinh phí",
  budgetAmount: "Kinh phí",
  rewardRules: "Mức thưởng, chế độ khen thưởng",
  duties: "Tổ chức thực hiện",
  recipients: "Nơi nhận",
  signerAuthority: "Thẩm quyền ký",
  signerTitle: "Chức vụ người ký",
  signerName: "Họ tên người ký",
};

/**
 * The plan in steps (plan-steps.ts), in the order of the printed document, so an officer can copy
 * a Word plan section by section. Used to draft, to edit and to amend (with a reason).
 * Every step stays mounted (the others are only hidden), so moving between steps keeps everything
 * typed, as does a refusal by the server. A failed save shows the error summary on top, focused,
 * linking to each field (a link opens the field's step); the step list counts each step's errors.
 * It can be saved from any step: a draft need not be complete, and the summary says what is left.
 * Over 300 lines on purpose: one react-hook-form instance holds the whole plan and every step
 * reads it; the repeated award-form rows already live in award-form-fields.tsx, and splitting the
 * remaining sections would only pass `form` around.
 */
export function PlanForm({
  initial,
  citable,
  registrable,
  save,
  amend,
  rowVersion = null,
  cancelHref,
}: {
  initial: TPlanInput;
  citable: CitablePlan[];
  registrable: RegistrableOption[];
  save: (
    values: unknown,
    extra: { reason?: unknown; rowVersion: number | null },
  ) => Promise<ActionResult<{ id: string }>>;
  amend?: boolean;
  /** The loaded plan's version (edit, amend): a save made after someone else's is refused, not lost. */
  rowVersion?: number | null;
  cancelHref: string;
}) {
  const router = useRouter();
  const form = useForm<PlanValues, unknown, CheckedPlan>({
    resolver: amend ? amendResolver : planResolver,
    defaultValues: initial,
    // The summary takes the focus and leads to each field; focusing a field on a hidden step would fail.
    shouldFocusError: false,
  });
  const { control, register, formState } = form;
  const e = formState.errors;
  const bases = useFieldArray({ control, name: "bases" });
  const awardForms = useFieldArray({ control, name: "awardForms" });
  const duties = useFieldArray({ control, name: "duties" });
  const phases = useFieldArray({ control, name: "phases" });
  const { submit, formError, submitting, current } = useActionForm(
    form,
    (values, version) => save(values, { reason: values.reason, rowVersion: version }),
    (data) => {
      router.push(`/ke-hoach/${data.id}`);
      router.refresh();
    },
    rowVersion,
  );
  const field = fieldProps(form);
  const fromIssue = useWatch({ control, name: "periodFromIssue" });

  const [step, setStep] = useState(0);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [attempts, setAttempts] = useState(0);
  const entries = listFieldErrors(e);
  const perStep = PLAN_STEPS.map((_, i) => entries.filter((x) => stepOf(x.path) === i).length);
  // After each save that did not go through (refused here or by the server), the summary takes the focus.
  useEffect(() => {
    if (attempts) summary.current?.focus();
  }, [attempts]);
  const onSubmit = async (ev: FormEvent<HTMLFormElement>) => {
    await submit(ev);
    setAttempts((n) => n + 1);
  };
  const goTo = (i: number) => {
    // Rendered at once so the step is visible before the heading (or a field) takes the focus.
    flushSync(() => setStep(i));
    stepHeading.current?.focus();
  };
  const open = (path: string) => {
    const i = stepOf(path);
    if (i !== null) flushSync(() => setStep(i));
  };

  return (
    <form
      onSubmit={onSubmit}
      className="max-w-5xl space-y-6"
      noValidate
      // Read by the "start from an existing plan" panel: it asks before replacing what was typed.
      data-plan-form=""
      data-dirty={formState.isDirty}
    >
      <ErrorSummary ref={summary} entries={entries} formError={formError} onFollow={open} />
      <CurrentValues current={current} typed={form.getValues()} labels={PLAN_LABELS} />
      {amend ? (
        <section className="rounded-lg border border-amber-400 bg-amber-50 p-4">
          <Field
            {...field("reason")}
            label="Lý do sửa đổi, bổ sung"
            required
            hint="Kế hoạch đã ban hành: bản trước được lưu lại trong lịch sử."
          >
            {(props) => <input {...props} />}
          </Field>
        </section>
      ) : null}
      <StepNav current={step} errors={perStep} onGo={goTo} />

      <Step index={0} current={step} heading={stepHeading}>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field {...field("title")} label="Tên kế hoạch (trích yếu)" required>
            {(props) => <textarea {...props} rows={2} />}
          </Field>
          <Field {...field("kind")} label="Loại kế hoạch" required>
            {(props) => (
              <select {...props}>
                {PLAN_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {PLAN_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field {...field("symbol")} label="Ký hiệu" required hint="Số được cấp khi ban hành.">
            {(props) => <input {...props} />}
          </Field>
          <Field {...field("place")} label="Địa danh" required>
            {(props) => <input {...props} />}
          </Field>
          <div>
            {/* From the date of issue: the start is the issue date, so no day is asked (the value held is kept). */}
            {fromIssue ? (
              <p className="pt-6 pb-2 text-sm text-slate-800">
                Thực hiện từ ngày ban hành (ngày ký ban hành kế hoạch).
              </p>
            ) : (
              <Field {...field("periodFrom")} label="Thực hiện từ ngày" required>
                {(props) => <DateInput {...props} />}
              </Field>
            )}
            <div className="flex items-center gap-2 pb-4">
              <input
                id="periodFromIssue"
                type="checkbox"
                className="h-4 w-4"
                defaultChecked={initial.periodFromIssue === true}
                {...register("periodFromIssue")}
              />
              <label htmlFor="periodFromIssue" className="text-sm">
                Thực hiện từ ngày ban hành
              </label>
            </div>
          </div>
          <Field {...field("periodTo")} label="Đến ngày" required>
            {(props) => <DateInput {...props} />}
          </Field>
        </div>
      </Step>

      <Step index={1} current={step} heading={stepHeading}>
        <Part title="Căn cứ">
          {bases.fields.map((f, i) => (
            <fieldset
              key={f.id}
              className="grid items-end gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[3fr_2fr_auto]"
            >
              <legend className="sr-only">Căn cứ {i + 1}</legend>
              <Field {...field(`bases.${i}.text`)} label={`Căn cứ ${i + 1}`} required>
                {(props) => <textarea {...props} rows={2} />}
              </Field>
              <Field {...field(`bases.${i}.linkedPlanId`)} label={`Kế hoạch trong hệ thống (căn cứ ${i + 1})`}>
                {(props) => (
                  <select {...props}>
                    <option value="">— Không liên kết —</option>
                    {citable.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Button variant="secondary" className="mb-5" onClick={() => bases.remove(i)}>
                Bỏ căn cứ {i + 1}
              </Button>
            </fieldset>
          ))}
          <p id="bases-loi" className="text-sm text-red-700">
            {e.bases?.message ?? e.bases?.root?.message ?? ""}
          </p>
          <Button variant="secondary" onClick={() => bases.append({ text: "", linkedPlanId: "" })}>
            Thêm căn cứ
          </Button>
        </Part>
        <Part title="Mục đích, yêu cầu, khẩu hiệu">
          <LinesField control={control} name="purposes" label="Mục đích" required error={e.purposes?.message} />
          <LinesField control={control} name="requirements" label="Yêu cầu" error={e.requirements?.message} />
          <Field {...field("slogan")} label="Khẩu hiệu thi đua">
            {(props) => <textarea {...props} rows={2} />}
          </Field>
        </Part>
      </Step>

      <Step index={2} current={step} heading={stepHeading}>
        <LinesField
          control={control}
          name="contents"
          label="Nội dung thi đua"
          required
          error={e.contents?.message}
          rows={6}
        />
        <LinesField
          control={control}
          name="participantCollectives"
          label="Đối tượng: tập thể"
          error={e.participantCollectives?.message}
          rows={2}
        />
        <LinesField
          control={control}
          name="participantIndividuals"
          label="Đối tượng: cá nhân"
          error={e.participantIndividuals?.message}
          rows={2}
        />
      </Step>

      <Step index={3} current={step} heading={stepHeading}>
        <Part title="Danh hiệu, hình thức nhận đăng ký thi đua">
          {(["TITLE", "FORM"] as const).map((group) => (
            <fieldset key={group} className="space-y-1">
              <legend className="text-sm font-medium">
                {group === "TITLE" ? "Danh hiệu thi đua" : "Hình thức khen thưởng"}
              </legend>
              <div className="grid gap-1 sm:grid-cols-2">
                {registrable
                  .filter((o) => o.group === group)
                  .map((o) => (
                    <div key={o.code} className="flex items-center gap-2">
                      <input
                        id={`dk-${o.code}`}
                        type="checkbox"
                        value={o.code}
                        className="h-4 w-4"
                        // In the server's HTML already, like the other fields (fieldProps).
                        defaultChecked={initial.registrationItems?.includes(o.code)}
                        {...register("registrationItems")}
                      />
                      <label htmlFor={`dk-${o.code}`} className="text-sm">
                        {o.name}
                      </label>
                    </div>
                  ))}
              </div>
            </fieldset>
          ))}
        </Part>
        <Part title="Thời hạn">
          <div className="grid gap-x-4 sm:grid-cols-2">
            <Field {...field("registrationDeadline")} label="Hạn đăng ký thi đua" hint={LOOSE_DATE_HINT}>
              {(props) => <LooseDateInput {...props} />}
            </Field>
            <Field {...field("dossierDeadline")} label="Hạn nộp hồ sơ đề nghị khen thưởng" hint={LOOSE_DATE_HINT}>
              {(props) => <LooseDateInput {...props} />}
            </Field>
          </div>
          {phases.fields.map((f, i) => (
            <fieldset key={f.id} className="grid items-end gap-2 sm:grid-cols-[2fr_1fr_auto]">
              <legend className="sr-only">Đợt {i + 1}</legend>
              <Field {...field(`phases.${i}.name`)} label={`Đợt sơ kết/tổng kết ${i + 1}`} required>
                {(props) => <input {...props} />}
              </Field>
              <Field
                {...field(`phases.${i}.reviewDate`)}
                label={`Ngày của đợt ${i + 1}`}
                required
                hint="Hoặc “tháng 12/2025”, “năm 2025”."
              >
                {(props) => <LooseDateInput {...props} />}
              </Field>
              <Button variant="secondary" className="mb-5" onClick={() => phases.remove(i)}>
                Bỏ đợt {i + 1}
              </Button>
            </fieldset>
          ))}
          <p id="phases-loi" className="text-sm text-red-700">
            {e.phases?.message ?? e.phases?.root?.message ?? ""}
          </p>
          <Button variant="secondary" onClick={() => phases.append({ name: "", reviewDate: "" })}>
            Thêm đợt sơ kết/tổng kết (kế hoạch giai đoạn)
          </Button>
        </Part>
      </Step>

      <Step index={4} current={step} heading={stepHeading}>
        {awardForms.fields.map((f, i) => (
          <AwardFormFields
            key={f.id}
            control={control}
            register={register}
            errors={e}
            index={i}
            onRemove={() => awardForms.remove(i)}
          />
        ))}
        <p id="awardForms-loi" className="text-sm text-red-700">
          {e.awardForms?.message ?? e.awardForms?.root?.message ?? ""}
        </p>
        <Button variant="secondary" onClick={() => awardForms.append(NEW_AWARD_FORM)}>
          Thêm hình thức khen thưởng
        </Button>
      </Step>

      <Step index={5} current={step} heading={stepHeading}>
        <Part title="Kinh phí">
          <Field {...field("budgetSource")} label="Nguồn kinh phí">
            {(props) => <textarea {...props} rows={2} />}
          </Field>
          <Field
            {...field("budgetAmount")}
            label="Tổng kinh phí khen thưởng (đồng)"
            hint="Nếu kế hoạch ghi số tiền: tổng tiền thưởng các quyết định được đối chiếu với số này."
          >
            {(props) => <input {...props} type="number" min={0} inputMode="numeric" />}
          </Field>
          <Field {...field("rewardRules")} label="Mức thưởng, chế độ khen thưởng">
            {(props) => <textarea {...props} rows={2} />}
          </Field>
        </Part>
        <Part title="Tổ chức thực hiện">
          {duties.fields.map((f, i) => (
            <fieldset key={f.id} className="space-y-2 rounded-md border border-slate-200 p-3">
              <legend className="px-1 text-sm font-medium">Đơn vị thực hiện {i + 1}</legend>
              <Field {...field(`duties.${i}.assignee`)} label={`Tên đơn vị ${i + 1}`} required>
                {(props) => <input {...props} />}
              </Field>
              <LinesField
                control={control}
                name={`duties.${i}.tasks`}
                label={`Nhiệm vụ của đơn vị ${i + 1}`}
                required
                error={e.duties?.[i]?.tasks?.message}
              />
              <Button variant="secondary" onClick={() => duties.remove(i)}>
                Bỏ đơn vị {i + 1}
              </Button>
            </fieldset>
          ))}
          <Button variant="secondary" onClick={() => duties.append({ assignee: "", tasks: [] })}>
            Thêm đơn vị thực hiện
          </Button>
        </Part>
      </Step>

      <Step index={6} current={step} heading={stepHeading}>
        <LinesField control={control} name="recipients" label="Nơi nhận" required error={e.recipients?.message} />
        <div className="grid gap-x-4 sm:grid-cols-3">
          <Field {...field("signerAuthority")} label="Thẩm quyền ký" required>
            {(props) => <input {...props} />}
          </Field>
          <Field {...field("signerTitle")} label="Chức vụ người ký" required>
            {(props) => <input {...props} />}
          </Field>
          <Field
            {...field("signerName")}
            label="Họ tên người ký"
            hint="Để trống nếu kế hoạch không ghi: văn bản in khối chữ ký không có họ tên."
          >
            {(props) => <input {...props} />}
          </Field>
        </div>
      </Step>

      {/* Kept in reach on a long step (many award forms): the way on, and saving, at the foot of the screen. */}
      <div className="sticky bottom-0 z-10 flex flex-wrap gap-2 border-t border-slate-300 bg-slate-50/95 py-3">
        {step > 0 ? (
          <Button variant="secondary" onClick={() => goTo(step - 1)}>
            Bước trước
          </Button>
        ) : null}
        {step < PLAN_STEPS.length - 1 ? (
          <Button variant="secondary" onClick={() => goTo(step + 1)}>
            Bước tiếp: {PLAN_STEPS[step + 1]!.title}
          </Button>
        ) : null}
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : amend ? "Lưu sửa đổi" : "Lưu kế hoạch"}
        </Button>
        <Button variant="secondary" onClick={() => router.push(cancelHref)}>
          Huỷ
        </Button>
      </div>
    </form>
  );
}

/** Where an error's field sits: its step by the plan's field (plan-steps.ts), else by the page. */
function stepOf(path: string): number | null {
  const known = stepOfPath(path);
  if (known !== null || typeof document === "undefined") return known;
  const holder = fieldTarget(path)?.closest("[data-step]");
  return holder ? Number(holder.getAttribute("data-step")) : null;
}

/**
 * One step: a card headed by the step's title; the other steps stay in the page, hidden. Not a
 * named region: its name ("Bước 7/7: Nơi nhận, người ký") would also answer to its fields' labels.
 */
function Step({
  index,
  current,
  heading,
  children,
}: {
  index: number;
  current: number;
  heading: React.RefObject<HTMLHeadingElement | null>;
  children: React.ReactNode;
}) {
  const active = index === current;
  return (
    <section
      data-step={index}
      hidden={!active}
      className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 sm:p-6"
    >
      <h2
        id={`buoc-${index}`}
        ref={active ? heading : undefined}
        tabIndex={-1}
        className="text-lg font-semibold focus:outline-none"
      >
        Bước {index + 1}/{PLAN_STEPS.length}: {PLAN_STEPS[index]!.title}
      </h2>
      {children}
    </section>
  );
}

/** A part of a step that holds more than one section of the printed plan. */
function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3 border-t border-slate-200 pt-4 first-of-type:border-0 first-of-type:pt-0">
      <h3 className="font-semibold">{title}</h3>
      {children}
    </section>
  );
}
