"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZCouncilRules, type TCouncilRules } from "@/schemas/council";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps } from "@/components/forms/field-props";
import { CurrentValues } from "@/components/forms/current-values";
import { saveCouncilRulesAction } from "./actions";

/**
 * The council's quy chế: its name, the general threshold, and — left empty to follow the province's
 * rules for communes — the quorum and whether absent members' written opinions count.
 */
export function CouncilRulesForm({ initial, rowVersion }: { initial: TCouncilRules; rowVersion: number | null }) {
  const router = useRouter();
  const form = useForm<TCouncilRules>({ resolver: zodResolver(ZCouncilRules), defaultValues: initial });
  const { submit, formError, submitting, current } = useActionForm(
    form,
    saveCouncilRulesAction,
    () => router.refresh(),
    rowVersion,
  );
  const field = fieldProps(form, "qc");
  return (
    <form onSubmit={submit} className="grid gap-x-4 sm:grid-cols-3" noValidate aria-label="Quy chế của Hội đồng">
      {formError ? (
        <div className="sm:col-span-3">
          <Notice tone="error">{formError}</Notice>
        </div>
      ) : null}
      {current ? (
        <div className="sm:col-span-3">
          <CurrentValues
            current={current}
            typed={form.getValues()}
            labels={{
              name: "Tên Hội đồng",
              quorumNumerator: "Số dự họp tối thiểu: tử số",
              quorumDenominator: "Mẫu số",
              thresholdPercent: "Tỷ lệ đồng ý chung (%)",
              thresholdStrict: "Phải trên tỷ lệ",
              countsWrittenOpinions: {
                label: "Ý kiến bằng văn bản",
                show: (v) => (v === "true" ? "Có tính" : v === "false" ? "Không tính" : "Theo quy định của tỉnh"),
              },
            }}
          />
        </div>
      ) : null}
      <div className="sm:col-span-3">
        <Field {...field("name")} label="Tên Hội đồng" required>
          {(props) => <input {...props} />}
        </Field>
      </div>
      <Field
        {...field("quorumNumerator")}
        label="Số dự họp tối thiểu: tử số"
        hint="Ví dụ 2/3 tổng số thành viên. Để trống: theo quy định của tỉnh."
      >
        {(props) => <input {...props} type="number" inputMode="numeric" />}
      </Field>
      <Field {...field("quorumDenominator")} label="Mẫu số">
        {(props) => <input {...props} type="number" inputMode="numeric" />}
      </Field>
      <Field
        {...field("thresholdPercent")}
        label="Tỷ lệ đồng ý chung (%)"
        hint="Tính trên tổng số thành viên Hội đồng."
        required
      >
        {(props) => <input {...props} type="number" inputMode="numeric" />}
      </Field>
      <label className="flex items-center gap-2 text-sm sm:col-span-3">
        <input type="checkbox" className="h-4 w-4" {...form.register("thresholdStrict")} /> Phải trên tỷ lệ (bỏ chọn: từ
        tỷ lệ trở lên)
      </label>
      <label className="flex items-center gap-2 text-sm sm:col-span-3">
        <input type="checkbox" className="h-4 w-4" {...form.register("secretBallot")} /> Bỏ phiếu kín (biên bản ghi
        &ldquo;bỏ phiếu kín&rdquo;; bỏ chọn: &ldquo;bỏ phiếu&rdquo;)
      </label>
      <div className="sm:col-span-3">
        <Field {...field("countsWrittenOpinions")} label="Ý kiến bằng văn bản của thành viên vắng mặt">
          {(props) => (
            <select {...props}>
              <option value="">Theo quy định của tỉnh (hoặc Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7: có tính)</option>
              <option value="true">Có tính</option>
              <option value="false">Không tính</option>
            </select>
          )}
        </Field>
      </div>
      <div className="mt-2 sm:col-span-3">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Lưu quy chế"}
        </Button>
      </div>
    </form>
  );
}
