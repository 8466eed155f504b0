import { describe, expect, it } from "vitest";
import { ERAS, eraOn } from "@/domain/law/eras";
import { communePowerBasis, lawBases } from "@/domain/law/citations";
import { BASE_SALARIES, baseSalaryOn } from "@/domain/law/base-salary";
import { bonusOn } from "@/domain/law/bonus";
import { reportTemplate } from "@/domain/law/report-template";
import { conferringAuthority } from "@/domain/catalogue/conferring-authority";
import { nationalDefaultsOn } from "@/domain/council/effective-rules";
import { principlesArticle } from "@/domain/eligibility/principles";

/**
 * The legal calendar on its boundary days, each figure with the article that sets it
 * (../shared/docs/legal-facts.md).
 */

const LAW_2003 =
  "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013";
const ND91 =
  "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng";
const LAW_2022 = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022";
const ND98 =
  "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng";
const ND152 =
  "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng";

describe("eras on their boundary days", () => {
  it("31/12/2023: Luật 2003 (sửa đổi 2005, 2013) and NĐ 91/2017 — not NĐ 98/2023, dated after", () => {
    expect(eraOn("2023-12-31").id).toBe("LAW_2003");
    expect(lawBases("2023-12-31")).toEqual([LAW_2003, ND91]);
    expect(lawBases("2023-01-15")).toEqual([LAW_2003, ND91]);
    expect(communePowerBasis("2023-12-31")).toBeNull();
  });

  it("1/1/2024: Luật 06/2022/QH15 and NĐ 98/2023 take effect; the power to confer is the Law's Điều 80", () => {
    expect(eraOn("2024-01-01").id).toBe("ND98");
    expect(lawBases("2024-01-01")).toEqual([LAW_2022, ND98]);
    expect(communePowerBasis("2024-01-01")).toBeNull();
    expect(ERAS.ND98.powerArticles).toEqual({
      commune: "Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 80 khoản 3",
      district: "Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 80 khoản 2",
    });
  });

  it("30/6/2025: still NĐ 98/2023, the last day of districts (NĐ 152/2025 Điều 59 khoản 1–2)", () => {
    expect(eraOn("2025-06-30").id).toBe("ND98");
    expect(lawBases("2025-06-30")).toEqual([LAW_2022, ND98]);
    expect(conferringAuthority("CSTD_CS", "HUYEN", "2025-06-30")?.confers).toBe(true);
    expect(conferringAuthority("CSTD_CS", "XA", "2025-06-30")?.confers).toBe(false);
  });

  it("1/7/2025: NĐ 152/2025; the commune chair confers under NĐ 129/2025 Điều 59, cited in the decision", () => {
    expect(eraOn("2025-07-01").id).toBe("ND152");
    expect(lawBases("2025-07-01")).toEqual([LAW_2022, ND152]);
    const basis = "Căn cứ Điều 59 Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ";
    expect(communePowerBasis("2025-07-01")).toBe(basis);
    expect(conferringAuthority("CSTD_CS", "PHUONG", "2026-01-05")?.basis).toBe(basis);
    // Procedures for commune titles are the province's (NĐ 152/2025 Điều 6 khoản 2 điểm c).
    expect(ERAS.ND152.procedures).toBe("Nghị định 152/2025/NĐ-CP, Điều 6 khoản 2 điểm c");
  });

  it("cites the principles (no award while a discipline or complaint is pending) of the day: NĐ 98 then NĐ 152 Điều 4", () => {
    expect(principlesArticle("2025-06-30")).toBe("Nghị định 98/2023/NĐ-CP, Điều 4");
    expect(principlesArticle("2025-07-01")).toBe("Nghị định 152/2025/NĐ-CP, Điều 4");
  });

  it("rejects what is not a date", () => {
    expect(() => eraOn("1/7/2025")).toThrow(RangeError);
  });
});

describe("vote shares by era (of the whole membership)", () => {
  it("until 31/12/2023: 'bỏ phiếu kín', from 90 % for CSTĐ tỉnh and toàn quốc (NĐ 91/2017 Điều 45 khoản 8)", () => {
    const v = eraOn("2023-12-31").votes;
    expect(v).toMatchObject({ ballot: "bỏ phiếu kín", basis: "Nghị định 91/2017/NĐ-CP, Điều 45 khoản 8" });
    expect(v.thresholds.CSTD_TINH).toEqual({ percent: 90, strict: false });
    expect(v.thresholds.CSTD_CS).toBeUndefined();
  });

  it("from 1/1/2024: 'bỏ phiếu', from 80 % for CSTĐ cơ sở and the Cờ, 90 % for CSTĐ tỉnh, toàn quốc (NĐ 98/2023 Điều 30 khoản 7)", () => {
    const v = eraOn("2024-01-01").votes;
    expect(v).toMatchObject({ ballot: "bỏ phiếu", countsWrittenOpinions: true, note: null });
    expect(v.basis).toBe("Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7");
    expect(v.thresholds).toEqual({
      CSTD_CS: { percent: 80, strict: false },
      CO_THI_DUA_TINH: { percent: 80, strict: false },
      CO_THI_DUA_CP: { percent: 80, strict: false },
      CSTD_TINH: { percent: 90, strict: false },
      CSTD_TQ: { percent: 90, strict: false },
    });
    // No national share for LĐTT, Tập thể LĐTT or Giấy khen.
    expect(v.thresholds.LDTT).toBeUndefined();
  });

  it("from 1/7/2025: NĐ 152/2025 sets none (open), so NĐ 98's figures stay the default and say so", () => {
    expect(eraOn("2025-07-01").votes.thresholds).toEqual(eraOn("2025-06-30").votes.thresholds);
    expect(eraOn("2025-07-01").votes.note).toContain("Nghị định 152/2025/NĐ-CP không quy định tỷ lệ phiếu");
    expect(nationalDefaultsOn("2026-11-20").basis).toBe("Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7");
    expect(nationalDefaultsOn("2023-06-01").basis).toBe("Nghị định 91/2017/NĐ-CP, Điều 45 khoản 8");
  });
});

describe("templates by era", () => {
  it("NĐ 98/2023: báo cáo thành tích Mẫu số 02 (tập thể), 03 (cá nhân) until 30/6/2025", () => {
    const t = eraOn("2025-06-30").templates;
    expect(t.individualReport).toEqual({ number: "Mẫu số 03", decree: "Nghị định số 98/2023/NĐ-CP" });
    expect(t.collectiveReport).toEqual({ number: "Mẫu số 02", decree: "Nghị định số 98/2023/NĐ-CP" });
  });

  it("NĐ 152/2025 from 1/7/2025: tờ trình Mẫu số 01, cá nhân Mẫu số 05; the collective's number is open, and said so", () => {
    const t = eraOn("2025-07-01").templates;
    expect(t.submission).toEqual({ number: "Mẫu số 01", decree: "Nghị định số 152/2025/NĐ-CP" });
    expect(t.individualReport).toEqual({ number: "Mẫu số 05", decree: "Nghị định số 152/2025/NĐ-CP" });
    expect(t.collectiveReport).toMatchObject({ number: null, open: expect.stringContaining("chưa được xác định") });
  });

  it("the Giấy khen layout is NĐ 98/2023 Điều 104's; after 1/7/2025 the Prime Minister's design was not found", () => {
    expect(eraOn("2025-06-30").certificate).toEqual({ article: "Nghị định 98/2023/NĐ-CP, Điều 104", note: null });
    expect(eraOn("2025-07-01").certificate.note).toContain("Điều 6 khoản 1 điểm a");
  });
});

describe("the achievement report's template: its round's era and year", () => {
  it("a 2024 round prepared in 2026 keeps NĐ 98/2023 Mẫu số 03 and is dated 2024", () => {
    expect(reportTemplate("INDIVIDUAL", "2024-12-31", "2026-11-20", "Báo cáo thành tích (Mẫu số 03)")).toEqual({
      number: "Mẫu số 03",
      decree: "Nghị định số 98/2023/NĐ-CP",
      year: "2024",
      open: null,
    });
  });

  it("a round ending 30/6/2025 is NĐ 98's, one ending 1/7/2025 NĐ 152's Mẫu số 05, whatever the plan copied", () => {
    expect(reportTemplate("INDIVIDUAL", "2025-06-30", "2026-01-05", "").number).toBe("Mẫu số 03");
    expect(reportTemplate("INDIVIDUAL", "2025-07-01", "2026-01-05", "Mẫu số 03, Nghị định 98/2023/NĐ-CP")).toEqual({
      number: "Mẫu số 05",
      decree: "Nghị định số 152/2025/NĐ-CP",
      year: "2025",
      open: null,
    });
  });

  it("a round still running is dated today; a collective's number under NĐ 152 comes from the plan, or is left out and said so", () => {
    expect(reportTemplate("COLLECTIVE", "2026-12-31", "2026-11-20", "Báo cáo (Mẫu số 04)")).toEqual({
      number: "Mẫu số 04",
      decree: "Nghị định số 152/2025/NĐ-CP",
      year: "2026",
      open: null,
    });
    expect(reportTemplate("COLLECTIVE", "2026-12-31", "2026-11-20", "Báo cáo thành tích")).toMatchObject({
      number: null,
      open: expect.stringContaining("chưa được xác định"),
    });
  });
});

describe("base salary (mức lương cơ sở)", () => {
  it("switches on the first day of each decree, 2.530.000 đ from 1/7/2026 (NĐ 161/2026 Điều 3 khoản 2)", () => {
    expect(baseSalaryOn("2019-06-30")).toBeNull();
    expect(baseSalaryOn("2023-06-30")?.amount).toBe(1_490_000);
    expect(baseSalaryOn("2023-07-01")?.amount).toBe(1_800_000); // NĐ 24/2023
    expect(baseSalaryOn("2024-06-30")?.amount).toBe(1_800_000);
    expect(baseSalaryOn("2024-07-01")?.amount).toBe(2_340_000); // NĐ 73/2024, Điều 3 khoản 2
    expect(baseSalaryOn("2026-06-30")?.amount).toBe(2_340_000);
    expect(baseSalaryOn("2026-07-01")).toEqual({
      amount: 2_530_000,
      effectiveFrom: "2026-07-01",
      source: "Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2",
    });
    const from = BASE_SALARIES.map((s) => s.effectiveFrom);
    expect([...from].sort()).toEqual(from);
  });
});

describe("bonus: coefficient × base salary of the decision date, rounded up to 10.000 đ", () => {
  const computed = (code: string, kind: "INDIVIDUAL" | "COLLECTIVE" | "HOUSEHOLD", day: string) => {
    const b = bonusOn(code, kind, day);
    if (!b.computed) throw new Error(b.open);
    return b;
  };

  it.each([
    // NĐ 98/2023 Điều 54 khoản 1 (individual titles) and khoản 2 (collective), Điều 53 (rounding).
    ["LDTT", "INDIVIDUAL", "2024-06-30", 0.3, 1_800_000, 540_000],
    ["LDTT", "INDIVIDUAL", "2024-12-31", 0.3, 2_340_000, 710_000], // 702.000 rounded up
    ["TTLDTT", "COLLECTIVE", "2024-12-31", 0.8, 2_340_000, 1_880_000], // 1.872.000 rounded up
    ["HCLD_HANG_BA", "COLLECTIVE", "2024-06-30", 9, 1_800_000, 16_200_000], // NĐ 98 Điều 55: twice the individual
    // NĐ 152/2025 Điều 50 khoản 1, 2 and Điều 49 khoản 1–2.
    ["CSTD_CS", "INDIVIDUAL", "2025-07-01", 1.0, 2_340_000, 2_340_000],
    ["THON_TDP_VAN_HOA", "COLLECTIVE", "2025-12-31", 1.5, 2_340_000, 3_510_000],
    ["CO_THI_DUA_TINH", "COLLECTIVE", "2025-12-31", 8.0, 2_340_000, 18_720_000],
    // NĐ 152/2025 Điều 54 (collectives; medium): Giấy khen 0,6, Bằng khen tỉnh 3,0, Thủ tướng 7,0.
    ["GK_CT_XA", "COLLECTIVE", "2025-07-01", 0.6, 2_340_000, 1_410_000], // 1.404.000 rounded up
    ["BK_CT_TINH", "COLLECTIVE", "2025-12-31", 3.0, 2_340_000, 7_020_000],
    ["BK_TTG", "COLLECTIVE", "2025-12-31", 7.0, 2_340_000, 16_380_000],
    // NĐ 161/2026: 2.530.000 đ from 1/7/2026.
    ["LDTT", "INDIVIDUAL", "2026-07-01", 0.3, 2_530_000, 760_000], // 759.000 rounded up
    ["CSTD_TQ", "INDIVIDUAL", "2026-11-23", 4.5, 2_530_000, 11_390_000], // 11.385.000 rounded up
    ["GK_CT_XA", "COLLECTIVE", "2026-07-01", 0.6, 2_530_000, 1_520_000], // 1.518.000 rounded up
  ] as const)("%s for %s on %s: %d × %d → %d", (code, kind, day, coefficient, base, amount) => {
    const b = computed(code, kind, day);
    expect(b).toMatchObject({ coefficient, baseSalary: base, amount });
    expect(b.amount % 10_000).toBe(0);
    expect(b.amount - coefficient * base).toBeGreaterThanOrEqual(0);
    expect(b.amount - coefficient * base).toBeLessThan(10_000);
  });

  it("words the basis for the decision with the decree of its date, never a developer's note", () => {
    expect(computed("CSTD_CS", "INDIVIDUAL", "2026-11-20").words).toBe(
      "bằng 1,0 lần mức lương cơ sở 2.530.000 đồng (Nghị định 161/2026/NĐ-CP, Điều 3 khoản 2), làm tròn lên hàng chục nghìn đồng (Nghị định 152/2025/NĐ-CP, Điều 50 khoản 1; Điều 49 khoản 1, 2)",
    );
    expect(computed("CSTD_CS", "INDIVIDUAL", "2025-03-01").words).toContain(
      "(Nghị định 98/2023/NĐ-CP, Điều 54 khoản 1; Điều 53 khoản 1, 2)",
    );
  });

  it("computes nothing the texts leave open: the chair enters it", () => {
    // An individual's Giấy khen or Bằng khen (NĐ 152 Điều 54 khoản 1, NĐ 98 Điều 58 not read).
    expect(bonusOn("GK_CT_XA", "INDIVIDUAL", "2025-07-01")).toMatchObject({ computed: false });
    expect(bonusOn("GK_CT_XA", "HOUSEHOLD", "2026-01-05")).toMatchObject({ computed: false });
    expect(bonusOn("BK_CT_TINH", "INDIVIDUAL", "2025-12-31")).toMatchObject({ computed: false });
    // A collective's Giấy khen before 1/7/2025 (NĐ 98 Điều 58 not read).
    expect(bonusOn("GK_CT_XA", "COLLECTIVE", "2025-06-30")).toMatchObject({ computed: false });
    // Before 1/1/2024 (NĐ 91/2017 not read), and a title with no bonus found.
    expect(bonusOn("LDTT", "INDIVIDUAL", "2023-12-31")).toMatchObject({
      computed: false,
      open: expect.stringContaining("Nghị định 91/2017/NĐ-CP"),
    });
    expect(bonusOn("GIA_DINH_VAN_HOA", "HOUSEHOLD", "2025-12-31")).toMatchObject({ computed: false });
    expect(bonusOn("LDTT", "COLLECTIVE", "2024-12-31")).toMatchObject({ computed: false });
  });
});
