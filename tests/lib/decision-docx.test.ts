import { describe, expect, it } from "vitest";
import { decisionDocx, type DecisionInput } from "@/server/documents/decision-docx";
import { readDocxText, readDocxXml } from "../support/docx-text";
import { inOrder } from "../support/in-order";

/** The commune chair's year-end Giấy khen (xã Đình Dù, huyện Văn Lâm, 2024). */
const decision: DecisionInput = {
  authorityName: "Ủy ban nhân dân xã Đình Dù",
  parentAuthorityName: "Ủy ban nhân dân huyện Văn Lâm",
  number: "12",
  place: "Đình Dù",
  date: "2024-12-05",
  chairTitle: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÌNH DÙ",
  subject: "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2024",
  bases: [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Kế hoạch số 25/KH-UBND ngày 05 tháng 02 năm 2024 của Ủy ban nhân dân xã Đình Dù về phát động phong trào thi đua năm 2024",
  ],
  proposedBy:
    "Xét đề nghị của công chức Văn phòng - Thống kê xã Đình Dù tại Tờ trình số 30/TTr-VP ngày 02 tháng 12 năm 2024",
  formName: "Giấy khen",
  reason: "đã có thành tích xuất sắc trong phong trào thi đua năm 2024",
  awardees: [
    { kind: "INDIVIDUAL", name: "Nguyễn Thị Hương", detail: "Công chức Văn phòng - Thống kê", amount: 702_000 },
    { kind: "COLLECTIVE", name: "Thôn Đình Dù", detail: "Xã Đình Dù", amount: 1_404_000 },
    { kind: "INDIVIDUAL", name: "Đặng Văn Hưởng", detail: "Trưởng Công an xã", amount: 702_000 },
    { kind: "COLLECTIVE", name: "Trường Mầm non Đình Dù", detail: "Xã Đình Dù", amount: 1_404_000 },
    { kind: "INDIVIDUAL", name: "Lê Thị Ngọc Ánh", detail: "Giáo viên Trường Tiểu học Đình Dù", amount: 702_000 },
  ],
  amountBasis: "Mức thưởng: cá nhân 0,3 lần, tập thể 0,6 lần mức lương cơ sở 2.340.000 đồng",
  budgetSource: "Quỹ thi đua, khen thưởng của xã năm 2024",
  recipients: ["Như Điều 3", "Phòng Nội vụ huyện Văn Lâm", "Lưu: VT, VP-TK"],
  signerName: "Phạm Văn Định",
};

describe("decisionDocx", () => {
  it("lays out the decision as ND 30 Mẫu 1.2 and the attached list", async () => {
    const { paragraphs, tables } = await readDocxText(await decisionDocx(decision));

    inOrder(paragraphs, [
      "UBND HUYỆN VĂN LÂM",
      "ỦY BAN NHÂN DÂN",
      "XÃ ĐÌNH DÙ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 12/QĐ-UBND",
      "Đình Dù, ngày 05 tháng 12 năm 2024",
      "QUYẾT ĐỊNH",
      "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2024",
      "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÌNH DÙ",
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
      "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
      "về phát động phong trào thi đua năm 2024;",
      "Xét đề nghị của công chức Văn phòng - Thống kê xã Đình Dù tại Tờ trình số 30/TTr-VP ngày 02 tháng 12 năm 2024.",
      "QUYẾT ĐỊNH:",
      "Điều 1. Tặng Giấy khen cho 02 tập thể và 03 cá nhân đã có thành tích xuất sắc trong phong trào thi đua năm 2024 (có danh sách kèm theo).",
      "Điều 2. Kèm theo Giấy khen, mỗi tập thể được thưởng 1.404.000 đồng, mỗi cá nhân được thưởng 702.000 đồng:",
      "- Mức thưởng: cá nhân 0,3 lần, tập thể 0,6 lần mức lương cơ sở 2.340.000 đồng;",
      "- Tổng số tiền thưởng: 4.914.000 đồng (Bằng chữ: Bốn triệu chín trăm mười bốn nghìn đồng);",
      "- Nguồn kinh phí: Quỹ thi đua, khen thưởng của xã năm 2024.",
      "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
      "Nơi nhận:",
      "- Như Điều 3;",
      "- Phòng Nội vụ huyện Văn Lâm;",
      "- Lưu: VT, VP-TK.",
      "CHỦ TỊCH",
      "Phạm Văn Định",
      // The attached list, on its own page.
      "ỦY BAN NHÂN DÂN",
      "DANH SÁCH",
      "Các tập thể, cá nhân được tặng Giấy khen",
      "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 12 năm 2024 của Chủ tịch Ủy ban nhân dân xã Đình Dù)",
      "Tổng số tiền bằng chữ: Bốn triệu chín trăm mười bốn nghìn đồng.",
    ]);

    const list = tables.find((t) => t[0]?.[0] === "STT");
    expect(list).toEqual([
      ["STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Số tiền (đồng)"],
      ["I. TẬP THỂ"],
      ["1", "Thôn Đình Dù", "Xã Đình Dù", "1.404.000"],
      ["2", "Trường Mầm non Đình Dù", "Xã Đình Dù", "1.404.000"],
      ["II. CÁ NHÂN"],
      ["1", "Nguyễn Thị Hương", "Công chức Văn phòng - Thống kê", "702.000"],
      ["2", "Đặng Văn Hưởng", "Trưởng Công an xã", "702.000"],
      ["3", "Lê Thị Ngọc Ánh", "Giáo viên Trường Tiểu học Đình Dù", "702.000"],
      ["", "Tổng cộng", "", "4.914.000"],
    ]);
  });

  it("prints on A4 in Times New Roman, bases in italics, the list on a new page", async () => {
    const buf = await decisionDocx(decision);
    const xml = readDocxXml(buf);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(readDocxXml(buf, "word/styles.xml")).toContain("Times New Roman");
    expect(xml).toContain("<w:pageBreakBefore/>");
    // The first base is an italic run.
    expect(xml).toMatch(/<w:i\/>(?:(?!<\/w:r>)[\s\S])*Căn cứ Luật Tổ chức chính quyền địa phương/);
  });

  it("leaves a draft's number, date and signer blank; mixed amounts point to the list", async () => {
    const draft: DecisionInput = {
      ...decision,
      number: null,
      date: null,
      signerName: null,
      parentAuthorityName: null,
      awardees: [
        { kind: "INDIVIDUAL", name: "Nguyễn Thị Hương", detail: "Công chức Văn phòng - Thống kê", amount: 702_000 },
        { kind: "INDIVIDUAL", name: "Vũ Đức Thắng", detail: "Chỉ huy trưởng Quân sự xã", amount: 468_000 },
        { kind: "HOUSEHOLD", name: "Hộ ông Trần Văn Lợi", detail: "Thôn Ngọc Đà", amount: null },
      ],
    };
    const { paragraphs, tables } = await readDocxText(await decisionDocx(draft));

    expect(paragraphs).not.toContain("UBND HUYỆN VĂN LÂM");
    expect(paragraphs.some((p) => /^Số:\s+\/QĐ-UBND$/.test(p))).toBe(true);
    expect(paragraphs.some((p) => /^Đình Dù, ngày\s+tháng\s+năm \d{4}$/.test(p))).toBe(true);
    inOrder(paragraphs, [
      "Điều 1. Tặng Giấy khen cho 02 cá nhân và 01 hộ gia đình đã có thành tích",
      "Điều 2. Kèm theo Giấy khen, các cá nhân, hộ gia đình có tên tại Điều 1 được thưởng theo mức ghi tại danh sách kèm theo:",
      "- Tổng số tiền thưởng: 1.170.000 đồng (Bằng chữ: Một triệu một trăm bảy mươi nghìn đồng);",
      "Điều 3.",
      "CHỦ TỊCH",
    ]);
    expect(
      paragraphs.some((p) =>
        /^\(Kèm theo Quyết định số\s+\/QĐ-UBND ngày\s+tháng\s+năm \d{4} của Chủ tịch Ủy ban nhân dân xã Đình Dù\)$/.test(
          p,
        ),
      ),
    ).toBe(true);

    const list = tables.find((t) => t[0]?.[0] === "STT");
    expect(list?.slice(1)).toEqual([
      ["I. CÁ NHÂN"],
      ["1", "Nguyễn Thị Hương", "Công chức Văn phòng - Thống kê", "702.000"],
      ["2", "Vũ Đức Thắng", "Chỉ huy trưởng Quân sự xã", "468.000"],
      ["II. HỘ GIA ĐÌNH"],
      ["1", "Hộ ông Trần Văn Lợi", "Thôn Ngọc Đà", ""],
      ["", "Tổng cộng", "", "1.170.000"],
    ]);
  });

  it("drops the money article and column when nobody is paid", async () => {
    const unpaid = { ...decision, awardees: decision.awardees.map((a) => ({ ...a, amount: null })), recipients: [] };
    const { paragraphs, tables } = await readDocxText(await decisionDocx(unpaid));

    expect(paragraphs.some((p) => p.startsWith("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."))).toBe(true);
    expect(paragraphs.some((p) => p.includes("Điều 3.") || p.includes("tiền thưởng") || p.includes("Bằng chữ"))).toBe(
      false,
    );
    expect(paragraphs).toContain("- Lưu: VT.");
    expect(tables.find((t) => t[0]?.[0] === "STT")?.[0]).toEqual(["STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị"]);
  });
});
