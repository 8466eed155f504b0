import { describe, expect, it } from "vitest";
import readExcelFile from "read-excel-file/node";
import {
  registrationXlsxStream,
  type RegistrationSheet,
  type RegistrationWorkbook,
} from "@/server/documents/registration-xlsx";
import { bytesOf, sheetNames } from "@/server/documents/xlsx-stream";
import { approvedTotals, registrationCounts } from "@/domain/registration/aggregate";
import { renderRegistrationDocx } from "@/server/documents/registration-docx";
import { readDocxText, readDocxXml } from "../support/docx-text";

/** Seed 001's table (Xã Đình Dù, 2024), less the "Hoàn thành nhiệm vụ" rating column. */
const book: RegistrationWorkbook = {
  planTitle: "Phát động phong trào thi đua cải cách hành chính huyện Văn Lâm năm 2024",
  issuerName: "Huyện Văn Lâm",
  columns: [
    { code: "LDTT", name: "Lao động tiên tiến", group: "TITLE" },
    { code: "CSTD_CS", name: "Chiến sĩ thi đua cơ sở", group: "TITLE" },
    { code: "GK_CT_HUYEN", name: "Giấy khen của Chủ tịch UBND cấp huyện", group: "FORM" },
    { code: "BK_CT_TINH", name: "Bằng khen của Chủ tịch UBND cấp tỉnh", group: "FORM" },
  ],
  sheets: [
    {
      unitName: "Xã Đình Dù",
      status: "Đã duyệt",
      approved: true,
      rows: [
        { kind: "COLLECTIVE", label: "Xã Đình Dù", items: ["GK_CT_HUYEN"], commitment: "" },
        {
          kind: "COLLECTIVE",
          label: "Bộ phận tiếp nhận và trả kết quả",
          items: ["GK_CT_HUYEN", "BK_CT_TINH"],
          commitment: "",
        },
        {
          kind: "INDIVIDUAL",
          label: "Lê Thị Thu",
          items: ["LDTT", "GK_CT_HUYEN"],
          commitment: "Hoàn thành xuất sắc nhiệm vụ",
        },
      ],
    },
    // Returned for completion: shown with its status, not counted in the totals (issue 12, point 6).
    {
      unitName: "Xã Lạc Đạo",
      status: "Trả lại để hoàn thiện",
      approved: false,
      rows: [{ kind: "COLLECTIVE", label: "Xã Lạc Đạo", items: ["LDTT", "GK_CT_HUYEN"], commitment: "" }],
    },
  ],
};

/** The workbook as the export streams it, the summary counted by the domain's rule (the export counts in SQL). */
async function renderRegistrationXlsx(b: RegistrationWorkbook): Promise<Buffer> {
  const codes = b.columns.map((c) => c.code);
  const summary = {
    lines: b.sheets.map((s) => ({
      unitName: s.unitName,
      status: s.status ?? "",
      counts: registrationCounts(s.rows, codes),
    })),
    totals: approvedTotals(
      b.sheets.map((s) => ({ status: s.approved ? "APPROVED" : "RETURNED", rows: s.rows })),
      codes,
    ),
    approved: b.sheets.filter((s) => s.approved).length,
  };
  async function* units(): AsyncGenerator<RegistrationSheet> {
    yield* b.sheets;
  }
  return bytesOf(registrationXlsxStream(b, summary, units()));
}

describe("registration .xlsx (seed 001 layout)", () => {
  it("has the header, grouped column titles, column numbers, sections and marks, plus a summary sheet", async () => {
    const sheets = await readExcelFile(await renderRegistrationXlsx(book));
    expect(sheets.map((s) => s.sheet)).toEqual(["Tổng hợp", "Xã Đình Dù", "Xã Lạc Đạo"]);
    const t = sheets[1]!.data.map((r) => r.map((c) => (c === null ? "" : String(c))));
    expect(t[0]![0]).toBe("ỦY BAN NHÂN DÂN");
    expect(t[1]![0]).toBe("XÃ ĐÌNH DÙ");
    expect(t.some((r) => r[0] === "ĐĂNG KÝ")).toBe(true);
    const h = t.findIndex((r) => r[0] === "STT");
    expect(t[h]).toEqual([
      "STT",
      "Tập thể, cá nhân",
      "Danh hiệu thi đua",
      "",
      "Hình thức khen thưởng",
      "",
      "Nội dung đăng ký",
    ]);
    expect(t[h + 1]!.slice(2, 6)).toEqual(book.columns.map((c) => c.name));
    expect(t[h + 2]).toEqual(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]);
    expect(t[h + 3]!.slice(0, 2)).toEqual(["I", "Tập thể"]);
    expect(t[h + 5]).toEqual(["2", "Bộ phận tiếp nhận và trả kết quả", "", "", "x", "x", ""]);
    expect(t[h + 6]!.slice(0, 2)).toEqual(["II", "Cá nhân"]);
    expect(t[h + 7]).toEqual(["1", "Lê Thị Thu", "x", "", "x", "", "Hoàn thành xuất sắc nhiệm vụ"]);
    expect(sheets[0]!.data[1]!.slice(0, 2)).toEqual(["Đơn vị", "Trạng thái"]);
    expect(sheets[0]!.data[2]).toEqual(["Xã Đình Dù", "Đã duyệt", 1, 0, 3, 1]);
    expect(sheets[0]!.data[3]).toEqual(["Xã Lạc Đạo", "Trả lại để hoàn thiện", 1, 0, 1, 0]);
    // Totals: approved registrations only.
    expect(sheets[0]!.data[4]).toEqual(["Tổng cộng (đã duyệt)", "1/2 đơn vị", 1, 0, 3, 1]);
  });
});

describe("sheet names", () => {
  it("are what Excel accepts: 31 characters at most, no : \\ / ? * [ ], each once", () => {
    const long = "Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên";
    const names = sheetNames(["Tổng hợp", long, `${long} (cũ)`, "Xã [Một]: A/B", "tổng hợp"]);
    expect(names).toEqual(["Tổng hợp", long.slice(0, 31), `${long.slice(0, 27)} (2)`, "Xã Một A B", "tổng hợp (2)"]);
  });
});

describe("registration .docx", () => {
  it("prints the unit header, the title and the table on landscape A4", async () => {
    const buffer = await renderRegistrationDocx(book, book.sheets[0]!, "Đình Dù");
    const { paragraphs, tables } = await readDocxText(buffer);
    expect(paragraphs).toContain("ĐĂNG KÝ");
    expect(paragraphs).toContain("XÃ ĐÌNH DÙ");
    expect(paragraphs).toContain("Căn cứ Kế hoạch của Huyện Văn Lâm, Xã Đình Dù đăng ký thi đua như sau:");
    const grid = tables.find((tb) => tb[0]![0] === "STT")!;
    // Cells merged down from the first header row come back empty in the second.
    expect(grid[1]!.filter(Boolean)).toEqual(book.columns.map((c) => c.name));
    expect(grid.find((r) => r[1] === "Lê Thị Thu")).toEqual([
      "1",
      "Lê Thị Thu",
      "x",
      "",
      "x",
      "",
      "Hoàn thành xuất sắc nhiệm vụ",
    ]);
    expect(readDocxXml(buffer)).toMatch(/w:orient="landscape"/);
  });

  it("cites the plan by number and date and is dated by the registration, not today", async () => {
    const sheet = {
      ...book.sheets[0]!,
      basis:
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 15/6/2022 của UBND thị xã Ngã Năm về thi đua, Xã Đình Dù đăng ký thi đua năm 2024 như sau:",
    };
    const { paragraphs } = await readDocxText(
      await renderRegistrationDocx(book, sheet, "Đình Dù", { day: "2024-01-20", year: 2024 }),
    );
    expect(paragraphs).toContain(sheet.basis);
    expect(paragraphs.join("\n")).toContain("Đình Dù, ngày 20 tháng 01 năm 2024");
  });
});
