"use client";

import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { CONFERRALS, CONFERRAL_LABELS, RECIPIENT_KINDS, RECIPIENT_KIND_LABELS, type TPlanInput } from "@/schemas/plan";
import { Field, errorId, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { LinesField } from "@/components/forms/lines-field";
import { catalogue } from "@/domain/catalogue/catalogue";

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
  const id = (f: string) => `awardForms-${index}-${f}`;
  const attrs = (f: string, invalid: boolean) => ({
    id: id(f),
    "aria-invalid": invalid,
    "aria-describedby": errorId(id(f)),
    className: inputClass,
  });
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-300 p-4">
      <legend className="px-1 font-medium">Hình thức khen thưởng {index + 1}</legend>
      <input type="hidden" {...register(`awardForms.${index}.id`)} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field id={id("name")} label="Tên hình thức" error={e?.name?.message} required>
          <input {...attrs("name", Boolean(e?.name))} {...register(`awardForms.${index}.name`)} />
        </Field>
        <Field id={id("authority")} label="Cấp có thẩm quyền" error={e?.authority?.message} required>
          <input {...attrs("authority", Boolean(e?.authority))} {...register(`awardForms.${index}.authority`)} />
        </Field>
        <Field id={id("conferral")} label="Thẩm quyền" error={e?.conferral?.message}>
          <select {...attrs("conferral", Boolean(e?.conferral))} {...register(`awardForms.${index}.conferral`)}>
            {CONFERRALS.map((c) => (
              <option key={c} value={c}>
                {CONFERRAL_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id("recipientKind")} label="Đối tượng" error={e?.recipientKind?.message}>
          <select
            {...attrs("recipientKind", Boolean(e?.recipientKind))}
            {...register(`awardForms.${index}.recipientKind`)}
          >
            {RECIPIENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {RECIPIENT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id("quota")} label="Số lượng" error={e?.quota?.message} hint="Để trống nếu không giới hạn.">
          <input
            type="number"
            min={0}
            inputMode="numeric"
            {...attrs("quota", Boolean(e?.quota))}
            {...register(`awardForms.${index}.quota`)}
          />
        </Field>
        <Field
          id={id("cashValue")}
          label="Giá trị thưởng mỗi người (đồng)"
          error={e?.cashValue?.message}
          hint="Tiền hoặc quà cố định, nếu kế hoạch quy định."
        >
          <input
            type="number"
            min={0}
            inputMode="numeric"
            {...attrs("cashValue", Boolean(e?.cashValue))}
            {...register(`awardForms.${index}.cashValue`)}
          />
        </Field>
        <Field
          id={id("catalogueCode")}
          label="Theo danh mục của Luật"
          error={e?.catalogueCode?.message}
          hint="Để áp dụng điều kiện của danh hiệu (ví dụ Chiến sĩ thi đua cơ sở)."
        >
          <select
            {...attrs("catalogueCode", Boolean(e?.catalogueCode))}
            {...register(`awardForms.${index}.catalogueCode`)}
          >
            <option value="">Hình thức riêng của đơn vị</option>
            {catalogue.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={id("capPercent")}
          label="Tỷ lệ tối đa (%)"
          error={e?.capPercent?.message}
          hint="Nếu tỉnh quy định, ví dụ Chiến sĩ thi đua cơ sở không quá N% số Lao động tiên tiến."
        >
          <input
            type="number"
            min={1}
            max={100}
            inputMode="numeric"
            {...attrs("capPercent", Boolean(e?.capPercent))}
            {...register(`awardForms.${index}.capPercent`)}
          />
        </Field>
        {phases.length ? (
          <Field
            id={id("phase")}
            label="Khen thưởng vào dịp"
            error={e?.phase?.message}
            hint="Kế hoạch giai đoạn: sơ kết, tổng kết có hình thức riêng."
          >
            <select {...attrs("phase", Boolean(e?.phase))} {...register(`awardForms.${index}.phase`)}>
              <option value="">Cả kế hoạch</option>
              {phases
                .filter((p) => p.name)
                .map((p) => (
                  <option key={p.name} value={p.name}>
                    {p.name}
                  </option>
                ))}
            </select>
          </Field>
        ) : null}
      </div>

      <fieldset className="space-y-2" aria-describedby={errorId(id("subQuotas"))}>
        <legend className="text-sm font-medium">Phân chia số lượng theo nhóm</legend>
        {sub.fields.map((f, i) => (
          <div key={f.id} className="flex flex-wrap items-end gap-2">
            <Field
              id={id(`subQuotas-${i}-category`)}
              label={`Nhóm ${i + 1}`}
              error={e?.subQuotas?.[i]?.category?.message}
            >
              <input
                {...attrs(`subQuotas-${i}-category`, Boolean(e?.subQuotas?.[i]?.category))}
                {...register(`awardForms.${index}.subQuotas.${i}.category`)}
              />
            </Field>
            <Field
              id={id(`subQuotas-${i}-quota`)}
              label={`Số lượng nhóm ${i + 1}`}
              error={e?.subQuotas?.[i]?.quota?.message}
            >
              <input
                type="number"
                min={0}
                {...attrs(`subQuotas-${i}-quota`, Boolean(e?.subQuotas?.[i]?.quota))}
                {...register(`awardForms.${index}.subQuotas.${i}.quota`)}
              />
            </Field>
            <Button variant="secondary" className="mb-5" onClick={() => sub.remove(i)}>
              Bỏ nhóm {i + 1}
            </Button>
          </div>
        ))}
        <p id={errorId(id("subQuotas"))} className="text-sm text-red-700">
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
            <Field
              id={id(`dossier-${i}-name`)}
              label={`Giấy tờ ${i + 1}`}
              error={e?.dossier?.[i]?.name?.message}
              required
            >
              <input
                {...attrs(`dossier-${i}-name`, Boolean(e?.dossier?.[i]?.name))}
                {...register(`awardForms.${index}.dossier.${i}.name`)}
              />
            </Field>
            <Field
              id={id(`dossier-${i}-template`)}
              label={`Mẫu của giấy tờ ${i + 1}`}
              error={e?.dossier?.[i]?.template?.message}
            >
              <input
                {...attrs(`dossier-${i}-template`, Boolean(e?.dossier?.[i]?.template))}
                {...register(`awardForms.${index}.dossier.${i}.template`)}
              />
            </Field>
            <Field id={id(`dossier-${i}-copies`)} label={`Số bản ${i + 1}`} error={e?.dossier?.[i]?.copies?.message}>
              <input
                type="number"
                min={1}
                {...attrs(`dossier-${i}-copies`, Boolean(e?.dossier?.[i]?.copies))}
                {...register(`awardForms.${index}.dossier.${i}.copies`)}
              />
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
