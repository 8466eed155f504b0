import { describe, expect, it } from "vitest";
import { decodeCsvUpload } from "@/domain/units/csv";
import {
  looksLikeSuccessionList,
  normaliseResolution,
  normaliseUnitCode,
  parseListDate,
  parseSuccessionList,
} from "@/domain/units/succession-csv";

// Rows of NQ 1662/NQ-UBTVQH15 Điều 1 khoản 41 (Tân Khai) and NQ 1666/NQ-UBTVQH15 khoản 27, 29 (Đình Dù, split).
const HEADER = "Mã cũ,Tên cũ,Mã mới,Tên mới,Ngày hiệu lực,Nghị quyết";
const ROWS = [
  "25357,Thị trấn Tân Khai,25357,Xã Tân Khai,01/07/2025,1662/NQ-UBTVQH15",
  "25361,Xã Tân Hiệp,25357,Xã Tân Khai,1/7/2025,Nghị quyết số 1662/NQ-UBTVQH15",
  "12004,Xã Đình Dù,12004,Xã Như Quỳnh,2025-07-01,1666/NQ-UBTVQH15",
  "12004,Xã Đình Dù,11995,Xã Đại Đồng,2025-07-01,1666/NQ-UBTVQH15",
];

describe("parseSuccessionList", () => {
  it("reads mergers and splits, dates in either form, the resolution without its title", () => {
    const result = parseSuccessionList(`\uFEFF${[HEADER, ...ROWS].join("\r\n")}\r\n`);
    expect(result.errors).toEqual([]);
    expect(result.recognised).toBe(true);
    expect(result.rows).toHaveLength(4);
    expect(result.rows[1]).toEqual({
      line: 3,
      oldCode: "25361",
      newCode: "25357",
      effectiveOn: "2025-07-01",
      resolution: "1662/NQ-UBTVQH15",
    });
    expect(result.rows.filter((r) => r.oldCode === "12004").map((r) => r.newCode)).toEqual(["12004", "11995"]);
  });

  it("finds the header under title lines, in any column order, with semicolons", () => {
    const text = [
      "DANH SÁCH SẮP XẾP ĐƠN VỊ HÀNH CHÍNH",
      "Nghị quyết;Ngày có hiệu lực;Mã mới;Mã cũ",
      "202/2025/QH15;01/07/2025;37;36",
    ].join("\n");
    const result = parseSuccessionList(text);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { line: 3, oldCode: "36", newCode: "37", effectiveOn: "2025-07-01", resolution: "202/2025/QH15" },
    ]);
  });

  it("reports each bad row in Vietnamese and keeps the good ones", () => {
    const text = [
      HEADER,
      "2535A,X,25357,Y,01/07/2025,1662/NQ-UBTVQH15",
      "25361,X,7,Y,01/07/2025,1662/NQ-UBTVQH15",
      "25360,X,25357,Y,31/02/2025,1662/NQ-UBTVQH15",
      "25345,X,25345,Y,01/07/2025,theo chỉ đạo",
      ",X,25345,Y,01/07/2025,",
      "25330,X,25345,Y,01/07/2025,1662/NQ-UBTVQH15",
      "25330,X,25345,Y,01/07/2025,1662/NQ-UBTVQH15",
      "25330,X,25357,Y,01/08/2025,1662/NQ-UBTVQH15",
    ].join("\n");
    const { rows, errors } = parseSuccessionList(text);
    expect(rows.map((r) => r.line)).toEqual([7]);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 8, 9]);
    expect(errors[0]!.message).toContain('Mã cũ "2535A" không hợp lệ');
    expect(errors[1]!.message).toContain('Mã mới "7" không hợp lệ');
    expect(errors[2]!.message).toContain('Ngày hiệu lực "31/02/2025" không hợp lệ');
    expect(errors[3]!.message).toContain('Số nghị quyết "theo chỉ đạo" không hợp lệ');
    expect(errors[4]!.message).toContain("Thiếu mã cũ.");
    expect(errors[4]!.message).toContain("Thiếu số nghị quyết.");
    expect(errors[5]!.message).toBe("Trùng dòng 7: mã cũ 25330 → mã mới 25345 đã có.");
    expect(errors[6]!.message).toContain("ngày hiệu lực khác");
  });

  it("tells a national list apart from a file of another format", () => {
    const national =
      "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp\nTỉnh Nam Định,36,Huyện Trực Ninh,363,Thị trấn Cổ Lễ,14026,Thị trấn";
    const asSuccession = parseSuccessionList(national);
    expect(asSuccession.recognised).toBe(false);
    expect(asSuccession.errors[0]!.message).toContain("là danh mục đơn vị hành chính");
    expect(parseSuccessionList("a,b,c\n1,2,3").errors[0]!.message).toContain("Không nhận ra danh sách kế thừa");
    expect(parseSuccessionList("  ").errors[0]!.message).toBe("Tệp trống.");
    expect(parseSuccessionList(HEADER).errors[0]!.message).toBe("Tệp không có dòng nào.");
    expect(looksLikeSuccessionList([HEADER, ...ROWS].join("\n"))).toBe(true);
    expect(looksLikeSuccessionList(national)).toBe(false);
  });
});

describe("the cells of a succession row", () => {
  it("restores a commune code's lost zero and refuses what is ambiguous", () => {
    expect(normaliseUnitCode("4026")).toBe("04026");
    expect(normaliseUnitCode("01")).toBe("01");
    expect(normaliseUnitCode("363")).toBe("363");
    expect(normaliseUnitCode("4")).toBeNull();
    expect(normaliseUnitCode("123456")).toBeNull();
  });

  it("reads dates as Vietnamese lists write them, and only real days", () => {
    expect(parseListDate("01/07/2025")).toBe("2025-07-01");
    expect(parseListDate("1.7.2025")).toBe("2025-07-01");
    expect(parseListDate("2025-7-1")).toBe("2025-07-01");
    expect(parseListDate("29/02/2025")).toBeNull();
    expect(parseListDate("07/2025")).toBeNull();
  });

  it("keeps the resolution's number and symbol", () => {
    expect(normaliseResolution("NQ số 1674/NQ-UBTVQH15")).toBe("1674/NQ-UBTVQH15");
    expect(normaliseResolution("202/2025/QH15")).toBe("202/2025/QH15");
    expect(normaliseResolution("1662")).toBeNull();
  });
});

describe("decodeCsvUpload", () => {
  it("reads UTF-8 text and refuses a spreadsheet, another encoding or an empty file", () => {
    expect(decodeCsvUpload(new TextEncoder().encode("Mã cũ,Mã mới"))).toEqual({ text: "Mã cũ,Mã mới" });
    expect(decodeCsvUpload(new Uint8Array([0x50, 0x4b, 3, 4]))).toMatchObject({
      error: expect.stringContaining("Excel"),
    });
    expect(decodeCsvUpload(new Uint8Array([0x4d, 0xe3, 0x20]))).toMatchObject({
      error: expect.stringContaining("UTF-8"),
    });
    expect(decodeCsvUpload(new Uint8Array())).toEqual({ error: "Tệp rỗng." });
  });
});
