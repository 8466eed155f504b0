import { describe, expect, it } from "vitest";
import { certificatePdf, type CertificateInput } from "@/server/documents/certificate-pdf";
import { readPdfPages } from "../support/pdf-text";

const pdfPages = (buf: Buffer) => readPdfPages(buf);

const base: CertificateInput = {
  issuerTitle: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÌNH DÙ",
  formTitle: "GIẤY KHEN",
  recipientName: "Bà Nguyễn Thị Hương",
  recipientDetail: "Công chức Văn phòng - Thống kê, Ủy ban nhân dân xã Đình Dù",
  reason: "đã có thành tích xuất sắc trong phong trào thi đua năm 2024",
  decisionNumber: "12/QĐ-UBND",
  decisionDate: "2024-12-05",
  place: "Đình Dù",
  signerName: "Phạm Văn Định",
  registryNumber: "25",
};

describe("certificatePdf", () => {
  it("prints a landscape A4 page per awardee, with Vietnamese text intact", async () => {
    const certs: CertificateInput[] = [
      base,
      {
        ...base,
        recipientName: "Ông Đặng Văn Hưởng",
        recipientDetail: "Trưởng Công an xã Đình Dù",
        registryNumber: "26",
      },
      {
        ...base,
        recipientName: "Trường Mầm non Đình Dù",
        recipientDetail: "Xã Đình Dù, huyện Văn Lâm, tỉnh Hưng Yên",
        registryNumber: null,
        signerName: null,
      },
    ];
    const buf = await certificatePdf(certs);
    expect(buf.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const { pages, size } = await pdfPages(buf);
    expect(pages).toHaveLength(3);
    expect(size).toEqual([
      [0, 0, 842, 595],
      [0, 0, 842, 595],
      [0, 0, 842, 595],
    ]);

    pages.forEach((text, i) => {
      for (const line of [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÌNH DÙ",
        "TẶNG",
        "GIẤY KHEN",
        certs[i]!.recipientName,
        certs[i]!.recipientDetail,
        "Đã có thành tích xuất sắc trong phong trào thi đua năm 2024",
        "Quyết định số 12/QĐ-UBND, ngày 05 tháng 12 năm 2024",
        "Đình Dù, ngày 05 tháng 12 năm 2024",
      ]) {
        expect(text, `page ${i + 1}`).toContain(line);
      }
    });
    // Each page carries its own awardee only.
    expect(pages[0]).not.toContain("Đặng Văn Hưởng");
    expect(pages[1]).not.toContain("Nguyễn Thị Hương");

    expect(pages[0]).toContain("Số sổ vàng: 25");
    expect(pages[1]).toContain("Số sổ vàng: 26");
    expect(pages[2]).not.toContain("Số sổ vàng");
    // The signer's title is cut from the issuer's; a missing name leaves the room blank.
    expect(pages[0]).toMatch(/\nCHỦ TỊCH\n/);
    expect(pages[0]).toContain("Phạm Văn Định");
    expect(pages[2]).not.toContain("Phạm Văn Định");
  });

  it("embeds its own font and fits a long name on the page", async () => {
    const long = "Tập thể cán bộ, giáo viên, nhân viên Trường Trung học cơ sở Nguyễn Thị Minh Khai, xã Đình Dù";
    const buf = await certificatePdf([{ ...base, recipientName: long }]);
    const raw = buf.toString("latin1");
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/Tinos/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);

    const { pages } = await pdfPages(buf);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.replace(/\n/g, " ")).toContain(long);
  });

  it("refuses an empty batch", async () => {
    await expect(certificatePdf([])).rejects.toThrow("Không có giấy khen nào để in.");
  });
});
