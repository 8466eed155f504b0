"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { TCouncilRules } from "@/schemas/council";
import { SECRETARY_STAND_INS, STAND_IN_LABELS } from "@/domain/council/secretary";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { fieldProps, checkboxProps } from "@/components/forms/field-props";
import { FormAlerts } from "@/components/forms/form-alerts";
import { QuorumFields } from "@/components/forms/quorum-fields";
import { saveCouncilRulesAction } from "./actions";

// Zod and the schema come when the form first checks, not with the page (lazy-zod-resolver.ts).
const rulesResolver = lazyZodResolver<TCouncilRules>(() => import("@/schemas/council").then((m) => m.ZCouncilRules));

/**
 * The council's quy chế: its name, the general threshold, and — left empty to follow the province's
 * rules for communes — the quorum and whether absent members' written opinions count; who runs a
 * session when the secretary is absent (`seats`: the council's seats, one of which it may name).
 */
export function CouncilRulesForm({
  initial,
  rowVersion,
  seats,
}: {
  initial: TCouncilRules;
  rowVersion: number | null;
  seats: { id: string; label: string }[];
}) {
  const router = useRouter();
  const form = useForm<TCouncilRules>({ resolver: rulesResolver, defaultValues: initial });
  const { submit, formError, submitting, current } = useActionForm(
    form,
    saveCouncilRulesAction,
    () => router.refresh(),
    rowVersion,
  );
  const field = fieldProps(form, "qc");
  const standIn = form.watch("secretaryStandIn");
  return (
    <form onSubmit={submit} className="grid gap-x-4 sm:grid-cols-3" noValidate aria-label="Quy chế của Hội đồng">
      <FormAlerts
        className="sm:col-span-3"
        formError={formError}
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
          secretaryStandIn: {
            label: "Thư ký vắng mặt",
            show: (v) => STAND_IN_LABELS[v as keyof typeof STAND_IN_LABELS] ?? String(v),
          },
          secretaryStandInMemberId: {
            label: "Thành viên được thay Thư ký",
            show: (v) => seats.find((s) => s.id === v)?.label ?? "(không có)",
          },
        }}
      />
      <div className="sm:col-span-3">
        <Field {...field("name")} label="Tên Hội đồng" required>
          {(props) => <input {...props} />}
        </Field>
      </div>
      <Field
        {...field("thresholdPercent")}
        label="Tỷ lệ đồng ý chung (%)"
        hint="Tính trên tổng số thành viên Hội đồng."
        required
      >
        {(props) => <input {...props} type="number" inputMode="numeric" />}
      </Field>
      <label className="flex items-center gap-2 text-sm sm:col-span-3">
        <input className="h-4 w-4" {...checkboxProps(form, "thresholdStrict")} /> Phải trên tỷ lệ (bỏ chọn: từ tỷ lệ trở
        lên)
      </label>
      <label className="flex items-center gap-2 text-sm sm:col-span-3">
        <input className="h-4 w-4" {...checkboxProps(form, "secretBallot")} /> Bỏ phiếu kín (biên bản ghi &ldquo;bỏ
        phiếu kín&rdquo;; bỏ chọn: &ldquo;bỏ phiếu&rdquo;)
      </label>
      <QuorumFields
        numerator={field("quorumNumerator")}
        denominator={field("quorumDenominator")}
        writtenOpinions={field("countsWrittenOpinions")}
        numeratorHint="Ví dụ 2/3 tổng số thành viên. Để trống: theo quy định của tỉnh."
        unsetOpinion="Theo quy định của tỉnh (hoặc Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7: có tính)"
        opinionsClassName="sm:col-span-3"
      />
      <div className="sm:col-span-3">
        <Field
          {...field("secretaryStandIn")}
          label="Thư ký vắng mặt: ai điều hành phiên họp thay"
          hint="Mở phiên họp, mở và đóng bỏ phiếu, nhập phiếu giấy khi Hội đồng không có Thư ký hoặc Thư ký vắng mặt."
        >
          {(props) => (
            <select {...props}>
              {SECRETARY_STAND_INS.map((k) => (
                <option key={k} value={k}>
                  {STAND_IN_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {standIn === "NAMED_MEMBER" ? (
        <div className="sm:col-span-3">
          <Field
            {...field("secretaryStandInMemberId")}
            label="Thành viên được thay Thư ký"
            hint={seats.length ? undefined : "Hội đồng chưa có thành viên: thêm thành viên trước."}
            required
          >
            {(props) => (
              <select {...props}>
                <option value="">— Chọn thành viên —</option>
                {seats.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      ) : null}
      <div className="mt-2 sm:col-span-3">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Đang lưu…" : "Lưu quy chế"}
        </Button>
      </div>
    </form>
  );
}
