import { describe, expect, it } from "vitest";
import {
  NATIONAL_DEFAULTS,
  NO_PROVINCE_RULES_NOTE,
  basisPhrase,
  effectiveRules,
  mayOverride,
  overrideProblems,
  provinceBasis,
  provinceRulesInForce,
  type CouncilOverrides,
  type ProvinceRuleSet,
} from "@/domain/council/effective-rules";
import { findEntry } from "@/domain/catalogue/catalogue";

/**
 * Which figure a council applies: its quy chế where the province lets it, the province's rules for
 * commune-level work (NĐ 152/2025/NĐ-CP Điều 6 khoản 2 điểm c), else NĐ 98/2023/NĐ-CP Điều 30
 * khoản 7 (from 80 % for CSTĐ cơ sở and Cờ thi đua, from 90 % for CSTĐ tỉnh/toàn quốc, on the
 * whole membership, written opinions counted).
 */

const province: ProvinceRuleSet = {
  provinceName: "Tỉnh Hưng Yên",
  decisionNumber: "86/2025/QĐ-UBND",
  decisionDate: "2025-08-20",
  effectiveFrom: "2025-09-01",
  quorumNumerator: 4,
  quorumDenominator: 5,
  countsWrittenOpinions: false,
  communeMayOverride: [],
  titles: [
    {
      catalogueCode: "CSTD_CS",
      thresholdPercent: 90,
      thresholdStrict: false,
      capPercent: 30,
      memberSharePercent: null,
      memberTitleCode: null,
      criteria: ["Có sáng kiến được Hội đồng sáng kiến cấp xã công nhận."],
      dossier: ["Báo cáo thành tích (Mẫu số 05)", "Biên bản và kết quả bỏ phiếu của Hội đồng"],
    },
    {
      catalogueCode: "TTLDTT",
      thresholdPercent: null,
      thresholdStrict: false,
      capPercent: null,
      memberSharePercent: 70,
      memberTitleCode: "LDTT",
      criteria: [],
      dossier: [],
    },
  ],
};

const council: CouncilOverrides = {
  quorumNumerator: 2,
  quorumDenominator: 3,
  countsWrittenOpinions: true,
  thresholdPercent: 50,
  thresholdStrict: true,
  thresholds: [{ catalogueCode: "CSTD_CS", percent: 85, strict: false }],
};
const silentCouncil: CouncilOverrides = {
  ...council,
  quorumNumerator: null,
  quorumDenominator: null,
  countsWrittenOpinions: null,
  thresholds: [],
};

describe("national defaults: NĐ 98/2023/NĐ-CP Điều 30 khoản 7", () => {
  it("sets from 80 % for CSTĐ cơ sở and the Cờ thi đua, from 90 % for CSTĐ tỉnh and toàn quốc", () => {
    const t = (code: string) => effectiveRules(NATIONAL_DEFAULTS, null, silentCouncil, code).threshold;
    for (const code of ["CSTD_CS", "CO_THI_DUA_TINH", "CO_THI_DUA_CP"])
      expect(t(code)).toEqual({
        value: { percent: 80, strict: false },
        source: "NATIONAL",
        basis: NATIONAL_DEFAULTS.basis,
      });
    for (const code of ["CSTD_TINH", "CSTD_TQ"]) expect(t(code).value).toEqual({ percent: 90, strict: false });
    expect(NATIONAL_DEFAULTS.basis).toBe("Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7");
  });

  it("names only titles of the catalogue", () => {
    for (const code of Object.keys(NATIONAL_DEFAULTS.thresholds)) expect(findEntry(code), code).toBeDefined();
  });

  it("sets no share for LĐTT, Tập thể LĐTT or Giấy khen: the council's general threshold applies", () => {
    for (const code of ["LDTT", "TTLDTT", "GK_CT_XA"])
      expect(effectiveRules(NATIONAL_DEFAULTS, null, silentCouncil, code).threshold).toMatchObject({
        value: { percent: 50, strict: true },
        source: "COUNCIL",
      });
  });

  it("counts written opinions (Điều 30 khoản 7); the quorum has no national figure and says so", () => {
    const r = effectiveRules(NATIONAL_DEFAULTS, null, silentCouncil, null);
    expect(r.countsWrittenOpinions).toMatchObject({ value: true, source: "NATIONAL" });
    expect(r.quorum).toMatchObject({ value: { numerator: 2, denominator: 3 }, source: "USUAL" });
    expect(basisPhrase(r.quorum.basis)).toBe("mức thường dùng; tỉnh và Hội đồng chưa quy định");
    expect(NO_PROVINCE_RULES_NOTE).toBe(
      "Tỉnh chưa ban hành quy định; áp dụng mức của Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7.",
    );
  });

  it("without a council at all, falls back to the usual general threshold, said to be such", () => {
    expect(effectiveRules(NATIONAL_DEFAULTS, null, null, "LDTT").threshold).toMatchObject({
      value: { percent: 50, strict: true },
      source: "USUAL",
    });
  });
});

describe("the province's rules (NĐ 152/2025/NĐ-CP Điều 6 khoản 2 điểm c)", () => {
  it("replace the national figure, citing the province's decision", () => {
    const r = effectiveRules(NATIONAL_DEFAULTS, province, silentCouncil, "CSTD_CS");
    expect(r.threshold).toEqual({
      value: { percent: 90, strict: false },
      source: "PROVINCE",
      basis: "Quyết định số 86/2025/QĐ-UBND ngày 20/08/2025 của UBND tỉnh Hưng Yên",
    });
    expect(r.quorum).toMatchObject({ value: { numerator: 4, denominator: 5 }, source: "PROVINCE" });
    expect(r.countsWrittenOpinions).toMatchObject({ value: false, source: "PROVINCE" });
    expect(r.shareCap).toMatchObject({ value: 30, source: "PROVINCE" });
    expect(r.dossier?.value).toHaveLength(2);
    expect(r.criteria?.value[0]).toContain("sáng kiến");
  });

  it("keep the decree's figure for a title they do not set", () => {
    expect(effectiveRules(NATIONAL_DEFAULTS, province, silentCouncil, "CO_THI_DUA_TINH").threshold.source).toBe(
      "NATIONAL",
    );
  });

  it("carry a collective's criterion: Tập thể LĐTT needs 70 % of members LĐTT (Bắc Ninh's example)", () => {
    expect(effectiveRules(NATIONAL_DEFAULTS, province, silentCouncil, "TTLDTT").memberShare).toMatchObject({
      value: { percent: 70, titleCode: "LDTT" },
      source: "PROVINCE",
    });
  });

  it("apply from their effective day: a meeting before it follows the decree", () => {
    expect(provinceRulesInForce(province, "2025-08-31")).toBeNull();
    expect(provinceRulesInForce(province, "2025-09-01")).toBe(province);
    expect(provinceBasis(province)).toContain("86/2025/QĐ-UBND");
  });
});

describe("the commune's own quy chế over its province's rules", () => {
  it("is ignored, and said to be, where the province does not allow it", () => {
    const r = effectiveRules(NATIONAL_DEFAULTS, province, council, "CSTD_CS");
    expect(r.threshold.source).toBe("PROVINCE");
    expect(r.quorum.source).toBe("PROVINCE");
    expect(r.countsWrittenOpinions.source).toBe("PROVINCE");
    expect(r.ignored).toHaveLength(3);
    expect(r.ignored.join(" ")).toContain("tỉnh không cho quy định khác");
  });

  it("applies where the province allows it", () => {
    const open = { ...province, communeMayOverride: ["QUORUM", "THRESHOLDS", "WRITTEN_OPINIONS"] as const };
    const r = effectiveRules(
      NATIONAL_DEFAULTS,
      { ...open, communeMayOverride: [...open.communeMayOverride] },
      council,
      "CSTD_CS",
    );
    expect(r.threshold).toMatchObject({ value: { percent: 85, strict: false }, source: "COUNCIL" });
    expect(r.quorum).toMatchObject({ value: { numerator: 2, denominator: 3 }, source: "COUNCIL" });
    expect(r.countsWrittenOpinions).toMatchObject({ value: true, source: "COUNCIL" });
    expect(r.ignored).toEqual([]);
  });

  it("is free where the province has issued no rules, as before", () => {
    expect(mayOverride(null, "THRESHOLDS")).toBe(true);
    expect(effectiveRules(NATIONAL_DEFAULTS, null, council, "CSTD_CS").threshold.source).toBe("COUNCIL");
    expect(overrideProblems(null, { quorum: true, writtenOpinions: true, threshold: true })).toEqual({});
  });

  it("is refused when saved beyond what the province allows, by field", () => {
    const onlyQuorum = { ...province, communeMayOverride: ["QUORUM" as const] };
    const problems = overrideProblems(onlyQuorum, { quorum: true, writtenOpinions: true, threshold: true });
    expect(Object.keys(problems).sort()).toEqual(["countsWrittenOpinions", "percent"]);
    expect(problems.percent).toContain("Quyết định số 86/2025/QĐ-UBND");
  });
});
