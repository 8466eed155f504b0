import { describe, it, expect } from "vitest";
import { parseNationalUnitList, type ParsedUnit } from "@/domain/units/national-list-csv";

// Rows copied from the GSO three-level export of 04/01/2025 (danhmuchanhchinh.gso.gov.vn).
const HEADER_3 = "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh";
const ROWS_3 = [
  "Tỉnh Nam Định,36,Huyện Trực Ninh,363,Thị trấn Cổ Lễ,14026,Thị trấn,",
  "Tỉnh Nam Định,36,Huyện Trực Ninh,363,Xã Phương Định,14029,Xã,",
  "Tỉnh Nam Định,36,Huyện Trực Ninh,363,Thị trấn Cát Thành,14056,Thị trấn,Cat Thanh town",
  "Tỉnh Hưng Yên,33,Huyện Văn Lâm,325,Xã Đình Dù,12004,Xã,",
  "Tỉnh Bình Phước,70,Huyện Hớn Quản,694,Thị trấn Tân Khai,25357,Thị trấn,",
  "Tỉnh Bình Phước,70,Huyện Hớn Quản,694,Xã Tân Hiệp,25361,Xã,Tan Hiep commune",
  "Thành phố Hải Phòng,31,Huyện Bạch Long Vĩ,318,,,Huyện,",
  "Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Phúc Xá,00001,Phường,",
  "Tỉnh Thanh Hóa,38,Huyện Ngọc Lặc,389,Thị Trấn Ngọc Lặc,15061,Thị trấn,",
];

const byCode = (units: ParsedUnit[], code: string) => units.find((u) => u.code === code);

describe("parseNationalUnitList — GSO three-level export", () => {
  const result = parseNationalUnitList(`\uFEFF${[HEADER_3, ...ROWS_3].join("\r\n")}\r\n`);

  it("reads the format, without errors, and strips the BOM", () => {
    expect(result.format).toBe("BA_CAP");
    expect(result.errors).toEqual([]);
    expect(byCode(result.units, "36")?.name).toBe("Tỉnh Nam Định");
  });

  it("builds the tỉnh → huyện → xã tree with kinds from the names", () => {
    expect(byCode(result.units, "36")).toMatchObject({ kind: "TINH", parentCode: null });
    expect(byCode(result.units, "363")).toMatchObject({ name: "Huyện Trực Ninh", kind: "HUYEN", parentCode: "36" });
    expect(byCode(result.units, "14026")).toMatchObject({
      name: "Thị trấn Cổ Lễ",
      kind: "THI_TRAN",
      parentCode: "363",
      line: 2,
    });
    expect(byCode(result.units, "12004")).toMatchObject({ name: "Xã Đình Dù", kind: "XA", parentCode: "325" });
    expect(byCode(result.units, "01")).toMatchObject({ name: "Thành phố Hà Nội", kind: "THANH_PHO_TRUNG_UONG" });
    expect(byCode(result.units, "001")).toMatchObject({ kind: "QUAN", parentCode: "01" });
    expect(byCode(result.units, "00001")).toMatchObject({ kind: "PHUONG", parentCode: "001" });
  });

  it("lists every unit once (provinces and districts repeat on each row)", () => {
    const codes = result.units.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => c === "36")).toHaveLength(1);
    // 6 provinces, 6 districts, 8 communes
    expect(result.units).toHaveLength(20);
  });

  it("keeps a district that has no commune-level units", () => {
    expect(byCode(result.units, "318")).toMatchObject({ name: "Huyện Bạch Long Vĩ", kind: "HUYEN", parentCode: "31" });
  });

  it("keeps the English name and canonicalises the kind word's casing", () => {
    expect(byCode(result.units, "25361")?.englishName).toBe("Tan Hiep commune");
    expect(byCode(result.units, "14026")?.englishName).toBeNull();
    expect(byCode(result.units, "15061")?.name).toBe("Thị trấn Ngọc Lặc");
  });
});

describe("parseNationalUnitList — CSV details", () => {
  it("accepts semicolons, quoted fields with separators, doubled quotes and line breaks", () => {
    const csv = [
      "Tỉnh Thành Phố;Mã TP;Quận Huyện;Mã QH;Phường Xã;Mã PX;Cấp;Tên Tiếng Anh",
      'Tỉnh Hưng Yên;33;Huyện Văn Lâm;325;"Xã Lạc Đạo";11989;Xã;"Lac Dao; ""commune"""',
      'Tỉnh Hưng Yên;33;Huyện Văn Lâm;325;" Xã Đại\nĐồng ";11995;Xã;',
      "Tỉnh Hưng Yên;33;Huyện Văn Lâm;325;Xã Việt Hưng;11998;Xã;",
    ].join("\n");
    const { units, errors } = parseNationalUnitList(csv);
    expect(errors).toEqual([]);
    expect(byCode(units, "11989")?.englishName).toBe('Lac Dao; "commune"');
    expect(byCode(units, "11995")).toMatchObject({ name: "Xã Đại Đồng", line: 3 });
    // the quoted line break moves the next record to physical line 5
    expect(byCode(units, "11998")?.line).toBe(5);
  });

  it("restores leading zeros dropped by spreadsheets", () => {
    const csv = [HEADER_3, "Thành phố Hà Nội,1,Quận Ba Đình,1,Phường Trúc Bạch,4,Phường,"].join("\n");
    const { units, errors } = parseNationalUnitList(csv);
    expect(errors).toEqual([]);
    expect(units.map((u) => u.code)).toEqual(["01", "001", "00004"]);
  });

  it("reads Windows line endings and NFD-encoded text", () => {
    const csv = [HEADER_3, "Tỉnh Nam Định,36,Huyện Trực Ninh,363,Xã Trung Đông,14035,Xã,"]
      .join("\r\n")
      .normalize("NFD");
    const { units, errors } = parseNationalUnitList(csv);
    expect(errors).toEqual([]);
    expect(byCode(units, "14035")?.name).toBe("Xã Trung Đông".normalize("NFC"));
  });
});

describe("parseNationalUnitList — two-level lists from 1/7/2025", () => {
  it("reads the GSO-style columns without Quận Huyện", () => {
    const csv = [
      "Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh",
      "Tỉnh Ninh Bình,37,Xã Cổ Lễ,14026,Xã,",
      "Tỉnh Hưng Yên,33,Xã Như Quỳnh,12004,Xã,",
      "Tỉnh Đồng Nai,75,Phường Bình Long,25326,Phường,",
      "Thành phố Hải Phòng,31,Đặc khu Bạch Long Vĩ,11948,Đặc khu,",
    ].join("\n");
    const { units, errors, format } = parseNationalUnitList(csv);
    expect(errors).toEqual([]);
    expect(format).toBe("HAI_CAP");
    expect(byCode(units, "14026")).toMatchObject({ name: "Xã Cổ Lễ", kind: "XA", parentCode: "37" });
    expect(byCode(units, "25326")).toMatchObject({ kind: "PHUONG", parentCode: "75" });
    expect(byCode(units, "11948")).toMatchObject({ kind: "DAC_KHU", parentCode: "31" });
    expect(byCode(units, "31")).toMatchObject({ kind: "THANH_PHO_TRUNG_UONG", parentCode: null });
  });

  it("reads the Cục Thống kê appendix layout: title lines, section rows, no province code column", () => {
    // Layout of Công văn 1027/CTK-CSCL, Phụ lục I (rows 1168–1170, 1304, 1022, 2523).
    const csv = [
      "PHỤ LỤC I DANH MỤC VÀ MÃ SỐ CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ,,,",
      "Stt,Mã số,Tên đơn vị hành chính,Tỉnh (thành phố)",
      ",,THÀNH PHỐ HẢI PHÒNG,Tp Hải Phòng",
      "1022,11560,Phường Thủy Nguyên,Tp Hải Phòng",
      ",,TỈNH HƯNG YÊN,Tỉnh Hưng Yên",
      "1168,12004,Xã Như Quỳnh,Tỉnh Hưng Yên",
      "1170,11995,Xã Đại Đồng,Tỉnh Hưng Yên",
      ",,TỈNH NINH BÌNH,Tỉnh Ninh Bình",
      "1304,14026,Xã Cổ Lễ,Tỉnh Ninh Bình",
      ",,TỈNH ĐỒNG NAI,Tỉnh Đồng Nai",
      "2523,25357,Xã Tân Khai,Tỉnh Đồng Nai",
    ].join("\n");
    const { units, errors, format } = parseNationalUnitList(csv);
    expect(errors).toEqual([]);
    expect(format).toBe("HAI_CAP");
    expect(byCode(units, "31")).toMatchObject({ name: "Thành phố Hải Phòng", kind: "THANH_PHO_TRUNG_UONG" });
    expect(byCode(units, "33")?.name).toBe("Tỉnh Hưng Yên");
    expect(byCode(units, "12004")).toMatchObject({ name: "Xã Như Quỳnh", parentCode: "33" });
    expect(byCode(units, "14026")?.parentCode).toBe("37");
    expect(byCode(units, "25357")?.parentCode).toBe("75");
    expect(units).toHaveLength(9);
  });

  it("takes the kind from the Cấp column when the name has no kind word", () => {
    const csv = ["Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp", "Tỉnh Đồng Nai,75,Tân Quan,25351,Xã"].join("\n");
    const { units, errors } = parseNationalUnitList(csv);
    expect(errors).toEqual([]);
    expect(byCode(units, "25351")).toMatchObject({ name: "Xã Tân Quan", kind: "XA" });
  });
});

describe("parseNationalUnitList — bad input", () => {
  it("reports an empty file and a file without a recognisable header", () => {
    expect(parseNationalUnitList("\uFEFF  \n").errors).toEqual([{ line: 1, message: "Tệp trống." }]);
    const noHeader = parseNationalUnitList("a,b,c\n1,2,3\n");
    expect(noHeader.format).toBeNull();
    expect(noHeader.units).toEqual([]);
    expect(noHeader.errors[0]?.message).toMatch(/Không tìm thấy dòng tiêu đề/);
  });

  it("reports bad rows with their line numbers and keeps the good ones", () => {
    const csv = [
      HEADER_3,
      "Tỉnh Nam Định,36,Huyện Trực Ninh,363,Thị trấn Cổ Lễ,14026,Thị trấn,", // 2 ok
      "Tỉnh Nam Định,36,Huyện Trực Ninh,363,Xã Trực Tuấn,14O41,Xã,", // 3 letter O in the code
      "Tỉnh Nam Định,36,Huyện Trực Ninh,363,Xã Trung Đông,,Xã,", // 4 no code
      "Tỉnh Nam Định,36,Huyện Trực Ninh,363,Xóm Mới,14999,,", // 5 unknown kind
      "Tỉnh Nam Định,36,Huyện Trực Ninh,363,Xã Liêm Hải,14038,Phường,", // 6 Cấp contradicts name
      "Tỉnh Nam Định,36,Huyện Trực Ninh,363,Xã Phương Định,14026,Xã,", // 7 code reused for another unit
      "Nam Định,36,Huyện Trực Ninh,363,Xã Trực Chính,14032,Xã,", // 8 province without kind word
      ",,,,,,,", // 9 blank: ignored
      "Tỉnh Nam Định,36,,,Xã Việt Hùng,14044,Xã,", // 10 no district
      "Tỉnh Nam Định,36,Huyện Trực Ninh,363,Xã Trực Đạo,140470,Xã,", // 11 code too long
    ].join("\n");
    const { units, errors } = parseNationalUnitList(csv);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8, 10, 11]);
    expect(errors[0]!.message).toContain('Mã phường/xã "14O41" không hợp lệ');
    expect(errors[1]!.message).toBe("Thiếu mã phường/xã.");
    expect(errors[2]!.message).toContain('Không nhận ra loại đơn vị của phường/xã "Xóm Mới"');
    expect(errors[3]!.message).toBe('Cấp "Phường" không khớp với tên "Xã Liêm Hải".');
    expect(errors[4]!.message).toContain("Mã 14026 đã có ở dòng 2 với thông tin khác");
    expect(errors[5]!.message).toContain('tỉnh/thành phố "Nam Định"');
    expect(errors[6]!.message).toBe("Thiếu mã quận/huyện.");
    expect(errors[7]!.message).toContain("tối đa 5 chữ số");
    expect(units.map((u) => u.code)).toEqual(["36", "363", "14026"]);
  });

  it("reports an unterminated quote at the line where it opens", () => {
    const csv = [
      HEADER_3,
      "Tỉnh Nam Định,36,Huyện Trực Ninh,363,Thị trấn Cổ Lễ,14026,Thị trấn,",
      'Tỉnh Nam Định,36,"Huyện Trực Ninh,363,Xã A,1,Xã,',
    ].join("\n");
    const { units, errors } = parseNationalUnitList(csv);
    expect(errors).toEqual([{ line: 3, message: expect.stringContaining("Dấu ngoặc kép mở nhưng không được đóng") }]);
    expect(byCode(units, "14026")).toBeDefined();
  });

  it("rejects a two-level row whose province is not in the 2025 list when there is no code column", () => {
    const csv = ["Stt,Mã số,Tên đơn vị hành chính,Tỉnh (thành phố)", "1,14026,Xã Cổ Lễ,Tỉnh Nam Định"].join("\n");
    const { units, errors } = parseNationalUnitList(csv);
    expect(units).toEqual([]);
    expect(errors).toEqual([
      { line: 2, message: expect.stringContaining('Không xác định được mã của "Tỉnh Nam Định"') },
    ]);
  });
});
