import { describe, expect, it } from "vitest";
import { vietnameseAmountInWords as words } from "@/domain/text/amount-in-words";

describe("vietnameseAmountInWords", () => {
  it("reads the units and tens with the usual conventions (mốt, lăm, tư, mười)", () => {
    expect(words(0)).toBe("Không đồng");
    expect(words(5)).toBe("Năm đồng");
    expect(words(10)).toBe("Mười đồng");
    expect(words(11)).toBe("Mười một đồng");
    expect(words(14)).toBe("Mười bốn đồng");
    expect(words(15)).toBe("Mười lăm đồng");
    expect(words(20)).toBe("Hai mươi đồng");
    expect(words(21)).toBe("Hai mươi mốt đồng");
    expect(words(24)).toBe("Hai mươi tư đồng");
    expect(words(25)).toBe("Hai mươi lăm đồng");
    expect(words(99)).toBe("Chín mươi chín đồng");
  });

  it("reads a zero tens digit as “linh”, and five after it as “năm”", () => {
    expect(words(100)).toBe("Một trăm đồng");
    expect(words(101)).toBe("Một trăm linh một đồng");
    expect(words(104)).toBe("Một trăm linh bốn đồng");
    expect(words(105)).toBe("Một trăm linh năm đồng");
    expect(words(110)).toBe("Một trăm mười đồng");
    expect(words(115)).toBe("Một trăm mười lăm đồng");
    expect(words(121)).toBe("Một trăm hai mươi mốt đồng");
  });

  it("reads inner groups in full and skips empty ones", () => {
    expect(words(1000)).toBe("Một nghìn đồng");
    expect(words(1005)).toBe("Một nghìn không trăm linh năm đồng");
    expect(words(1_005_000)).toBe("Một triệu không trăm linh năm nghìn đồng");
    expect(words(1_000_015)).toBe("Một triệu không trăm mười lăm đồng");
    expect(words(1_170_000)).toBe("Một triệu một trăm bảy mươi nghìn đồng");
    expect(words(2_340_000)).toBe("Hai triệu ba trăm bốn mươi nghìn đồng");
    expect(words(702_000)).toBe("Bảy trăm linh hai nghìn đồng");
  });

  it("reads billions and beyond", () => {
    expect(words(1_000_000_000)).toBe("Một tỷ đồng");
    expect(words(1_000_000_001)).toBe("Một tỷ không trăm linh một đồng");
    expect(words(2_500_000_000)).toBe("Hai tỷ năm trăm triệu đồng");
    expect(words(15_000_021_000)).toBe("Mười lăm tỷ không trăm hai mươi mốt nghìn đồng");
    expect(words(1_000_000_000_000)).toBe("Một nghìn tỷ đồng");
  });

  it("refuses what is not a sum of money", () => {
    expect(() => words(-1)).toThrow(RangeError);
    expect(() => words(1.5)).toThrow("Số tiền phải là số nguyên không âm");
    expect(() => words(Number.NaN)).toThrow(RangeError);
    expect(() => words(2 ** 60)).toThrow(RangeError);
  });
});
