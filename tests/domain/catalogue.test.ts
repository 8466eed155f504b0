import { describe, expect, it } from "vitest";
import {
  CATALOGUE_SOURCES,
  authorityOn,
  catalogue,
  findEntry,
  type CatalogueEntry,
} from "@/domain/catalogue/catalogue";

const must = (code: string): CatalogueEntry => {
  const e = findEntry(code);
  if (!e) throw new Error(`missing ${code}`);
  return e;
};

describe("catalogue shape", () => {
  it("has unique codes", () => {
    const codes = catalogue.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("gives every entry and condition a legal basis", () => {
    for (const e of catalogue) {
      expect(e.article, e.code).toMatch(/Luật Thi đua, khen thưởng 2022|Nghị định \d+\/\d{4}\/NĐ-CP/);
      for (const p of e.prerequisites) expect(p.article, e.code).not.toBe("");
      if (e.cap) expect(e.cap.article).not.toBe("");
    }
  });

  it("marks an entry verified only when nothing is left open", () => {
    for (const e of catalogue) expect(e.verified, e.code).toBe(e.unverified.length === 0);
  });

  it("says nothing meant for developers in what users read", () => {
    for (const e of catalogue) {
      const shown = [e.name, e.conferredBy, e.article, e.note ?? "", ...e.prerequisites.map((p) => p.text)].join("\n");
      expect(shown, e.code).not.toMatch(/conferredBy|prerequisites|bonus|unverified|chưa đối chiếu|\.vn\b|github/iu);
      for (const open of e.unverified)
        expect(open, e.code).not.toMatch(/^(conferredBy|prerequisites|bonus|article|cap|councilVote)\b/u);
    }
    expect(CATALOGUE_SOURCES.join("\n")).not.toMatch(/\.vn\b|github|báo/iu);
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

  it("moves district powers to the commune from 1/7/2025 (Luật Điều 80 khoản 2; NĐ 129/2025 Điều 59)", () => {
    for (const code of ["CSTD_CS", "TTLDTT", "THON_TDP_VAN_HOA"]) {
      const e = must(code);
      expect(e.level, code).toBe("COMMUNE");
      expect(e.article, code).toContain("Nghị định 129/2025/NĐ-CP, Điều 59");
      expect(e.authorityHistory?.[0]?.validTo, code).toBe("2025-06-30");
      expect(authorityOn(e, "2025-06-30").level, code).toBe("DISTRICT");
      expect(authorityOn(e, "2025-07-01").level, code).toBe("COMMUNE");
    }
    expect(must("GK_CT_HUYEN").validTo).toBe("2025-06-30");
  });

  it("closes what legal-facts.md closes, and only that", () => {
    // No national cap on CSTĐ cơ sở since 1/1/2024; NĐ 129/2025 Điều 59 for who confers (both high).
    expect(must("CSTD_CS")).toMatchObject({ verified: true, cap: { of: "LDTT" } });
    expect(must("CSTD_CS").cap!.text).toContain("không quy định tỷ lệ tối đa");
    // Luật Điều 22 khoản 1–2 and NĐ 98 Điều 30 khoản 7 (90 %) read; who confers not read.
    expect(must("CSTD_TINH").unverified).toEqual([expect.stringContaining("thẩm quyền")]);
    expect(must("THON_TDP_VAN_HOA").unverified.join(" ")).not.toContain("129/2025");
    // An individual's Giấy khen is open: the chair enters the amount.
    expect(must("GK_CT_XA").unverified.join(" ")).toContain("Chủ tịch nhập mức thưởng");
    expect(must("TTLDTT").verified).toBe(false); // Luật Điều 28 not read
  });
});
