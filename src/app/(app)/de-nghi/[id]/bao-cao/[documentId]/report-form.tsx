"use client";

import { useRouter } from "next/navigation";
import { useFieldArray, useForm, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { TCollectiveReportInput, TIndividualReportInput } from "@/schemas/achievement-report";
import { AWARD_HISTORY_KINDS, AWARD_HISTORY_KIND_LABELS } from "@/schemas/achievement-report-labels";
import { GENDERS, GENDER_LABELS } from "@/schemas/person-labels";
import { Field } from "@/components/ui/field";
import { fieldProps } from "@/components/forms/field-props";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { LinesField } from "@/components/forms/lines-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/schemas/action-result";

type Save = (input: unknown) => Promise<ActionResult>;

// Zod and the schemas come when a form first checks, not with the page (lazy-zod-resolver.ts).
const individualResolver = lazyZodResolver<TIndividualReportInput>(() =>
  import("@/schemas/achievement-report").then((m) => m.ZIndividualReport),
);
const collectiveResolver = lazyZodResolver<TCollectiveReportInput>(() =>
  import("@/schemas/achievement-report").then((m) => m.ZCollectiveReport),
);

/** Initiatives and awards already received: the lists both templates share. */
function HistoryFields<V extends FieldValues>({ form }: { form: UseFormReturn<V> }) {
  const initiatives = useFieldArray({ control: form.control, name: "initiatives" as never });
  const awards = useFieldArray({ control: form.control, name: "awards" as never });
  const wire = fieldProps(form);
  const field = (name: string) => wire(name as Path<V>);
  return (
    <>
      <fieldset className="space-y-2">
        <legend className="font-medium">Sáng kiến, giải pháp</legend>
        {initiatives.fields.map((f, i) => (
          <div key={f.id} className="grid items-end gap-2 sm:grid-cols-[2fr_2fr_auto]">
            <Field {...field(`initiatives.${i}.title`)} label={`Sáng kiến ${i + 1}`}>
              {(props) => <input {...props} />}
            </Field>
            <Field {...field(`initiatives.${i}.recognisedBy`)} label={`Nơi công nhận sáng kiến ${i + 1}`}>
              {(props) => <input {...props} />}
            </Field>
            <Button variant="secondary" className="mb-5" onClick={() => initiatives.remove(i)}>
              Bỏ sáng kiến {i + 1}
            </Button>
          </div>
        ))}
        <Button variant="secondary" onClick={() => initiatives.append({ title: "", recognisedBy: "" } as never)}>
          Thêm sáng kiến
        </Button>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="font-medium">Các hình thức đã được khen thưởng</legend>
        {awards.fields.map((f, i) => (
          <div key={f.id} className="grid items-end gap-2 sm:grid-cols-[1fr_6rem_2fr_1fr_auto]">
            <Field {...field(`awards.${i}.kind`)} label={`Loại ${i + 1}`}>
              {(props) => (
                <select {...props}>
                  {AWARD_HISTORY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {AWARD_HISTORY_KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field {...field(`awards.${i}.year`)} label={`Năm ${i + 1}`}>
              {(props) => <input {...props} />}
            </Field>
            <Field {...field(`awards.${i}.name`)} label={`Danh hiệu, hình thức ${i + 1}`}>
              {(props) => <input {...props} />}
            </Field>
            <Field {...field(`awards.${i}.decisionNumber`)} label={`Số quyết định ${i + 1}`}>
              {(props) => <input {...props} />}
            </Field>
            <Button variant="secondary" className="mb-5" onClick={() => awards.remove(i)}>
              Bỏ dòng {i + 1}
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          onClick={() =>
            awards.append({
              kind: "TITLE",
              year: "",
              name: "",
              decisionNumber: "",
              decisionDate: "",
              issuer: "",
            } as never)
          }
        >
          Thêm lần khen thưởng
        </Button>
      </fieldset>
    </>
  );
}

/** A labelled one-line input bound to a top-level field, with its error beside it. */
function TextInput<V extends FieldValues>({
  form,
  name,
  label,
  required = true,
  type = "text",
}: {
  form: UseFormReturn<V>;
  name: Path<V>;
  label: string;
  required?: boolean;
  type?: string;
}) {
  return (
    <Field {...fieldProps(form)(name)} label={label} required={required}>
      {(props) => <input {...props} type={type} />}
    </Field>
  );
}

function useReportForm<V extends FieldValues>(form: ReturnType<typeof useForm<V>>, save: Save, back: string) {
  const router = useRouter();
  return useActionForm(form, save, () => {
    router.push(back);
    router.refresh();
  });
}

export function IndividualReportForm({
  initial,
  save,
  back,
}: {
  initial: TIndividualReportInput;
  save: Save;
  back: string;
}) {
  const form = useForm<TIndividualReportInput>({
    resolver: individualResolver,
    defaultValues: initial,
  });
  const { submit, formError, submitting } = useReportForm(form, save, back);
  const e = form.formState.errors;
  const field = fieldProps(form);
  const f = (name: keyof TIndividualReportInput & string, label: string, required = true, type = "text") => (
    <TextInput form={form} name={name} label={label} required={required} type={type} />
  );
  return (
    <form onSubmit={submit} className="max-w-4xl space-y-4 rounded-lg border border-slate-300 bg-white p-6" noValidate>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <div className="grid gap-x-4 sm:grid-cols-2">
        {f("proposedAward", "Đề nghị tặng")}
        {f("fullName", "Họ và tên")}
        {f("dateOfBirth", "Ngày sinh", true, "date")}
        <Field {...field("gender")} label="Giới tính" required>
          {(props) => (
            <select {...props}>
              {GENDERS.map((g) => (
                <option key={g} value={g}>
                  {GENDER_LABELS[g]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {f("hometown", "Quê quán")}
        {f("residence", "Trú quán")}
        {f("workplace", "Đơn vị công tác")}
        {f("position", "Chức vụ (Đảng, chính quyền, đoàn thể)")}
        {f("professionalQualification", "Trình độ chuyên môn, nghiệp vụ")}
        {f("politicalTheory", "Trình độ lý luận chính trị", false)}
        {f("academicTitles", "Học hàm, học vị, danh hiệu, giải thưởng", false)}
        {f("fromYear", "Thành tích từ năm", true, "number")}
        {f("toYear", "Đến năm", true, "number")}
      </div>
      <LinesField
        control={form.control}
        name="duties"
        label="Quyền hạn, nhiệm vụ được giao"
        required
        error={e.duties?.message}
      />
      <LinesField
        control={form.control}
        name="achievements"
        label="Thành tích đạt được"
        required
        error={e.achievements?.message}
        rows={6}
      />
      <HistoryFields form={form} />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Đang lập báo cáo…" : "Lập báo cáo (.docx) và nộp vào hồ sơ"}
      </Button>
    </form>
  );
}

export function CollectiveReportForm({
  initial,
  save,
  back,
}: {
  initial: TCollectiveReportInput;
  save: Save;
  back: string;
}) {
  const form = useForm<TCollectiveReportInput>({
    resolver: collectiveResolver,
    defaultValues: initial,
  });
  const { submit, formError, submitting } = useReportForm(form, save, back);
  const e = form.formState.errors;
  const field = fieldProps(form);
  const f = (name: keyof TCollectiveReportInput & string, label: string, required = true, type = "text") => (
    <TextInput form={form} name={name} label={label} required={required} type={type} />
  );
  return (
    <form onSubmit={submit} className="max-w-4xl space-y-4 rounded-lg border border-slate-300 bg-white p-6" noValidate>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <div className="grid gap-x-4 sm:grid-cols-2">
        {f("proposedAward", "Đề nghị tặng")}
        {f("name", "Tên tập thể")}
        {f("address", "Địa chỉ trụ sở")}
        {f("contact", "Điện thoại, email", false)}
        {f("headName", "Họ tên thủ trưởng đơn vị")}
        {f("headTitle", "Chức vụ thủ trưởng")}
        {f("staffCount", "Tổng số cán bộ", true, "number")}
        {f("femaleCount", "Số nữ", false, "number")}
        {f("fromYear", "Thành tích từ năm", true, "number")}
        {f("toYear", "Đến năm", true, "number")}
      </div>
      <Field {...field("structure")} label="Cơ cấu tổ chức" required>
        {(props) => <textarea {...props} rows={3} />}
      </Field>
      <LinesField
        control={form.control}
        name="functions"
        label="Chức năng, nhiệm vụ"
        required
        error={e.functions?.message}
      />
      <LinesField
        control={form.control}
        name="achievements"
        label="Thành tích đạt được"
        required
        error={e.achievements?.message}
        rows={6}
      />
      <LinesField
        control={form.control}
        name="measures"
        label="Biện pháp, nguyên nhân đạt được thành tích"
        error={e.measures?.message}
      />
      <HistoryFields form={form} />
      <Button type="submit" disabled={submitting}>
        {submitting ? "Đang lập báo cáo…" : "Lập báo cáo (.docx) và nộp vào hồ sơ"}
      </Button>
    </form>
  );
}
