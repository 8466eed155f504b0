import { describe, expect, it } from "vitest";
import { conferringAuthority } from "@/domain/catalogue/conferring-authority";
import { findEntry } from "@/domain/catalogue/catalogue";

/**
 * Who confers what, by the day of the decision: Luật 06/2022/QH15 Điều 80 khoản 2 (district chair)
 * and khoản 3 (commune chair) until 30/6/2025; from 1/7/2025 Nghị định 129/2025/NĐ-CP Điều 59 (the
 * commune chair confers what the district chair did).
 */
const confers = (code: string, kind: Parameters<typeof conferringAuthority>[1], day: string) =>
  conferringAuthority(code, kind, day)?.confers;

describe("until 30/6/2025: Luật 06/2022/QH15 Điều 80", () => {
  it("khoản 3: the commune chair confers LĐTT, Giấy khen and Gia đình văn hóa, and nothing else", () => {
    for (const code of ["LDTT", "GK_CT_XA", "GIA_DINH_VAN_HOA"]) expect(confers(code, "XA", "2025-06-30")).toBe(true);
    for (const code of ["CSTD_CS", "TTLDTT", "THON_TDP_VAN_HOA", "GK_CT_HUYEN", "BK_CT_TINH"])
      expect(confers(code, "PHUONG", "2025-06-30")).toBe(false);
    expect(conferringAuthority("LDTT", "THI_TRAN", "2024-01-01")?.article).toContain("Điều 80 khoản 3");
  });

  it("a commune asking for CSTĐ cơ sở is told it was the district chair's (khoản 2)", () => {
    const r = conferringAuthority("CSTD_CS", "XA", "2025-03-15")!;
    expect(r.reason).toContain('không có thẩm quyền tặng "Chiến sĩ thi đua cơ sở"');
    expect(r.reason).toContain("Điều 80 khoản 2");
  });

  it("khoản 2: the district chair confers thôn văn hóa, Tập thể LĐTT, CSTĐ cơ sở, LĐTT and Giấy khen", () => {
    for (const code of ["THON_TDP_VAN_HOA", "TTLDTT", "CSTD_CS", "LDTT", "GK_CT_HUYEN"])
      expect(confers(code, "HUYEN", "2024-06-01")).toBe(true);
    expect(confers("GIA_DINH_VAN_HOA", "HUYEN", "2024-06-01")).toBe(false);
    expect(conferringAuthority("CSTD_CS", "THI_XA", "2024-06-01")?.article).toContain("Điều 80 khoản 2");
  });
});

describe("from 1/7/2025: Nghị định 129/2025/NĐ-CP Điều 59", () => {
  it("the commune chair confers CSTĐ cơ sở, Tập thể LĐTT, LĐTT, thôn/tổ dân phố văn hóa, Gia đình văn hóa, Giấy khen", () => {
    for (const code of ["CSTD_CS", "TTLDTT", "LDTT", "THON_TDP_VAN_HOA", "GIA_DINH_VAN_HOA", "GK_CT_XA"]) {
      expect(findEntry(code), code).toBeDefined();
      expect(confers(code, "XA", "2025-07-01"), code).toBe(true);
      expect(confers(code, "DAC_KHU", "2026-11-20"), code).toBe(true);
    }
    expect(conferringAuthority("CSTD_CS", "PHUONG", "2026-01-05")).toEqual({
      confers: true,
      authority: "Chủ tịch Ủy ban nhân dân cấp xã",
      article: "Nghị định 129/2025/NĐ-CP, Điều 59",
      reason: null,
      // The decision cites the power: the law's Điều 80 is not where it comes from any more.
      basis: "Căn cứ Điều 59 Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ",
    });
  });

  it("but not the province's titles, nor the district's Giấy khen that no longer exists", () => {
    for (const code of ["CSTD_TINH", "BK_CT_TINH", "TTLDXS", "GK_CT_HUYEN"])
      expect(confers(code, "XA", "2026-01-05"), code).toBe(false);
  });

  it("the boundary is 1/7/2025: CSTĐ cơ sở by a commune on 30/6 is refused, on 1/7 allowed", () => {
    expect(confers("CSTD_CS", "XA", "2025-06-30")).toBe(false);
    expect(confers("CSTD_CS", "XA", "2025-07-01")).toBe(true);
  });
});

describe("outside these articles, no answer", () => {
  it("before the Law of 2022, for provinces, and for districts after they ended", () => {
    expect(conferringAuthority("LDTT", "XA", "2023-12-31")).toBeNull();
    expect(conferringAuthority("BK_CT_TINH", "TINH", "2026-01-05")).toBeNull();
    expect(conferringAuthority("GK_CT_XA", "HUYEN", "2026-01-05")).toBeNull();
  });
});
