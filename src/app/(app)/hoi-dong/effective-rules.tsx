import Link from "next/link";
import { findEntry } from "@/domain/catalogue/catalogue";
import { quorumText, thresholdText } from "@/domain/council/rules";
import {
  NO_PROVINCE_RULES_NOTE,
  RULE_SOURCE_LABELS,
  provinceBasis,
  type EffectiveRules as Rules,
  type Sourced,
} from "@/domain/council/effective-rules";
import { PROVINCE_RULE_KEY_LABELS } from "@/schemas/province-rules";
import { formatViDate } from "@/lib/dates";
import { Notice } from "@/components/ui/notice";
import type { findEffectiveCouncilRules } from "@/server/data/council-effective-rules";

type Props = { rules: Awaited<ReturnType<typeof findEffectiveCouncilRules>> };

/** One figure, what it is, and where it comes from (the council's quy chế, the province, the decree). */
function Row({ label, text, figure }: { label: string; text: string; figure: Sourced<unknown> }) {
  return (
    <tr className="border-b border-slate-200 align-top">
      <th scope="row" className="py-2 pr-2 font-normal">
        {label}
      </th>
      <td className="pr-2">{text}</td>
      <td className="pr-2" data-testid="rule-source">
        {RULE_SOURCE_LABELS[figure.source]}
      </td>
      <td className="text-slate-700">{figure.basis}</td>
    </tr>
  );
}

const nameOf = (code: string | undefined) => (code ? (findEntry(code)?.name ?? code) : "");

/** The province's criteria, share cap and dossier for a title, in a sentence or two. */
function Extra({ code, title, rules }: { code: string; title: string; rules: Rules }) {
  const lines = [
    ...(rules.shareCap
      ? [`Tối đa ${rules.shareCap.value}% số người đạt "${nameOf(findEntry(code)?.cap?.of)}" của đơn vị.`]
      : []),
    ...(rules.memberShare
      ? [`Ít nhất ${rules.memberShare.value.percent}% thành viên đạt "${nameOf(rules.memberShare.value.titleCode)}".`]
      : []),
    ...(rules.criteria?.value ?? []),
    ...(rules.dossier ? [`Hồ sơ: ${rules.dossier.value.join("; ")}.`] : []),
  ];
  if (lines.length === 0) return null;
  return (
    <li>
      <span className="font-medium">{title}:</span> {lines.join(" ")}
    </li>
  );
}

/** What the council applies today, figure by figure with its source: shown on the council page. */
export function EffectiveRules({ rules }: Props) {
  const { session, province, issued, titles, appliesProvinceRules } = rules;
  const ignored = [...new Set([...session.ignored, ...titles.flatMap((t) => t.rules.ignored)])];
  return (
    <div className="space-y-3" data-testid="effective-rules">
      <h3 className="font-semibold">Quy định đang áp dụng</h3>
      {appliesProvinceRules ? (
        province ? (
          <p className="text-sm">
            Theo {provinceBasis(province)}. Xã được quy định khác trong quy chế của Hội đồng về:{" "}
            {province.communeMayOverride.length
              ? province.communeMayOverride.map((k) => PROVINCE_RULE_KEY_LABELS[k].toLowerCase()).join("; ")
              : "không nội dung nào"}
            . <Link href="/quy-dinh-tinh">Xem quy định của tỉnh</Link>
          </p>
        ) : (
          <p className="text-sm" data-testid="no-province-rules">
            {issued
              ? `${provinceBasis(issued)} có hiệu lực từ ${formatViDate(issued.effectiveFrom)}; đến ngày đó: `
              : ""}
            {NO_PROVINCE_RULES_NOTE}
          </p>
        )
      ) : null}
      {ignored.length ? (
        <Notice tone="info">Không áp dụng (tỉnh không cho xã quy định khác): {ignored.join(" ")}</Notice>
      ) : null}
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Quy định đang áp dụng và nguồn</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2">
              Nội dung
            </th>
            <th scope="col">Mức áp dụng</th>
            <th scope="col">Nguồn</th>
            <th scope="col">Căn cứ</th>
          </tr>
        </thead>
        <tbody>
          <Row label="Số thành viên dự họp tối thiểu" text={quorumText(session.quorum.value)} figure={session.quorum} />
          <Row
            label="Ý kiến bằng văn bản của thành viên vắng mặt"
            text={session.countsWrittenOpinions.value ? "Có tính" : "Không tính"}
            figure={session.countsWrittenOpinions}
          />
          <Row label="Tỷ lệ đồng ý chung" text={thresholdText(session.threshold.value)} figure={session.threshold} />
          {titles.map((t) => (
            <Row key={t.code} label={t.name} text={thresholdText(t.rules.threshold.value)} figure={t.rules.threshold} />
          ))}
        </tbody>
      </table>
      {titles.some((t) => t.rules.criteria || t.rules.dossier || t.rules.shareCap || t.rules.memberShare) ? (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {titles.map((t) => (
            <Extra key={t.code} code={t.code} title={t.name} rules={t.rules} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
