import { describe, expect, it } from "vitest";
import { certificatePdf, type CertificateInput } from "@/server/documents/certificate-pdf";
import { ND98_ART104 } from "@/server/documents/certificate-layout";
import { readPdfPages } from "../support/pdf-text";
import { readPdfDrawing } from "../support/pdf-ops";

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

  it("lays the page out as NĐ 98/2023/NĐ-CP Điều 104: red lines 3 and 5, bold black 1, 2, 4, bold italic number and place-date", async () => {
    const { texts } = await readPdfDrawing(await certificatePdf([base]));
    const line = (text: string) => {
      const found = texts.find((t) => t.text === text);
      expect(found, text).toBeDefined();
      return found!;
    };
    const RED = "#c8102e";
    for (const text of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "TẶNG"])
      expect(line(text), text).toMatchObject({ fill: "#000000", font: expect.stringMatching(/Tinos-Bold$/) });
    // The signer's title and the award, in capitals, bold red; nothing else is red.
    expect(line("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÌNH DÙ")).toMatchObject({
      fill: RED,
      font: expect.stringMatching(/Tinos-Bold$/),
    });
    expect(line("GIẤY KHEN")).toMatchObject({ fill: RED, font: expect.stringMatching(/Tinos-Bold$/) });
    expect(texts.filter((t) => t.fill === RED).map((t) => t.text)).toEqual([
      "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÌNH DÙ",
      "GIẤY KHEN",
    ]);
    for (const text of [
      "Quyết định số 12/QĐ-UBND, ngày 05 tháng 12 năm 2024",
      "Số sổ vàng: 25",
      "Đình Dù, ngày 05 tháng 12 năm 2024",
    ])
      expect(line(text), text).toMatchObject({ fill: "#000000", font: expect.stringMatching(/Tinos-BoldItalic$/) });
    // Top to bottom in the order of Điều 104.
    const order = [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐÌNH DÙ",
      "TẶNG",
      "GIẤY KHEN",
    ];
    expect(order.map((t) => texts.findIndex((x) => x.text === t))).toEqual([0, 1, 2, 3, 4]);
  });

  it("draws the Quốc huy at top centre as vector art: a gold cog ring, a red disc, a gold star and cog", async () => {
    const { paths } = await readPdfDrawing(await certificatePdf([base]));
    const centre = 841.89 / 2;
    const emblem = paths.filter((p) => p.box[0] < centre && p.box[2] > centre && p.box[3] <= 120);
    const around = (p: { box: number[] }) => Math.abs((p.box[0]! + p.box[2]!) / 2 - centre) < 1;
    const gold = emblem.filter((p) => p.fill === "#d4a017");
    const red = emblem.filter((p) => p.fill === "#c8102e");
    // The ring: a cog of 28 teeth (four points each), the widest shape, centred.
    expect(gold.some((p) => p.points === 112 && around(p) && p.box[2] - p.box[0] > 50)).toBe(true);
    // The red disc inside it, and the five-pointed star (ten points) on it.
    expect(red.some((p) => around(p) && p.box[2] - p.box[0] > 40)).toBe(true);
    expect(gold.some((p) => p.points === 10 && around(p))).toBe(true);
    // Above the national title: the emblem heads the page.
    expect(Math.max(...emblem.map((p) => p.box[3]))).toBeLessThan(ND98_ART104.nation.y);
  });

  it("takes a province's own layout instead (after 1/7/2025 the design is the Prime Minister's, not found)", async () => {
    const own = { ...ND98_ART104, emblem: null, red: "#0000aa" };
    const { texts, paths } = await readPdfDrawing(await certificatePdf([base], own));
    expect(texts.find((t) => t.text === "GIẤY KHEN")?.fill).toBe("#0000aa");
    expect(paths.some((p) => p.fill === "#c8102e")).toBe(false);
  });

  it("refuses an empty batch", async () => {
    await expect(certificatePdf([])).rejects.toThrow("Không có giấy khen nào để in.");
  });
});
