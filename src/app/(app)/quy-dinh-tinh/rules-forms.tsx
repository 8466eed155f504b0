"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { PROVINCE_RULE_KEYS, PROVINCE_RULE_KEY_LABELS } from "@/schemas/province-rules-labels";
import type { TProvinceRules, TProvinceTitleRule } from "@/schemas/province-rules";
import { findEntry } from "@/domain/catalogue/catalogue";
import { COMMUNE_CHAIR_CONFERS_FROM_2025 } from "@/domain/catalogue/conferring-authority";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps, checkboxProps } from "@/components/forms/field-props";
import { FormAlerts } from "@/components/forms/form-alerts";
import { QuorumFields } from "@/components/forms/quorum-fields";
import { saveProvinceRulesAction, saveProvinceTitleRuleAction } from "./actions";
import { DateInput } from "@/components/ui/date-input";

// Zod and the schema come when the form first checks, not with the page (lazy-zod-resolver.ts).
const rulesResolver = lazyZodResolver<TProvinceRules>(() =>
  import("@/schemas/province-rules").then((m) => m.ZProvinceRules),
);
const titleRuleResolver = lazyZodResolver<TProvinceTitleRule>(() =>
  import("@/schemas/province-rules").then((m) => m.ZProvinceTitleRule),
);

/** The province's decision and the rules of every commune session (quorum, written opinions, what communes may change). */
export function ProvinceRulesForm({ initial, rowVersion }: { initial: TProvinceRules; rowVersion: number | null }) {
  const router = useRouter();
  const form = useForm<TProvinceRules>({ resolver: rulesResolver, defaultValues: initial });
  const { submit, formError, submitting, current } = useActionForm(
    form,
    saveProvinceRulesAction,
    () => router.refresh(),
    rowVersion,
  );
  const field = fieldProps(form, "qd");
  return (
    <form onSubmit={submit} className="grid gap-x-4 sm:grid-cols-3" noValidate aria-label="Quyết định của tỉnh">
      <FormAlerts
        className="sm:col-span-3"
        formError={formError}
        current={current}
        typed={form.getValues()}
        labels={{
          decisionNumber: "Số quyết định",
          decisionDate: "Ngày ký",
          effectiveFrom: "Có hiệu lực từ ngày",
          quorumNumerator: "Số dự họp tối thiểu: tử số",
          quorumDenominator: "Mẫu số",
          countsWrittenOpinions: {
            label: "Ý kiến bằng văn bản",
            show: (v) => (v === "true" ? "Có tính" : v === "false" ? "Không tính" : "Không quy định"),
          },
          communeMayOverride: {
            label: "Xã được quy định khác về",
            show: (v) =>
              (v as (keyof typeof PROVINCE_RULE_KEY_LABELS)[]).map((k) => PROVINCE_RULE_KEY_LABELS[k]).join("; ") ||
              "không nội dung nào",
          },
        }}
      />
      <Field {...field("decisionNumber")} label="Số quyết định" hint="Ví dụ 86/2025/QĐ-UBND." required>
        {(props) => <input {...props} />}
      </Field>
      <Field {...field("decisionDate")} label="Ngày ký" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <Field {...field("effectiveFrom")} label="Có hiệu lực từ ngày" required>
        {(props) => <DateInput {...props} />}
      </Field>
      <QuorumFields
        numerator={field("quorumNumerator")}
        denominator={field("quorumDenominator")}
        writtenOpinions={field("countsWrittenOpinions")}
        numeratorHint="Ví dụ 4/5 (từ 80% thành viên). Để trống: xã theo quy chế của mình."
        unsetOpinion="Không quy định (Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7: có tính)"
      />
      <fieldset className="space-y-1 text-sm sm:col-span-3">
        <legend className="font-medium text-slate-800">Xã được quy định khác trong quy chế của Hội đồng về</legend>
        {PROVINCE_RULE_KEYS.map((key) => (
          <label key={key} className="flex items-center gap-2">
            <input className="h-4 w-4" {...checkboxProps(form, "communeMayOverride", key)} />
            {PROVINCE_RULE_KEY_LABELS[key]}
          </label>
        ))}
      </fieldset>
      <div className="mt-3 sm:col-span-3">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Lưu quy định"}
        </Button>
      </div>
    </form>
  );
}

export const EMPTY_TITLE_RULE: TProvinceTitleRule = {
  catalogueCode: "",
  thresholdPercent: "",
  thresholdStrict: false,
  capPercent: "",
  memberSharePercent: "",
  memberTitleCode: "",
  criteria: "",
  dossier: "",
};

/** One title's rule (saved over the one it had); `fixed` when editing an existing title's rule. */
export function TitleRuleForm({
  initial,
  fixed,
  rowVersion = null,
}: {
  initial: TProvinceTitleRule;
  fixed?: boolean;
  /** The loaded rule's version (`fixed`): a save made after someone else's is refused, not lost. */
  rowVersion?: number | null;
}) {
  const router = useRouter();
  const form = useForm<TProvinceTitleRule>({ resolver: titleRuleResolver, defaultValues: initial });
  const { submit, formError, submitting, current } = useActionForm(
    form,
    saveProvinceTitleRuleAction,
    () => {
      if (!fixed) form.reset(EMPTY_TITLE_RULE);
      router.refresh();
    },
    rowVersion,
  );
  const prefix = fixed ? `dh-${String(initial.catalogueCode)}` : "dh";
  const field = fieldProps(form, prefix);
  const name = findEntry(String(initial.catalogueCode))?.name;
  return (
    <form
      onSubmit={submit}
      className="grid gap-x-4 sm:grid-cols-3"
      noValidate
      aria-label={fixed ? `Quy định cho ${name}` : "Thêm quy định cho danh hiệu, hình thức"}
    >
      <FormAlerts
        className="sm:col-span-3"
        formError={formError}
        current={current}
        typed={form.getValues()}
        labels={{
          thresholdPercent: "Tỷ lệ đồng ý (%)",
          thresholdStrict: "Phải trên tỷ lệ đồng ý",
          capPercent: "Tỷ lệ tối đa (%)",
          memberSharePercent: "Tập thể: tỷ lệ thành viên đạt danh hiệu (%)",
          memberTitleCode: {
            label: "Danh hiệu thành viên phải đạt",
            show: (v) => (v ? (findEntry(String(v))?.name ?? String(v)) : "(để trống)"),
          },
          criteria: "Tiêu chuẩn",
          dossier: "Hồ sơ đề nghị",
        }}
      />
      {fixed ? null : (
        <div className="sm:col-span-3">
          <Field {...field("catalogueCode")} label="Danh hiệu, hình thức" required>
            {(props) => (
              <select {...props}>
                <option value="">— Chọn —</option>
                {COMMUNE_CHAIR_CONFERS_FROM_2025.map((code) => (
                  <option key={code} value={code}>
                    {findEntry(code)?.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      <Field
        {...field("thresholdPercent")}
        label="Tỷ lệ đồng ý (%)"
        hint="Trên tổng số thành viên Hội đồng. Để trống: theo Nghị định hoặc tỷ lệ chung của Hội đồng."
      >
        {(props) => <input {...props} type="number" inputMode="numeric" />}
      </Field>
      <Field
        {...field("capPercent")}
        label="Tỷ lệ tối đa (%)"
        hint="Ví dụ Chiến sĩ thi đua cơ sở trên số Lao động tiên tiến."
      >
        {(props) => <input {...props} type="number" inputMode="numeric" />}
      </Field>
      <Field {...field("memberSharePercent")} label="Tập thể: tỷ lệ thành viên đạt danh hiệu (%)" hint="Ví dụ 70.">
        {(props) => <input {...props} type="number" inputMode="numeric" />}
      </Field>
      <label className="flex items-center gap-2 text-sm sm:col-span-3">
        <input className="h-4 w-4" {...checkboxProps(form, "thresholdStrict")} /> Phải trên tỷ lệ đồng ý (bỏ chọn: từ tỷ
        lệ trở lên)
      </label>
      <div className="sm:col-span-3">
        <Field {...field("memberTitleCode")} label="Danh hiệu thành viên phải đạt">
          {(props) => (
            <select {...props}>
              <option value="">— Không —</option>
              <option value="LDTT">{findEntry("LDTT")?.name}</option>
              <option value="CSTD_CS">{findEntry("CSTD_CS")?.name}</option>
            </select>
          )}
        </Field>
      </div>
      <div className="sm:col-span-3">
        <Field {...field("criteria")} label="Tiêu chuẩn" hint="Mỗi dòng một tiêu chuẩn.">
          {(props) => <textarea {...props} rows={3} />}
        </Field>
      </div>
      <div className="sm:col-span-3">
        <Field {...field("dossier")} label="Hồ sơ đề nghị" hint="Mỗi dòng một thành phần hồ sơ.">
          {(props) => <textarea {...props} rows={3} />}
        </Field>
      </div>
      <div className="mt-2 sm:col-span-3">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Lưu quy định cho danh hiệu"}
        </Button>
      </div>
    </form>
  );
}
