import { describe, expect, it } from "vitest";
import {
  dash,
  dayMonthYear,
  formatCount,
  formatDong,
  formatMoney,
  letter,
  numberLine,
  pad2,
  paragraphsOf,
  placeDate,
  roman,
  terminate,
  upper,
} from "@/domain/text/format";

describe("document wording", () => {
  it("numbers and letters the way Vietnamese documents do", () => {
    expect([1, 4, 8, 9, 14, 40].map(roman)).toEqual(["I", "IV", "VIII", "IX", "XIV", "XL"]);
    expect([0, 3, 4, 5].map((i) => letter(i, 6))).toEqual(["a)", "d)", "đ)", "e)"]);
    expect(letter(3, 30)).toBe("4.");
    expect([0, 5, 9, 10, 125].map(pad2)).toEqual(["00", "05", "09", "10", "125"]);
  });

  it("marks, ends and splits lines", () => {
    expect(dash("Nội dung")).toBe("- Nội dung");
    expect(dash("a) Đã có")).toBe("a) Đã có");
    expect(dash("+ Đã có")).toBe("+ Đã có");
    expect(terminate(["Một;", "Hai,", "Ba."])).toEqual(["Một;", "Hai;", "Ba."]);
    expect(paragraphsOf(" Một \r\n\n  Hai\n")).toEqual(["Một", "Hai"]);
    expect(upper("Thị trấn Cổ Lễ")).toBe("THỊ TRẤN CỔ LỄ");
  });

  it("writes numbers of documents and sums of money", () => {
    expect(numberLine("5", "KH-UBND")).toBe("Số: 05/KH-UBND");
    expect(numberLine(" 125 ", "KH-UBND")).toBe("Số: 125/KH-UBND");
    expect(numberLine("12a", "QĐ-UBND")).toBe("Số: 12a/QĐ-UBND");
    expect(numberLine(null, "KH-UBND")).toBe("Số:        /KH-UBND");
    expect(formatMoney(1_170_000)).toBe("1.170.000");
    expect(formatMoney(500)).toBe("500");
    expect(formatDong(1_170_000)).toBe("1.170.000 đồng");
    expect(formatCount(12_345)).toBe("12.345");
  });

  it("dates the way ND 30 does: leading zeros for days below 10 and months 1 and 2", () => {
    expect(placeDate("Hớn Quản", "2024-03-09", "2024")).toBe("Hớn Quản, ngày 09 tháng 3 năm 2024");
    expect(placeDate("Hớn Quản", "2024-02-20", "2024")).toBe("Hớn Quản, ngày 20 tháng 02 năm 2024");
    expect(placeDate("Cổ Lễ", null, "2025")).toBe("Cổ Lễ, ngày      tháng      năm 2025");
    expect(dayMonthYear("2026-02-05")).toBe("ngày 05 tháng 02 năm 2026");
    expect(dayMonthYear("2024-12-10")).toBe("ngày 10 tháng 12 năm 2024");
    expect(dayMonthYear(null, "2024")).toBe("ngày      tháng      năm 2024");
  });
});
