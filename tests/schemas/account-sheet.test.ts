import { describe, expect, it } from "vitest";
import { parseAccountSheet, roleOf } from "@/schemas/account-sheet";

const header = ["Mã đơn vị", "Họ và tên", "Thư điện tử", "Vai trò"];

describe("the accounts import sheet (issue 11)", () => {
  it("reads roles as on screen, shortly or as codes", () => {
    expect(roleOf("Quản trị")).toBe("ADMIN");
    expect(roleOf("cán bộ")).toBe("OFFICER");
    expect(roleOf("Chủ tịch / người đứng đầu")).toBe("CHAIR");
    expect(roleOf("hoi dong")).toBe("COUNCIL_MEMBER");
    expect(roleOf("REVIEWER")).toBe("REVIEWER");
    expect(roleOf("giám đốc")).toBeNull();
  });

  it("gives each bad cell its row and column, and skips blank lines", () => {
    const { accounts, errors } = parseAccountSheet([
      ["MA DON VI", "HO VA TEN", "thu dien tu", "VAI TRO"],
      ["25222", "Nguyễn Văn An", "An@Xa.vn", "Quản trị; cán bộ"],
      [null, null, null, null],
      ["", "B", "not-an-email", "giám đốc"],
    ]);
    expect(accounts).toEqual([
      { row: 2, unitCode: "25222", name: "Nguyễn Văn An", email: "an@xa.vn", roles: ["ADMIN", "OFFICER"] },
    ]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [4, "Mã đơn vị"],
      [4, "Họ và tên"],
      [4, "Thư điện tử"],
      [4, "Vai trò"],
    ]);
    expect(errors[3]!.message).toContain("giám đốc");
  });

  it("refuses a sheet of another format by its header", () => {
    const { errors } = parseAccountSheet([
      ["Họ và tên", "Ngày sinh"],
      ["A", "1/1/1990"],
    ]);
    expect(errors.map((e) => e.column)).toEqual(["Mã đơn vị", "Thư điện tử", "Vai trò"]);
    expect(parseAccountSheet([header]).errors[0]!.message).toContain("không có dòng");
  });
});
