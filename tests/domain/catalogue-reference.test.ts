import { describe, expect, it } from "vitest";
import { catalogueReference } from "@/domain/catalogue/reference";

/** The catalogue page's rows: who confers by the day, conditions, the bonus of the day, articles; searchable. */
describe("catalogueReference", () => {
  it("finds entries by name without diacritics", () => {
    expect(catalogueReference("2026-11-20", "chien si thi dua co so").map((r) => r.code)).toEqual(["CSTD_CS"]);
    expect(catalogueReference("2026-11-20", "GIẤY KHEN").every((r) => r.name.startsWith("Giấy khen"))).toBe(true);
    expect(catalogueReference("2026-11-20", "không có")).toEqual([]);
  });

  it("says who confers on the day: the district chair until 30/6/2025, the commune chair after (NĐ 129/2025 Điều 59)", () => {
    const [before] = catalogueReference("2025-06-30", "Chiến sĩ thi đua cơ sở");
    const [after] = catalogueReference("2026-11-20", "Chiến sĩ thi đua cơ sở");
    expect(before!.conferredBy).toMatch(/^Chủ tịch UBND cấp huyện/);
    expect(after!.conferredBy).toMatch(/^Chủ tịch UBND cấp xã/);
    expect(after!.articles).toContain("Nghị định 129/2025/NĐ-CP, Điều 59");
    // A district's Giấy khen no longer exists.
    const [district] = catalogueReference("2026-11-20", "Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện");
    expect(district).toMatchObject({ conferredBy: null, until: "Đến 30/06/2025" });
  });

  it("prints the bonus of the day with its article, and no figure where the law leaves it open", () => {
    const [cs] = catalogueReference("2026-11-20", "Chiến sĩ thi đua cơ sở");
    expect(cs!.amounts).toEqual([
      {
        kind: "INDIVIDUAL",
        amount: 2_530_000,
        article: "Nghị định 152/2025/NĐ-CP, Điều 50 khoản 1; Điều 49 khoản 1, 2",
      },
    ]);
    const [gk] = catalogueReference("2026-11-20", "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã");
    expect(gk!.amounts).toEqual([
      { kind: "INDIVIDUAL", amount: null, article: null },
      { kind: "COLLECTIVE", amount: 1_520_000, article: "Nghị định 152/2025/NĐ-CP, Điều 54; Điều 49 khoản 1, 2" },
      { kind: "HOUSEHOLD", amount: null, article: null },
    ]);
  });

  it("lists the conditions with their articles, the cap's absence included", () => {
    const [cs] = catalogueReference("2026-11-20", "Chiến sĩ thi đua cơ sở");
    expect(cs!.conditions.map((c) => c.article)).toEqual([
      "Luật Thi đua, khen thưởng 2022, Điều 23 khoản 1",
      "Luật Thi đua, khen thưởng 2022, Điều 23 khoản 2",
      "Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7; Nghị định 152/2025/NĐ-CP, Điều 6 khoản 2 điểm c",
      "Luật Thi đua, khen thưởng 2022, Điều 23; Nghị định 91/2017/NĐ-CP, Điều 9 khoản 3 (hết hiệu lực)",
    ]);
  });
});
