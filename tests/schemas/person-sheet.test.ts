import { describe, expect, it } from "vitest";
import { parsePeopleSheet } from "@/schemas/person-sheet";

const header = ["Họ và tên", "Ngày sinh", "Giới tính", "Loại", "Chức vụ", "Tổ chức", "Đảng viên"];

describe("parsePeopleSheet", () => {
  it("reads valid rows with dd/mm/yyyy and Excel dates, labels without accents", () => {
    const { people, errors } = parsePeopleSheet([
      header,
      ["Nguyễn Văn An", "05/03/1985", "Nam", "Công chức", "Công chức Tư pháp", "Tư pháp - Hộ tịch", "x"],
      ["Lê Thị Bình", new Date("1990-12-01T00:00:00Z"), "nu", "nguoi lao dong", "Nhân viên", "", ""],
    ]);
    expect(errors).toEqual([]);
    expect(people).toHaveLength(2);
    expect(people[0]).toMatchObject({
      row: 2,
      organisationName: "Tư pháp - Hộ tịch",
      person: { dateOfBirth: "1985-03-05", gender: "NAM", staffKind: "CONG_CHUC", partyMember: true },
    });
    expect(people[1]).toMatchObject({
      row: 3,
      organisationName: null,
      person: { dateOfBirth: "1990-12-01", gender: "NU", staffKind: "NGUOI_LAO_DONG", partyMember: false },
    });
  });

  it("reports every bad row with its Excel row number and column", () => {
    const { errors } = parsePeopleSheet([
      header,
      ["Nguyễn Văn An", "05/03/1985", "Nam", "Công chức", "Công chức", "", ""],
      ["", "31/02/1990", "Khác", "Công chức", "Công chức", "", ""],
    ]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, "Họ và tên"],
      [3, "Ngày sinh"],
      [3, "Giới tính"],
    ]);
    expect(errors[1]!.message).toBe("Ngày không tồn tại.");
  });

  it("reports an invalid date cell on its row instead of failing the whole sheet (found by the fuzz test)", () => {
    const { people, errors } = parsePeopleSheet([
      header,
      ["Nguyễn Văn An", new Date(Number.NaN), "Nam", "Công chức", "Công chức", "", ""],
      [new Date(Number.NaN), "05/03/1985", "Nam", "Công chức", "Công chức", "", ""],
    ]);
    expect(people).toEqual([]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "Ngày sinh"],
      [3, "Họ và tên"],
    ]);
  });

  it("refuses a sheet without a required column", () => {
    const { people, errors } = parsePeopleSheet([
      ["Họ và tên", "Ngày sinh"],
      ["A B C", "01/01/1990"],
    ]);
    expect(people).toEqual([]);
    expect(errors.map((e) => e.column)).toEqual(["Giới tính", "Loại", "Chức vụ"]);
  });

  it("skips blank lines and refuses an empty sheet", () => {
    expect(parsePeopleSheet([header, [null, "", null]]).errors[0]!.message).toBe("Tệp không có dòng dữ liệu nào.");
  });
});
