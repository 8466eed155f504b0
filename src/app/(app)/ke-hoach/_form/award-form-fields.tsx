"use client";

import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { CONFERRALS, CONFERRAL_LABELS, RECIPIENT_KINDS } from "@/schemas/plan-labels";
import type { TPlanInput } from "@/schemas/plan";
import { Field } from "@/components/ui/field";
import { fieldProps } from "@/components/forms/field-props";
import { Button } from "@/components/ui/button";
import { LinesField } from "@/components/forms/lines-field";
import { catalogue } from "@/domain/catalogue/catalogue";
import { REWARD_KINDS, REWARD_KIND_LABELS } from "@/domain/awards/reward";
import { AWARD_RECURRENCES, RECURRENCE_LABELS, recursAtReviews } from "@/domain/plans/rounds";

type Props = {
  control: Control<TPlanInput>;
  register: UseFormRegister<TPlanInput>;
  errors: FieldErrors<TPlanInput>;
  index: number;
  onRemove: () => void;
};

/** One award form of the plan: who confers it, for whom, how many, the criteria and the dossier. */
export function AwardFormFields({ control, register, errors, index, onRemove }: Props) {
  const sub = useFieldArray({ control, name: `awardForms.${index}.subQuotas` });
  const dossier = useFieldArray({ control, name: `awardForms.${index}.dossier` });
  const e = errors.awardForms?.[index];
  const phases = useWatch({ control, name: "phases" }) ?? [];
  const rewardKind = useWatch({ control, name: `awardForms.${index}.rewardKind` });
  const recurrence = useWatch({ control, name: `awardForms.${index}.recurrence` });
  const chosenReviews = useWatch({ control, name: `awardForms.${index}.reviews` }) ?? [];
  const reviewNames = phases.map((p) => p.name).filter(Boolean);
  const field = fieldProps({ register, control, formState: { errors } });
  const subQuotasError = `awardForms-${index}-subQuotas-loi`;
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-300 p-4">
      <legend className="px-1 font-medium">Hình thức khen thưởng {index + 1}</legend>
      <input type="hidden" {...register(`awardForms.${index}.id`)} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field {...field(`awardForms.${index}.name`)} label="Tên hình thức" required>
          {(props) => <input {...props} />}
        </Field>
        <Field {...field(`awardForms.${index}.authority`)} label="Cấp có thẩm quyền" required>
          {(props) => <input {...props} />}
        </Field>
        <Field {...field(`awardForms.${index}.conferral`)} label="Thẩm quyền">
          {(props) => (
            <select {...props}>
              {CONFERRALS.map((c) => (
                <option key={c} value={c}>
                  {CONFERRAL_LABELS[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field(`awardForms.${index}.recipientKind`)} label="Đối tượng">
          {(props) => (
            <select {...props}>
              {RECIPIENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {RECIPIENT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field(`awardForms.${index}.quota`)} label="Số lượng" hint="Để trống nếu không giới hạn.">
          {(props) => <input {...props} type="number" min={0} inputMode="numeric" />}
        </Field>
        <Field
          {...field(`awardForms.${index}.rewardKind`)}
          label="Hình thức thưởng"
          hint="Tiền theo hệ số × mức lương cơ sở tại ngày quyết định, một số tiền, hay một phần quà có giá trị."
        >
          {(props) => (
            <select {...props}>
              {REWARD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {REWARD_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {rewardKind === "CASH" || rewardKind === "GIFT" ? (
          <Field
            {...field(`awardForms.${index}.cashValue`)}
            label={rewardKind === "GIFT" ? "Giá trị quà mỗi người (đồng)" : "Số tiền mỗi người (đồng)"}
            hint="Để trống nếu kế hoạch chưa ghi: Chủ tịch nhập khi ký quyết định."
          >
            {(props) => <input {...props} type="number" min={0} inputMode="numeric" />}
          </Field>
        ) : null}
        {rewardKind === "GIFT" ? (
          <Field
            {...field(`awardForms.${index}.giftDescription`)}
            label="Hiện vật"
            hint="Ví dụ: một phần quà. Quyết định ghi “được tặng một phần quà trị giá …”."
          >
            {(props) => <input {...props} />}
          </Field>
        ) : null}
        <Field
          {...field(`awardForms.${index}.catalogueCode`)}
          label="Theo danh mục của Luật"
          hint="Để áp dụng điều kiện của danh hiệu (ví dụ Chiến sĩ thi đua cơ sở)."
        >
          {(props) => (
            <select {...props}>
              <option value="">Hình thức riêng của đơn vị</option>
              {catalogue.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          {...field(`awardForms.${index}.capPercent`)}
          label="Tỷ lệ tối đa (%)"
          hint="Nếu tỉnh quy định, ví dụ Chiến sĩ thi đua cơ sở không quá N% số Lao động tiên tiến."
        >
          {(props) => <input {...props} type="number" min={1} max={100} inputMode="numeric" />}
        </Field>
        {phases.length ? (
          <Field
            {...field(`awardForms.${index}.phase`)}
            label="Khen thưởng vào dịp"
            hint="Kế hoạch giai đoạn: sơ kết, tổng kết có hình thức riêng."
          >
            {(props) => (
              <select {...props}>
                <option value="">Cả kế hoạch</option>
                {phases
                  .filter((p) => p.name)
                  .map((p) => (
                    <option key={p.name} value={p.name}>
                      {p.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field
          {...field(`awardForms.${index}.recurrence`)}
          label="Lặp lại"
          hint="Mỗi đợt (mỗi năm, mỗi lần sơ kết, tổng kết) có số lượng, phân bổ, đề nghị và quyết định riêng; số lượng ở trên là của một đợt."
        >
          {(props) => (
            <select {...props}>
              {AWARD_RECURRENCES.map((r) => (
                <option key={r} value={r}>
                  {RECURRENCE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {recurrence && recursAtReviews(recurrence) && reviewNames.length > 1 ? (
          // A plan may award at some of its reviews only ("khen thưởng tại tổng kết"): none ticked = every one.
          <fieldset className="space-y-1 pb-4 sm:col-span-2" aria-describedby={`awardForms-${index}-reviews-loi`}>
            <legend className="text-sm font-medium">Khen thưởng tại các đợt</legend>
            <p className="text-sm text-slate-700">Không chọn đợt nào: khen thưởng tại mọi đợt sơ kết, tổng kết.</p>
            {reviewNames.map((name, i) => (
              <label key={name} className="flex min-h-6 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  value={name}
                  className="h-5 w-5"
                  defaultChecked={chosenReviews.includes(name)}
                  {...register(`awardForms.${index}.reviews`)}
                  id={`awardForms-${index}-reviews-${i}`}
                />
                {name}
              </label>
            ))}
            <p id={`awardForms-${index}-reviews-loi`} className="text-sm text-red-700">
              {e?.reviews?.message ?? ""}
            </p>
          </fieldset>
        ) : null}
        {recurrence && recurrence !== "ONCE" ? (
          <Field
            {...field(`awardForms.${index}.roundDeadline`)}
            label="Hạn nộp hồ sơ mỗi năm (ngày/tháng)"
            hint="Ví dụ 15/12: hạn của đợt năm 2024 là 15/12/2024. Để trống nếu kế hoạch không ghi."
          >
            {(props) => <input {...props} inputMode="numeric" placeholder="dd/mm" />}
          </Field>
        ) : null}
      </div>

      <fieldset className="space-y-2" aria-describedby={subQuotasError}>
        <legend className="text-sm font-medium">Phân chia số lượng theo nhóm</legend>
        {sub.fields.map((f, i) => (
          <div key={f.id} className="flex flex-wrap items-end gap-2">
            <Field {...field(`awardForms.${index}.subQuotas.${i}.category`)} label={`Nhóm ${i + 1}`}>
              {(props) => <input {...props} />}
            </Field>
            <Field {...field(`awardForms.${index}.subQuotas.${i}.quota`)} label={`Số lượng nhóm ${i + 1}`}>
              {(props) => <input {...props} type="number" min={0} />}
            </Field>
            <Button variant="secondary" className="mb-5" onClick={() => sub.remove(i)}>
              Bỏ nhóm {i + 1}
            </Button>
          </div>
        ))}
        <p id={subQuotasError} className="text-sm text-red-700">
          {e?.subQuotas?.message ?? e?.subQuotas?.root?.message ?? ""}
        </p>
        <Button variant="secondary" onClick={() => sub.append({ category: "", quota: 0 })}>
          Thêm nhóm
        </Button>
      </fieldset>

      <LinesField
        control={control}
        name={`awardForms.${index}.criteria`}
        label="Tiêu chuẩn"
        required
        error={e?.criteria?.message ?? e?.criteria?.root?.message}
        rows={5}
      />

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Hồ sơ đề nghị</legend>
        {dossier.fields.map((f, i) => (
          <div key={f.id} className="grid items-end gap-2 sm:grid-cols-[2fr_1fr_6rem_auto]">
            <Field {...field(`awardForms.${index}.dossier.${i}.name`)} label={`Giấy tờ ${i + 1}`} required>
              {(props) => <input {...props} />}
            </Field>
            <Field {...field(`awardForms.${index}.dossier.${i}.template`)} label={`Mẫu của giấy tờ ${i + 1}`}>
              {(props) => <input {...props} />}
            </Field>
            <Field {...field(`awardForms.${index}.dossier.${i}.copies`)} label={`Số bản ${i + 1}`}>
              {(props) => <input {...props} type="number" min={1} />}
            </Field>
            <Button variant="secondary" className="mb-5" onClick={() => dossier.remove(i)}>
              Bỏ giấy tờ {i + 1}
            </Button>
          </div>
        ))}
        <Button variant="secondary" onClick={() => dossier.append({ name: "", template: "", copies: 1 })}>
          Thêm giấy tờ
        </Button>
      </fieldset>

      <Button variant="danger" onClick={onRemove}>
        Bỏ hình thức {index + 1}
      </Button>
    </fieldset>
  );
}
