import { unitNameInSentence } from "@/domain/units/hierarchy";
import { ERAS, eraOn, type VoteDefaults } from "@/domain/law/eras";

/**
 * Which council rules a unit applies, and where each figure comes from. Pure.
 *
 * Three layers, the nearest first:
 *  1. the council's own quy chế, for what its province lets communes set otherwise;
 *  2. the province's rules for commune-level work, issued by its own decision — since 1/7/2025
 *     procedures for CSTĐ cơ sở, LĐTT, Tập thể LĐTT, thôn văn hóa, Gia đình văn hóa and Giấy khen
 *     are set by each province (NĐ 152/2025/NĐ-CP Điều 6 khoản 2 điểm c);
 *  3. the national figures of the meeting's day, from the legal calendar (src/domain/law/eras.ts):
 *     NĐ 98/2023/NĐ-CP Điều 30 khoản 7 — from 80 % of the whole membership for CSTĐ cơ sở and the
 *     Cờ thi đua, from 90 % for CSTĐ cấp tỉnh and toàn quốc (Anh hùng is not in this app's
 *     catalogue), absent members' written opinions counted; NĐ 152/2025 sets no vote share that
 *     could be found, so these stay the default after 1/7/2025 (legal-facts.md); before 2024, NĐ
 *     91/2017 Điều 45 khoản 8.
 * No national figure exists for the quorum nor for LĐTT, Tập thể LĐTT or Giấy khen: there the
 * council's general threshold applies, and for the quorum the usual local figure (2/3 of members,
 * e.g. Bắc Ninh QĐ 86/2025/QĐ-UBND Điều 8), said to be such.
 */

export type RuleSource = "COUNCIL" | "PROVINCE" | "NATIONAL" | "USUAL";
export type Sourced<T> = { value: T; source: RuleSource; basis: string };
export type Fraction = { numerator: number; denominator: number };
export type Share = { percent: number; strict: boolean };

/** What a province lets its communes set otherwise in their council's quy chế. */
export type ProvinceRuleKey = "QUORUM" | "WRITTEN_OPINIONS" | "THRESHOLDS";

export const ND98_ART30_K7 = ERAS.ND98.votes.basis;

/** Shown wherever a figure comes from the decree because the province has set nothing. */
export const NO_PROVINCE_RULES_NOTE = `Tỉnh chưa ban hành quy định; áp dụng mức của ${ND98_ART30_K7}.`;

export type NationalDefaults = {
  basis: string;
  countsWrittenOpinions: boolean;
  /** Vote shares by catalogue code, counted on the whole membership. */
  thresholds: Record<string, Share>;
  /** No national figure: the usual quy chế's, and the text that says so. */
  usualQuorum: Fraction;
  usualThreshold: Share;
  usualBasis: string;
};

const USUAL = {
  usualQuorum: { numerator: 2, denominator: 3 },
  usualThreshold: { percent: 50, strict: true },
  usualBasis: "Không có mức quốc gia; tỉnh và Hội đồng chưa quy định: mức thường dùng trong quy chế Hội đồng",
};

const defaultsOf = (v: VoteDefaults): NationalDefaults => ({
  basis: v.basis,
  countsWrittenOpinions: v.countsWrittenOpinions,
  thresholds: v.thresholds,
  ...USUAL,
});

/** The national defaults of NĐ 98/2023/NĐ-CP Điều 30 khoản 7, also the default since 1/7/2025. */
export const NATIONAL_DEFAULTS: NationalDefaults = defaultsOf(ERAS.ND98.votes);

/** The national defaults of a meeting held on `onDate` (ISO), by the legal calendar. */
export function nationalDefaultsOn(onDate: string): NationalDefaults {
  return defaultsOf(eraOn(onDate).votes);
}

export type ProvinceTitleRules = {
  catalogueCode: string;
  thresholdPercent: number | null;
  thresholdStrict: boolean;
  capPercent: number | null;
  memberSharePercent: number | null;
  memberTitleCode: string | null;
  criteria: string[];
  dossier: string[];
};

export type ProvinceRuleSet = {
  provinceName: string;
  decisionNumber: string;
  /** ISO dates. */
  decisionDate: string;
  effectiveFrom: string;
  quorumNumerator: number | null;
  quorumDenominator: number | null;
  countsWrittenOpinions: boolean | null;
  communeMayOverride: ProvinceRuleKey[];
  titles: ProvinceTitleRules[];
};

/** The council's quy chế: null where it leaves the matter to the province (or the decree). */
export type CouncilOverrides = {
  quorumNumerator: number | null;
  quorumDenominator: number | null;
  countsWrittenOpinions: boolean | null;
  thresholdPercent: number;
  thresholdStrict: boolean;
  thresholds: { catalogueCode: string; percent: number; strict: boolean }[];
};

export type EffectiveRules = {
  quorum: Sourced<Fraction>;
  countsWrittenOpinions: Sourced<boolean>;
  threshold: Sourced<Share>;
  shareCap: Sourced<number> | null;
  memberShare: Sourced<{ percent: number; titleCode: string }> | null;
  criteria: Sourced<string[]> | null;
  dossier: Sourced<string[]> | null;
  /** Settings of the council's quy chế that its province does not let it use, in words. */
  ignored: string[];
};

export const COUNCIL_BASIS = "Quy chế hoạt động của Hội đồng";
const vi = (iso: string) => iso.split("-").reverse().join("/");

/** "Quyết định số 86/2025/QĐ-UBND ngày 20/8/2025 của UBND tỉnh Hưng Yên". */
export function provinceBasis(p: Pick<ProvinceRuleSet, "decisionNumber" | "decisionDate" | "provinceName">): string {
  return `Quyết định số ${p.decisionNumber} ngày ${vi(p.decisionDate)} của UBND ${unitNameInSentence(p.provinceName)}`;
}

/** The province's rules if in force on `onDate` (ISO): a meeting before they took effect follows the decree. */
export function provinceRulesInForce(rules: ProvinceRuleSet | null, onDate: string): ProvinceRuleSet | null {
  return rules && rules.effectiveFrom <= onDate ? rules : null;
}

/** Whether the council may set `key` itself: always where the province has set no rules. */
export function mayOverride(province: ProvinceRuleSet | null, key: ProvinceRuleKey): boolean {
  return !province || province.communeMayOverride.includes(key);
}

/** Quorum and written opinions: the rules of the session, whatever the title. */
function sessionRules(
  national: NationalDefaults,
  province: ProvinceRuleSet | null,
  council: CouncilOverrides | null,
  ignored: string[],
): Pick<EffectiveRules, "quorum" | "countsWrittenOpinions"> {
  const pBasis = province ? provinceBasis(province) : "";
  let quorum: Sourced<Fraction> = { value: national.usualQuorum, source: "USUAL", basis: national.usualBasis };
  if (province?.quorumNumerator && province.quorumDenominator)
    quorum = {
      value: { numerator: province.quorumNumerator, denominator: province.quorumDenominator },
      source: "PROVINCE",
      basis: pBasis,
    };
  if (council?.quorumNumerator && council.quorumDenominator) {
    if (mayOverride(province, "QUORUM"))
      quorum = {
        value: { numerator: council.quorumNumerator, denominator: council.quorumDenominator },
        source: "COUNCIL",
        basis: COUNCIL_BASIS,
      };
    else
      ignored.push(
        `Số thành viên dự họp tối thiểu ${council.quorumNumerator}/${council.quorumDenominator} của quy chế Hội đồng: tỉnh không cho quy định khác.`,
      );
  }
  let written: Sourced<boolean> = { value: national.countsWrittenOpinions, source: "NATIONAL", basis: national.basis };
  if (province && province.countsWrittenOpinions !== null)
    written = { value: province.countsWrittenOpinions, source: "PROVINCE", basis: pBasis };
  if (council && council.countsWrittenOpinions !== null) {
    if (mayOverride(province, "WRITTEN_OPINIONS"))
      written = { value: council.countsWrittenOpinions, source: "COUNCIL", basis: COUNCIL_BASIS };
    else ignored.push("Cách tính ý kiến bằng văn bản của quy chế Hội đồng: tỉnh không cho quy định khác.");
  }
  return { quorum, countsWrittenOpinions: written };
}

/**
 * The rules a council applies to `catalogueCode` (null: a local form outside the catalogue).
 * `province` must already be the rules in force on the meeting's day (`provinceRulesInForce`).
 */
export function effectiveRules(
  national: NationalDefaults,
  province: ProvinceRuleSet | null,
  council: CouncilOverrides | null,
  catalogueCode: string | null,
): EffectiveRules {
  const ignored: string[] = [];
  const session = sessionRules(national, province, council, ignored);
  const pBasis = province ? provinceBasis(province) : "";
  const pTitle = catalogueCode ? province?.titles.find((t) => t.catalogueCode === catalogueCode) : undefined;
  const own = catalogueCode ? council?.thresholds.find((t) => t.catalogueCode === catalogueCode) : undefined;
  const nationalShare = catalogueCode ? national.thresholds[catalogueCode] : undefined;

  let threshold: Sourced<Share> | null = null;
  if (own) {
    if (mayOverride(province, "THRESHOLDS"))
      threshold = {
        value: { percent: own.percent, strict: own.strict },
        source: "COUNCIL",
        basis: `${COUNCIL_BASIS} (tỷ lệ riêng cho danh hiệu, hình thức này)`,
      };
    else ignored.push(`Tỷ lệ riêng ${own.percent}% của quy chế Hội đồng: tỉnh không cho quy định khác.`);
  }
  if (!threshold && pTitle?.thresholdPercent)
    threshold = {
      value: { percent: pTitle.thresholdPercent, strict: pTitle.thresholdStrict },
      source: "PROVINCE",
      basis: pBasis,
    };
  if (!threshold && nationalShare) threshold = { value: nationalShare, source: "NATIONAL", basis: national.basis };
  threshold ??= council
    ? {
        value: { percent: council.thresholdPercent, strict: council.thresholdStrict },
        source: "COUNCIL",
        basis: `${COUNCIL_BASIS} (tỷ lệ chung)`,
      }
    : { value: national.usualThreshold, source: "USUAL", basis: national.usualBasis };

  const fromProvince = <T>(value: T | null | undefined): Sourced<T> | null =>
    value === null || value === undefined ? null : { value, source: "PROVINCE", basis: pBasis };
  return {
    ...session,
    threshold,
    shareCap: fromProvince(pTitle?.capPercent),
    memberShare: fromProvince(
      pTitle?.memberSharePercent && pTitle.memberTitleCode
        ? { percent: pTitle.memberSharePercent, titleCode: pTitle.memberTitleCode }
        : null,
    ),
    criteria: fromProvince(pTitle?.criteria.length ? pTitle.criteria : null),
    dossier: fromProvince(pTitle?.dossier.length ? pTitle.dossier : null),
    ignored,
  };
}

/**
 * What the council may not save, by field: set only what the province lets communes set. Where
 * the province has set no rules (or none in force), the council's quy chế is free, as before.
 */
export function overrideProblems(
  province: ProvinceRuleSet | null,
  input: { quorum?: boolean; writtenOpinions?: boolean; threshold?: boolean },
): Record<string, string> {
  const refused = (what: string, instead: string) =>
    `${province ? provinceBasis(province) : ""} không cho cấp xã quy định khác về ${what}; ${instead}.`;
  const out: Record<string, string> = {};
  if (input.quorum && !mayOverride(province, "QUORUM"))
    out.quorumNumerator = refused("số thành viên dự họp tối thiểu", "để trống để áp dụng quy định của tỉnh");
  if (input.writtenOpinions && !mayOverride(province, "WRITTEN_OPINIONS"))
    out.countsWrittenOpinions = refused("ý kiến bằng văn bản", "chọn “Theo quy định của tỉnh”");
  if (input.threshold && !mayOverride(province, "THRESHOLDS"))
    out.percent = refused("tỷ lệ phiếu đồng ý", "tỷ lệ của tỉnh (hoặc của Nghị định) được áp dụng");
  return out;
}

/**
 * A figure's basis as a page says it after the figure: "theo quy chế của Hội đồng" (also for
 * meetings from before the basis was kept, when the council's rules were the only ones).
 */
export function basisPhrase(basis: string | null): string {
  if (basis === null || basis === COUNCIL_BASIS) return "theo quy chế của Hội đồng";
  if (basis === NATIONAL_DEFAULTS.usualBasis) return "mức thường dùng; tỉnh và Hội đồng chưa quy định";
  return `theo ${basis}`;
}

export const RULE_SOURCE_LABELS: Record<RuleSource, string> = {
  COUNCIL: "Quy chế của Hội đồng",
  PROVINCE: "Quy định của tỉnh",
  NATIONAL: "Mức của Nghị định",
  USUAL: "Mức thường dùng",
};
