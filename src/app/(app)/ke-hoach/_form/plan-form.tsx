"use client";

import { useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { PLAN_KINDS, PLAN_KIND_LABELS, ZAmendReason, ZPlanInput, type TPlan, type TPlanInput } from "@/schemas/plan";
import { Field, errorId, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/schemas/action-result";
import { useActionForm } from "@/components/forms/use-action-form";
import { AwardFormFields } from "./award-form-fields";
import { LinesField } from "@/components/forms/lines-field";

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
  catalogueCode: "",
  capPercent: "",
};

/**
 * The whole plan on one page, in the order of the printed document, so an officer can copy a
 * Word plan section by section. Used to draft, to edit and to amend (with a reason).
 */
export function PlanForm({
  initial,
  citable,
  registrable,
  save,
  amend,
  cancelHref,
}: {
  initial: TPlanInput;
  citable: CitablePlan[];
  registrable: RegistrableOption[];
  save: (values: unknown, reason?: unknown) => Promise<ActionResult<{ id: string }>>;
  amend?: boolean;
  cancelHref: string;
}) {
  const router = useRouter();
  const form = useForm<TPlanInput & { reason?: string }, unknown, TPlan & { reason?: string }>({
    resolver: zodResolver(amend ? ZPlanInput.and(ZAmendReason) : ZPlanInput) as never,
    defaultValues: initial,
  });
  const { control, register, formState } = form;
  const e = formState.errors;
  const bases = useFieldArray({ control, name: "bases" });
  const awardForms = useFieldArray({ control, name: "awardForms" });
  const duties = useFieldArray({ control, name: "duties" });
  const phases = useFieldArray({ control, name: "phases" });
  const { submit, formError, submitting } = useActionForm(
    form,
    (values) => save(values, values.reason),
    (data) => {
      router.push(`/ke-hoach/${data.id}`);
      router.refresh();
    },
  );
  const attrs = (name: string, invalid: boolean) => ({
    id: name,
    "aria-invalid": invalid,
    "aria-describedby": errorId(name),
    className: inputClass,
  });

  return (
    <form onSubmit={submit} className="max-w-5xl space-y-6" noValidate>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {amend ? (
        <section className="rounded-lg border border-amber-400 bg-amber-50 p-4">
          <Field
            id="reason"
            label="Lý do sửa đổi, bổ sung"
            error={e.reason?.message}
            required
            hint="Kế hoạch đã ban hành: bản trước được lưu lại trong lịch sử."
          >
            <input {...attrs("reason", Boolean(e.reason))} {...register("reason")} />
          </Field>
        </section>
      ) : null}

      <Section title="Thông tin chung">
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field id="title" label="Tên kế hoạch (trích yếu)" error={e.title?.message} required>
            <textarea rows={2} {...attrs("title", Boolean(e.title))} {...register("title")} />
          </Field>
          <Field id="kind" label="Loại kế hoạch" error={e.kind?.message} required>
            <select {...attrs("kind", Boolean(e.kind))} {...register("kind")}>
              {PLAN_KINDS.map((k) => (
                <option key={k} value={k}>
                  {PLAN_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="symbol" label="Ký hiệu" error={e.symbol?.message} required hint="Số được cấp khi ban hành.">
            <input {...attrs("symbol", Boolean(e.symbol))} {...register("symbol")} />
          </Field>
          <Field id="place" label="Địa danh" error={e.place?.message} required>
            <input {...attrs("place", Boolean(e.place))} {...register("place")} />
          </Field>
          <Field id="periodFrom" label="Thực hiện từ ngày" error={e.periodFrom?.message} required>
            <input type="date" {...attrs("periodFrom", Boolean(e.periodFrom))} {...register("periodFrom")} />
          </Field>
          <Field id="periodTo" label="Đến ngày" error={e.periodTo?.message} required>
            <input type="date" {...attrs("periodTo", Boolean(e.periodTo))} {...register("periodTo")} />
          </Field>
        </div>
      </Section>

      <Section title="Căn cứ">
        {bases.fields.map((f, i) => (
          <fieldset
            key={f.id}
            className="grid items-end gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[3fr_2fr_auto]"
          >
            <legend className="sr-only">Căn cứ {i + 1}</legend>
            <Field id={`bases-${i}-text`} label={`Căn cứ ${i + 1}`} error={e.bases?.[i]?.text?.message} required>
              <textarea
                rows={2}
                {...attrs(`bases-${i}-text`, Boolean(e.bases?.[i]?.text))}
                {...register(`bases.${i}.text`)}
              />
            </Field>
            <Field
              id={`bases-${i}-linkedPlanId`}
              label={`Kế hoạch trong hệ thống (căn cứ ${i + 1})`}
              error={e.bases?.[i]?.linkedPlanId?.message}
            >
              <select {...attrs(`bases-${i}-linkedPlanId`, false)} {...register(`bases.${i}.linkedPlanId`)}>
                <option value="">— Không liên kết —</option>
                {citable.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </select>
            </Field>
            <Button variant="secondary" className="mb-5" onClick={() => bases.remove(i)}>
              Bỏ căn cứ {i + 1}
            </Button>
          </fieldset>
        ))}
        <p className="text-sm text-red-700">{e.bases?.message ?? e.bases?.root?.message ?? ""}</p>
        <Button variant="secondary" onClick={() => bases.append({ text: "", linkedPlanId: "" })}>
          Thêm căn cứ
        </Button>
      </Section>

      <Section title="Mục đích, yêu cầu, khẩu hiệu">
        <LinesField control={control} name="purposes" label="Mục đích" required error={e.purposes?.message} />
        <LinesField control={control} name="requirements" label="Yêu cầu" error={e.requirements?.message} />
        <Field id="slogan" label="Khẩu hiệu thi đua" error={e.slogan?.message}>
          <textarea rows={2} {...attrs("slogan", Boolean(e.slogan))} {...register("slogan")} />
        </Field>
      </Section>

      <Section title="Nội dung và đối tượng thi đua">
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
      </Section>

      <Section title="Hình thức, số lượng, tiêu chuẩn và hồ sơ khen thưởng">
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
        <p className="text-sm text-red-700">{e.awardForms?.message ?? e.awardForms?.root?.message ?? ""}</p>
        <Button variant="secondary" onClick={() => awardForms.append(NEW_AWARD_FORM)}>
          Thêm hình thức khen thưởng
        </Button>
      </Section>

      <Section title="Danh hiệu, hình thức nhận đăng ký thi đua">
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
      </Section>

      <Section title="Thời hạn">
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field id="registrationDeadline" label="Hạn đăng ký thi đua" error={e.registrationDeadline?.message}>
            <input
              type="date"
              {...attrs("registrationDeadline", Boolean(e.registrationDeadline))}
              {...register("registrationDeadline")}
            />
          </Field>
          <Field id="dossierDeadline" label="Hạn nộp hồ sơ đề nghị khen thưởng" error={e.dossierDeadline?.message}>
            <input
              type="date"
              {...attrs("dossierDeadline", Boolean(e.dossierDeadline))}
              {...register("dossierDeadline")}
            />
          </Field>
        </div>
        {phases.fields.map((f, i) => (
          <fieldset key={f.id} className="grid items-end gap-2 sm:grid-cols-[2fr_1fr_auto]">
            <legend className="sr-only">Đợt {i + 1}</legend>
            <Field
              id={`phases-${i}-name`}
              label={`Đợt sơ kết/tổng kết ${i + 1}`}
              error={e.phases?.[i]?.name?.message}
              required
            >
              <input {...attrs(`phases-${i}-name`, Boolean(e.phases?.[i]?.name))} {...register(`phases.${i}.name`)} />
            </Field>
            <Field
              id={`phases-${i}-reviewDate`}
              label={`Ngày của đợt ${i + 1}`}
              error={e.phases?.[i]?.reviewDate?.message}
              required
            >
              <input
                type="date"
                {...attrs(`phases-${i}-reviewDate`, Boolean(e.phases?.[i]?.reviewDate))}
                {...register(`phases.${i}.reviewDate`)}
              />
            </Field>
            <Button variant="secondary" className="mb-5" onClick={() => phases.remove(i)}>
              Bỏ đợt {i + 1}
            </Button>
          </fieldset>
        ))}
        <p className="text-sm text-red-700">{e.phases?.message ?? e.phases?.root?.message ?? ""}</p>
        <Button variant="secondary" onClick={() => phases.append({ name: "", reviewDate: "" })}>
          Thêm đợt sơ kết/tổng kết (kế hoạch giai đoạn)
        </Button>
      </Section>

      <Section title="Kinh phí">
        <Field id="budgetSource" label="Nguồn kinh phí" error={e.budgetSource?.message}>
          <textarea rows={2} {...attrs("budgetSource", Boolean(e.budgetSource))} {...register("budgetSource")} />
        </Field>
        <Field
          id="budgetAmount"
          label="Tổng kinh phí khen thưởng (đồng)"
          error={e.budgetAmount?.message}
          hint="Nếu kế hoạch ghi số tiền: tổng tiền thưởng các quyết định được đối chiếu với số này."
        >
          <input
            type="number"
            min={0}
            inputMode="numeric"
            {...attrs("budgetAmount", Boolean(e.budgetAmount))}
            {...register("budgetAmount")}
          />
        </Field>
        <Field id="rewardRules" label="Mức thưởng, chế độ khen thưởng" error={e.rewardRules?.message}>
          <textarea rows={2} {...attrs("rewardRules", Boolean(e.rewardRules))} {...register("rewardRules")} />
        </Field>
      </Section>

      <Section title="Tổ chức thực hiện">
        {duties.fields.map((f, i) => (
          <fieldset key={f.id} className="space-y-2 rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">Đơn vị thực hiện {i + 1}</legend>
            <Field
              id={`duties-${i}-assignee`}
              label={`Tên đơn vị ${i + 1}`}
              error={e.duties?.[i]?.assignee?.message}
              required
            >
              <input
                {...attrs(`duties-${i}-assignee`, Boolean(e.duties?.[i]?.assignee))}
                {...register(`duties.${i}.assignee`)}
              />
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
      </Section>

      <Section title="Nơi nhận và người ký">
        <LinesField control={control} name="recipients" label="Nơi nhận" required error={e.recipients?.message} />
        <div className="grid gap-x-4 sm:grid-cols-3">
          <Field id="signerAuthority" label="Thẩm quyền ký" error={e.signerAuthority?.message} required>
            <input {...attrs("signerAuthority", Boolean(e.signerAuthority))} {...register("signerAuthority")} />
          </Field>
          <Field id="signerTitle" label="Chức vụ người ký" error={e.signerTitle?.message} required>
            <input {...attrs("signerTitle", Boolean(e.signerTitle))} {...register("signerTitle")} />
          </Field>
          <Field id="signerName" label="Họ tên người ký" error={e.signerName?.message} required>
            <input {...attrs("signerName", Boolean(e.signerName))} {...register("signerName")} />
          </Field>
        </div>
      </Section>

      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <div className="flex gap-2">
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

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3 rounded-lg border border-slate-300 bg-white p-6">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}
