import { describe, expect, it } from "vitest";
import {
  BASE_SALARIES,
  CATALOGUE_VERSION,
  ROUNDING,
  awardAmount,
  baseSalaryOn,
  catalogue,
  findEntry,
  type CatalogueEntry,
} from "@/domain/catalogue/catalogue";

const must = (code: string): CatalogueEntry => {
  const e = findEntry(code);
  if (!e) throw new Error(`missing ${code}`);
  return e;
};

/** NĐ 98/2023/NĐ-CP Điều 53 khoản 2: làm tròn số lên hàng chục nghìn đồng. */
const roundedUp = (coefficient: number, base: number) => Math.ceil((coefficient * base) / 10_000 - 1e-9) * 10_000;

describe("catalogue shape", () => {
  it("has unique codes", () => {
    const codes = catalogue.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("gives every entry, prerequisite and bonus rule a legal basis", () => {
    for (const e of catalogue) {
      expect(e.article, e.code).toMatch(/Luật TĐKT 2022|NĐ \d+\/\d{4}\/NĐ-CP/);
      for (const p of e.prerequisites) expect(p.article, e.code).not.toBe("");
      for (const r of e.bonusSchedule ?? [])
        expect(r.article, e.code).toMatch(/NĐ (98\/2023|152\/2025)\/NĐ-CP, Điều \d+/);
      if (e.cap) expect(e.cap.article).not.toBe("");
    }
  });

  it("marks an entry verified only when nothing is left unconfirmed", () => {
    for (const e of catalogue) expect(e.verified, e.code).toBe(e.unverified.length === 0);
  });

  it("covers the local titles and forms the brief names", () => {
    for (const code of [
      "LDTT",
      "CSTT",
      "CSTD_CS",
      "CSTD_TINH",
      "CSTD_TQ",
      "TTLDTT",
      "TTLDXS",
      "DVTT",
      "DVQT",
      "CO_THI_DUA_TINH",
      "CO_THI_DUA_CP",
      "GIA_DINH_VAN_HOA",
      "GK_CT_XA",
      "GK_CT_HUYEN",
      "GK_THU_TRUONG",
      "BK_CT_TINH",
      "BK_TTG",
      "HCLD_HANG_BA",
    ]) {
      expect(findEntry(code), code).toBeDefined();
    }
    expect(findEntry("NOPE")).toBeUndefined();
  });

  it("does not list 'Hoàn thành nhiệm vụ' (a rating, not a title)", () => {
    expect(catalogue.some((e) => /hoàn thành nhiệm vụ/i.test(e.name))).toBe(false);
  });

  it("has the only household title of the 2022 law, conferred by the commune chairman (Luật Điều 80 khoản 3)", () => {
    const households = catalogue.filter((e) => e.kind === "TITLE" && e.nominee.includes("HOUSEHOLD"));
    expect(households.map((e) => e.code)).toEqual(["GIA_DINH_VAN_HOA"]);
    expect(households[0]!.level).toBe("COMMUNE");
  });

  it("moves district powers to the commune from 1/7/2025 (Luật Điều 80 khoản 2; NĐ 129/2025)", () => {
    for (const code of ["CSTD_CS", "TTLDTT", "THON_TDP_VAN_HOA"]) {
      const e = must(code);
      expect(e.level, code).toBe("COMMUNE");
      expect(e.authorityHistory?.[0]?.validTo, code).toBe("2025-06-30");
    }
    expect(must("GK_CT_HUYEN").validTo).toBe("2025-06-30");
  });

  it("does not carry over the 15% cap of NĐ 91/2017 as a current figure", () => {
    expect(must("CSTD_CS").cap?.share).toBeUndefined();
    expect(must("CSTD_CS").verified).toBe(false);
  });

  it("exposes the current rule as `bonus`", () => {
    expect(must("GK_CT_XA").bonus).toEqual({
      individual: 0.3,
      collective: undefined,
      household: undefined,
      article: "NĐ 152/2025/NĐ-CP, Điều 54 khoản 1 điểm e",
    });
    expect(CATALOGUE_VERSION.effectiveFrom).toBe("2024-01-01");
  });
});

describe("baseSalaryOn (mức lương cơ sở)", () => {
  it("switches on the first day of each decree", () => {
    expect(baseSalaryOn("2019-06-30")).toBeNull();
    expect(baseSalaryOn("2019-07-01")?.amount).toBe(1_490_000); // NĐ 38/2019
    expect(baseSalaryOn("2023-06-30")?.amount).toBe(1_490_000);
    expect(baseSalaryOn("2023-07-01")?.amount).toBe(1_800_000); // NĐ 24/2023
    expect(baseSalaryOn("2024-06-30")?.amount).toBe(1_800_000);
    expect(baseSalaryOn("2024-07-01")?.amount).toBe(2_340_000); // NĐ 73/2024, Điều 3 khoản 2
    expect(baseSalaryOn("2026-06-30")?.amount).toBe(2_340_000);
    expect(baseSalaryOn("2026-07-01")?.amount).toBe(2_530_000); // NĐ 161/2026, Điều 3
  });
  it("is sorted and rejects malformed dates", () => {
    const from = BASE_SALARIES.map((s) => s.effectiveFrom);
    expect([...from].sort()).toEqual(from);
    expect(() => baseSalaryOn("1/7/2024")).toThrow(RangeError);
  });
});

describe("awardAmount (NĐ 98/2023 Điều 53, 54, 55, 58; NĐ 152/2025 Điều 50, 51, 54)", () => {
  const cases: [
    code: string,
    kind: "INDIVIDUAL" | "COLLECTIVE",
    date: string,
    coefficient: number,
    base: number,
    amount: number,
  ][] = [
    // NĐ 98/2023 Điều 54 khoản 1: Lao động tiên tiến 0,3; Chiến sĩ thi đua cơ sở 1,0.
    ["LDTT", "INDIVIDUAL", "2024-12-31", 0.3, 2_340_000, 710_000], // 702.000 làm tròn lên
    ["LDTT", "INDIVIDUAL", "2024-06-30", 0.3, 1_800_000, 540_000],
    ["CSTD_CS", "INDIVIDUAL", "2024-12-31", 1.0, 2_340_000, 2_340_000],
    ["CSTD_CS", "INDIVIDUAL", "2024-06-30", 1.0, 1_800_000, 1_800_000],
    // NĐ 98/2023 Điều 54 khoản 2: Tập thể lao động tiên tiến 0,8; Tập thể lao động xuất sắc 1,5.
    ["TTLDTT", "COLLECTIVE", "2024-12-31", 0.8, 2_340_000, 1_880_000], // 1.872.000 làm tròn lên
    ["TTLDTT", "COLLECTIVE", "2024-06-30", 0.8, 1_800_000, 1_440_000],
    ["TTLDXS", "COLLECTIVE", "2024-12-31", 1.5, 2_340_000, 3_510_000],
    // NĐ 98/2023 Điều 58 khoản 1 điểm g: giấy khen Chủ tịch UBND cấp xã 0,15.
    ["GK_CT_XA", "INDIVIDUAL", "2024-12-31", 0.15, 2_340_000, 360_000], // 351.000 làm tròn lên
    ["GK_CT_XA", "INDIVIDUAL", "2024-06-30", 0.15, 1_800_000, 270_000],
    // NĐ 98/2023 Điều 55: Huân chương Lao động hạng Ba 4,5; tập thể gấp hai lần.
    ["HCLD_HANG_BA", "INDIVIDUAL", "2024-12-31", 4.5, 2_340_000, 10_530_000],
    ["HCLD_HANG_BA", "COLLECTIVE", "2024-06-30", 9, 1_800_000, 16_200_000],
    // NĐ 152/2025 from 01/7/2025: giấy khen cấp xã 0,3 (Điều 54 khoản 1 điểm e); bằng khen tỉnh 1,5 (điểm b).
    ["GK_CT_XA", "INDIVIDUAL", "2025-07-01", 0.3, 2_340_000, 710_000],
    ["BK_CT_TINH", "INDIVIDUAL", "2025-12-31", 1.5, 2_340_000, 3_510_000],
    ["BK_TTG", "INDIVIDUAL", "2025-12-31", 3.5, 2_340_000, 8_190_000],
    // NĐ 161/2026: 2.530.000 đ from 01/7/2026.
    ["LDTT", "INDIVIDUAL", "2026-07-01", 0.3, 2_530_000, 760_000], // 759.000 làm tròn lên
    ["CSTD_TQ", "INDIVIDUAL", "2026-11-23", 4.5, 2_530_000, 11_390_000], // 11.385.000 làm tròn lên
  ];

  it.each(cases)("%s for %s on %s = %d × %d rounded up to 10.000 đ", (code, kind, date, coefficient, base, amount) => {
    const r = awardAmount(must(code), kind, date);
    expect(r).not.toBeNull();
    expect(r!.coefficient).toBe(coefficient);
    expect(r!.baseSalary).toBe(base);
    expect(r!.amount).toBe(roundedUp(coefficient, base));
    expect(r!.amount).toBe(amount);
    expect(r!.amount % ROUNDING.step).toBe(0);
    expect(r!.article).toContain("Điều 53");
  });

  it("switches decree on 1/7/2025: giấy khen cấp xã doubles from 0,15 to 0,3", () => {
    expect(awardAmount(must("GK_CT_XA"), "INDIVIDUAL", "2025-06-30")?.coefficient).toBe(0.15);
    expect(awardAmount(must("GK_CT_XA"), "INDIVIDUAL", "2025-07-01")?.coefficient).toBe(0.3);
  });

  it("returns null rather than guessing", () => {
    expect(awardAmount(must("LDTT"), "COLLECTIVE", "2024-12-31")).toBeNull(); // title for individuals only
    expect(awardAmount(must("LDTT"), "INDIVIDUAL", "2023-12-31")).toBeNull(); // before Luật 2022
    expect(awardAmount(must("BK_CT_TINH"), "INDIVIDUAL", "2024-12-31")).toBeNull(); // NĐ 98 figure not verified
    expect(awardAmount(must("GK_CT_XA"), "COLLECTIVE", "2025-12-31")).toBeNull(); // collective figure not verified
    expect(awardAmount(must("GIA_DINH_VAN_HOA"), "HOUSEHOLD", "2025-12-31")).toBeNull();
    expect(awardAmount(must("GK_CT_HUYEN"), "INDIVIDUAL", "2025-07-01")).toBeNull(); // no district level any more
  });
});
