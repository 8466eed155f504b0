import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { findEntry } from "@/domain/catalogue/catalogue";
import { unitLevel } from "@/domain/units/hierarchy";
import { NO_PROVINCE_RULES_NOTE, provinceBasis, type ProvinceRuleSet } from "@/domain/council/effective-rules";
import { quorumText, thresholdText } from "@/domain/council/rules";
import { PROVINCE_RULE_KEY_LABELS } from "@/schemas/province-rules";
import { findOwnProvinceRules, findRulesOfMyProvince, provinceTitleRuleFormValues } from "@/server/data/province-rules";
import { formatViDate } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteButton } from "@/components/forms/delete-button";
import { EMPTY_TITLE_RULE, ProvinceRulesForm, TitleRuleForm } from "./rules-forms";
import { deleteProvinceTitleRuleAction } from "./actions";

export const metadata: Metadata = { title: "Quy định thi đua, khen thưởng cấp xã của tỉnh" };

const box = "mt-6 max-w-5xl space-y-4 rounded-lg border border-slate-300 bg-white p-6";
const LEGAL =
  "Từ 01/7/2025, thủ tục, hồ sơ xét tặng Chiến sĩ thi đua cơ sở, Lao động tiên tiến, Tập thể lao động tiên tiến, thôn, tổ dân phố văn hóa, Gia đình văn hóa, Giấy khen do tỉnh quy định (Nghị định 152/2025/NĐ-CP, Điều 6 khoản 2 điểm c). Các xã áp dụng quy định của tỉnh; nội dung tỉnh cho phép thì xã quy định khác trong quy chế của Hội đồng.";

/** The rules as the communes read them. */
function RulesView({ rules }: { rules: ProvinceRuleSet }) {
  return (
    <div className="space-y-3 text-sm" data-testid="province-rules">
      <p>
        {provinceBasis(rules)}, có hiệu lực từ {formatViDate(rules.effectiveFrom)}.
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          Số thành viên dự họp tối thiểu:{" "}
          {rules.quorumNumerator && rules.quorumDenominator
            ? quorumText({ numerator: rules.quorumNumerator, denominator: rules.quorumDenominator })
            : "không quy định (theo quy chế của Hội đồng)"}
          .
        </li>
        <li>
          Ý kiến bằng văn bản của thành viên vắng mặt:{" "}
          {rules.countsWrittenOpinions === null
            ? "không quy định (Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7: có tính)"
            : rules.countsWrittenOpinions
              ? "có tính"
              : "không tính"}
          .
        </li>
        <li>
          Xã được quy định khác về:{" "}
          {rules.communeMayOverride.length
            ? rules.communeMayOverride.map((k) => PROVINCE_RULE_KEY_LABELS[k].toLowerCase()).join("; ")
            : "không nội dung nào"}
          .
        </li>
      </ul>
    </div>
  );
}

function TitleView({ title }: { title: ProvinceRuleSet["titles"][number] }) {
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm">
      <li>
        Tỷ lệ đồng ý:{" "}
        {title.thresholdPercent
          ? thresholdText({ percent: title.thresholdPercent, strict: title.thresholdStrict })
          : "không quy định"}
      </li>
      {title.capPercent ? <li>Tỷ lệ tối đa: {title.capPercent}%</li> : null}
      {title.memberSharePercent && title.memberTitleCode ? (
        <li>
          Ít nhất {title.memberSharePercent}% thành viên đạt &ldquo;{findEntry(title.memberTitleCode)?.name}&rdquo;
        </li>
      ) : null}
      {title.criteria.map((c) => (
        <li key={c}>Tiêu chuẩn: {c}</li>
      ))}
      {title.dossier.length ? <li>Hồ sơ: {title.dossier.join("; ")}</li> : null}
    </ul>
  );
}

export default async function ProvinceRulesPage() {
  const actor = await requirePermission("rules.read");
  const isProvince = unitLevel(actor.unit.kind) === "PROVINCE";
  const manage = isProvince && can(actor.roles, "rules.manage");
  const own = isProvince ? await findOwnProvinceRules(actor) : null;
  const rules = isProvince ? (own?.rules ?? null) : await findRulesOfMyProvince(actor);
  return (
    <>
      <PageHeader title="Quy định thi đua, khen thưởng cấp xã của tỉnh" description={actor.unit.name} />
      <p className="max-w-5xl text-sm text-slate-700">{LEGAL}</p>
      {!isProvince && unitLevel(actor.unit.kind) !== "COMMUNE" ? (
        <p className="mt-4 max-w-5xl text-sm">Quy định của tỉnh áp dụng cho Hội đồng Thi đua – Khen thưởng cấp xã.</p>
      ) : null}
      <section aria-labelledby="quyet-dinh" className={box}>
        <h2 id="quyet-dinh" className="text-lg font-semibold">
          Quyết định của Ủy ban nhân dân tỉnh
        </h2>
        {rules ? <RulesView rules={rules} /> : <p className="text-sm">{NO_PROVINCE_RULES_NOTE}</p>}
        {manage ? (
          <ProvinceRulesForm
            rowVersion={own?.rowVersion ?? null}
            initial={
              own?.form ?? {
                decisionNumber: "",
                decisionDate: "",
                effectiveFrom: "",
                quorumNumerator: "",
                quorumDenominator: "",
                countsWrittenOpinions: "",
                communeMayOverride: [],
              }
            }
          />
        ) : null}
      </section>
      {rules || manage ? (
        <section aria-labelledby="danh-hieu" className={box}>
          <h2 id="danh-hieu" className="text-lg font-semibold">
            Theo từng danh hiệu, hình thức
          </h2>
          {rules?.titles.length ? (
            rules.titles.map((t) => {
              const name = findEntry(t.catalogueCode)?.name ?? t.catalogueCode;
              const row = own?.titles.find((o) => o.catalogueCode === t.catalogueCode);
              const id = row?.id;
              return (
                <div key={t.catalogueCode} className="space-y-2 border-b border-slate-200 pb-3">
                  <h3 className="font-medium">{name}</h3>
                  <TitleView title={t} />
                  {manage && id ? (
                    <>
                      <details>
                        <summary className="cursor-pointer text-sm text-blue-800 underline">Sửa quy định</summary>
                        <TitleRuleForm fixed initial={provinceTitleRuleFormValues(row!)} rowVersion={row!.rowVersion} />
                      </details>
                      <DeleteButton
                        label={`Bỏ quy định cho ${name}`}
                        action={deleteProvinceTitleRuleAction.bind(null, id)}
                        confirmText={`Bỏ quy định của tỉnh cho "${name}"?`}
                      />
                    </>
                  ) : null}
                </div>
              );
            })
          ) : (
            <p className="text-sm">Chưa có quy định riêng cho danh hiệu, hình thức nào.</p>
          )}
          {manage && rules ? (
            <>
              <h3 className="font-medium">Thêm quy định cho một danh hiệu, hình thức</h3>
              <TitleRuleForm initial={EMPTY_TITLE_RULE} />
            </>
          ) : null}
          {manage && !rules ? <p className="text-sm">Lưu quyết định của tỉnh trước.</p> : null}
        </section>
      ) : null}
    </>
  );
}
