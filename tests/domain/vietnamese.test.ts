import { describe, expect, it } from "vitest";
import { tidyName, toSearchText, toSortName } from "@/domain/text/vietnamese";

describe("toSearchText", () => {
  it("drops diacritics and folds đ so 'nguyen' finds 'Nguyễn'", () => {
    expect(toSearchText("Nguyễn Văn Đức")).toBe("nguyen van duc");
    expect(toSearchText("ĐỖ THỊ HƯƠNG")).toBe("do thi huong");
  });
  it("treats composed and decomposed input alike", () => {
    expect(toSearchText("Ánh".normalize("NFD"))).toBe(toSearchText("Ánh".normalize("NFC")));
  });
  it("collapses whitespace", () => {
    expect(toSearchText("  Lê   Thị\tThu ")).toBe("le thi thu");
  });
});

describe("toSortName", () => {
  it("puts the given name (tên) first, as Vietnamese lists sort", () => {
    expect(toSortName("Nguyễn Văn An")).toBe("An Nguyễn Văn An");
    expect(toSortName("  Trần   Thị Bích ")).toBe("Bích Trần Thị Bích");
  });
  it("handles a one-word name", () => {
    expect(toSortName("Bích")).toBe("Bích Bích");
  });
});

describe("tidyName", () => {
  it("normalises to NFC and single spaces", () => {
    expect(tidyName(" Lê  Thị ".normalize("NFD"))).toBe("Lê Thị".normalize("NFC"));
  });
});
