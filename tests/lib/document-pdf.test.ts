import { describe, expect, it } from "vitest";
import { decisionDocx } from "@/server/documents/decision-docx";
import { decisionPdf } from "@/server/documents/decision-pdf";
import { decisionOutline, type DecisionInput } from "@/domain/awards/decision-outline";
import { readDocxText } from "../support/docx-text";
import { readPdfPages } from "../support/pdf-text";
import { renderPlanPdf } from "@/server/documents/plan-pdf";
import { planOutline } from "@/domain/plans/plan-outline";
import { ZPlanInput } from "@/schemas/plan";
import { seedPlans } from "../../e2e/seed-plans";

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
  ],
  proposedBy: "Xét đề nghị của Hội đồng Thi đua - Khen thưởng xã Đình Dù",
  formName: "Giấy khen",
  reason: "đã có thành tích xuất sắc trong phong trào thi đua năm 2024",
  awardees: [
    { kind: "INDIVIDUAL", name: "Nguyễn Thị Hương", detail: "Công chức Văn phòng - Thống kê", amount: 702_000 },
    { kind: "COLLECTIVE", name: "Thôn Đình Dù", detail: "Xã Đình Dù", amount: 1_404_000 },
  ],
  amountBasis: "Mức thưởng: cá nhân 0,3 lần, tập thể 0,6 lần mức lương cơ sở 2.340.000 đồng",
  budgetSource: "Quỹ thi đua, khen thưởng của xã năm 2024",
  recipients: ["Như Điều 3", "Lưu: VT"],
  signerName: "Phạm Văn Định",
};

const squash = (s: string) => s.replace(/\s+/g, "");

describe("the decision as a PDF", () => {
  it("prints the same outline as the .docx: every line of the decision and its list, in order", async () => {
    const outline = decisionOutline(decision);
    const [pdf, docx] = await Promise.all([decisionPdf(decision), decisionDocx(decision)]);
    const { pages, size } = await readPdfPages(pdf);
    expect(size[0]).toEqual([0, 0, 595, 842]); // A4 portrait
    expect(pages).toHaveLength(2); // the decision, then the attached list on its own page
    const text = squash(pages.join(""));
    const read = await readDocxText(docx);
    const docxText = squash(read.paragraphs.join("") + read.tables.flat(3).join(""));
    const lines = [
      ...outline.header.issuerLines,
      outline.header.numberLine,
      outline.header.placeDate,
      outline.title.subject,
      ...outline.bases,
      ...outline.articles.map((a) => a.runs.map((r) => r.text).join("")),
      ...outline.recipients.lines,
      outline.signature.name,
      outline.list.reference,
      "Nguyễn Thị Hương",
      "Tổng cộng",
      outline.list.inWords!,
    ];
    let from = 0;
    for (const line of lines) {
      const at = text.indexOf(squash(line), from);
      expect(at, line).toBeGreaterThanOrEqual(0);
      from = at;
      expect(docxText, line).toContain(squash(line));
    }
    // The second page carries its number (ND 30: from page 2; drawn last, so read last).
    expect(pages[1]!.trim()).toMatch(/đồng\.\s*2$/u);
    expect(pages[0]!.trim()).toMatch(/Phạm Văn Định$/u);
  }, 60_000);

  it("reserves room for a digital signature when asked, and only then", async () => {
    const plain = (await decisionPdf(decision)).toString("latin1");
    expect(plain).not.toContain("/ByteRange");
    const signed = (
      await decisionPdf(decision, {
        name: "Phạm Văn Định",
        reason: "Ký ban hành",
        location: "Đình Dù",
        signingTime: new Date("2024-12-05T03:00:00Z"),
        length: 8192,
      })
    ).toString("latin1");
    expect(signed).toMatch(/\/ByteRange \[0 \/\*{10} \/\*{10} \/\*{10}\]/);
    expect(signed).toMatch(/\/SubFilter \/adbe\.pkcs7\.detached/);
    expect(signed).toMatch(/\/FT \/Sig/);
  }, 60_000);
});

describe("the plan as a PDF", () => {
  it("prints planOutline, the .docx's outline, in order: header, title, bases, every part, closing, signature", async () => {
    const seed = seedPlans.find((p) => p.unitCode === "694")!; // Hớn Quản, seed 002
    const doc = {
      ...ZPlanInput.parse(seed.plan),
      issuer: { name: "Huyện Hớn Quản", parentName: null },
      number: seed.number,
      issuedOn: seed.issuedOn,
    };
    const o = planOutline(doc);
    const { pages } = await readPdfPages(await renderPlanPdf(doc));
    expect(pages.length).toBeGreaterThan(1);
    const text = squash(pages.join(""));
    const lines = [
      ...o.header.issuerLines,
      o.header.numberLine,
      o.header.placeDate,
      o.title.type,
      ...o.title.lines,
      ...o.preamble.bases,
      o.preamble.enactment,
      ...o.sections.flatMap((s) => [
        `${s.numeral}. ${s.heading}`,
        ...s.blocks.map((b) => b.runs.map((r) => r.text).join("")),
      ]),
      o.closing,
      ...o.recipients.lines,
      o.signature.name,
    ];
    let from = 0;
    for (const line of lines) {
      const at = text.indexOf(squash(line), from);
      expect(at, line).toBeGreaterThanOrEqual(0);
      from = at;
    }
  }, 60_000);
});
