import { describe, expect, it } from "vitest";
import { ZPlanInput, type TPlanInput } from "@/schemas/plan";
import type { PlanDocument } from "@/domain/plans/plan-content";
import { planOutline, type OutlineBlock } from "@/domain/plans/plan-outline";

/** A small plan of a commune-level People's Committee: no requirements, no slogan, one duty. */
const compact: TPlanInput = {
  kind: "ANNUAL",
  title: "Phát động phong trào thi đua năm 2025",
  place: "Cổ Lễ",
  symbol: "KH-UBND",
  periodFrom: "2025-01-01",
  periodTo: "2025-12-31",
  bases: [{ text: "Căn cứ Luật Thi đua, khen thưởng năm 2022," }],
  purposes: ["Động viên cán bộ, công chức hoàn thành nhiệm vụ", "+ Đã đánh dấu sẵn"],
  requirements: [],
  slogan: "",
  contents: ["Hoàn thành chỉ tiêu kinh tế - xã hội năm 2025."],
  participantCollectives: ["Các tổ dân phố", "Các đoàn thể"],
  participantIndividuals: ["Cán bộ, công chức thị trấn."],
  awardForms: [
    {
      name: "Giấy khen",
      authority: "Chủ tịch UBND thị trấn",
      conferral: "OWN",
      recipientKind: "INDIVIDUAL",
      quota: 3,
      subQuotas: [],
      criteria: ["Hoàn thành xuất sắc nhiệm vụ."],
      cashValue: 300000,
      dossier: [],
    },
  ],
  phases: [],
  budgetSource: "",
  rewardRules: "",
  duties: [{ assignee: " Văn phòng HĐND - UBND ", tasks: ["Theo dõi, tổng hợp."] }],
  recipients: ["- UBND huyện", "Lưu: VT;"],
  signerAuthority: "TM. Ủy ban nhân dân",
  signerTitle: "Chủ tịch",
  signerName: " Nguyễn Văn A ",
};

const doc: PlanDocument = {
  ...ZPlanInput.parse(compact),
  issuer: { name: "Thị trấn Cổ Lễ", parentName: "Huyện Trực Ninh" },
  number: "7",
  issuedOn: "2025-01-06",
};

const text = (b: OutlineBlock) => b.runs.map((r) => r.text).join("");

describe("planOutline (compact plan)", () => {
  const o = planOutline(doc);

  it("words the header, title and preamble", () => {
    expect(o.header).toEqual({
      parentLine: "UBND HUYỆN TRỰC NINH",
      issuerLines: ["ỦY BAN NHÂN DÂN", "THỊ TRẤN CỔ LỄ"],
      numberLine: "Số: 07/KH-UBND",
      nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      placeDate: "Cổ Lễ, ngày 06 tháng 01 năm 2025",
    });
    expect(o.title).toEqual({ type: "KẾ HOẠCH", lines: ["Phát động phong trào thi đua năm 2025"] });
    expect(o.preamble).toEqual({
      bases: ["Căn cứ Luật Thi đua, khen thưởng năm 2022."],
      enactment: "Ủy ban nhân dân thị trấn Cổ Lễ ban hành Kế hoạch phát động phong trào thi đua như sau:",
    });
  });

  it("numbers only the parts that have content, in the document's order", () => {
    expect(o.sections.map((s) => `${s.numeral}. ${s.heading}`)).toEqual([
      "I. MỤC ĐÍCH",
      "II. NỘI DUNG THI ĐUA",
      "III. ĐỐI TƯỢNG THI ĐUA",
      "IV. THỜI GIAN THỰC HIỆN",
      "V. HÌNH THỨC, SỐ LƯỢNG VÀ TIÊU CHUẨN KHEN THƯỞNG",
      "VI. TỔ CHỨC THỰC HIỆN",
    ]);
  });

  it("marks list lines, sub-headings and their emphasis", () => {
    const [purposes, , participants, period, awards, duties] = o.sections;
    expect(purposes!.blocks).toEqual([
      { kind: "bullet", runs: [{ text: "- Động viên cán bộ, công chức hoàn thành nhiệm vụ" }] },
      { kind: "bullet", runs: [{ text: "+ Đã đánh dấu sẵn" }] },
    ]);
    expect(participants!.blocks).toEqual([
      { kind: "subheading", level: 1, runs: [{ text: "1. Đối với tập thể:", bold: true }] },
      { kind: "bullet", runs: [{ text: "- Các tổ dân phố" }] },
      { kind: "bullet", runs: [{ text: "- Các đoàn thể" }] },
      {
        kind: "paragraph",
        runs: [{ text: "2. Đối với cá nhân: ", bold: true }, { text: "Cán bộ, công chức thị trấn." }],
      },
    ]);
    expect(period!.blocks.map(text)).toEqual(["Thời gian thực hiện: từ ngày 01/01/2025 đến ngày 31/12/2025."]);
    expect(awards!.blocks).toEqual([
      { kind: "subheading", level: 1, runs: [{ text: "a) Giấy khen (Chủ tịch UBND thị trấn)", bold: true }] },
      { kind: "bullet", runs: [{ text: "- Số lượng: 03 cá nhân." }] },
      { kind: "bullet", runs: [{ text: "- Mức thưởng: 300.000 đồng/người." }] },
      { kind: "subheading", level: 2, runs: [{ text: "Tiêu chuẩn đối với cá nhân:", bold: true, italics: true }] },
      { kind: "bullet", runs: [{ text: "- Hoàn thành xuất sắc nhiệm vụ." }] },
    ]);
    expect(duties!.blocks.map(text)).toEqual(["1. Văn phòng HĐND - UBND", "- Theo dõi, tổng hợp."]);
  });

  it("words the closing, recipients, signature and document properties", () => {
    expect(o.closing).toBe("Trên đây là Kế hoạch phát động phong trào thi đua của Ủy ban nhân dân thị trấn Cổ Lễ./.");
    expect(o.recipients).toEqual({ label: "Nơi nhận:", lines: ["- UBND huyện;", "- Lưu: VT."] });
    expect(o.signature).toEqual({ authority: ["TM. ỦY BAN NHÂN DÂN"], title: ["CHỦ TỊCH"], name: "Nguyễn Văn A" });
    expect(o.meta).toEqual({
      title: "Phát động phong trào thi đua năm 2025",
      subject: "Kế hoạch phát động phong trào thi đua",
      description: "Số: 07/KH-UBND — Ủy ban nhân dân thị trấn Cổ Lễ",
    });
  });

  it("names a body that is not a People's Committee as it is, and splits a multi-line title", () => {
    const o2 = planOutline({
      ...doc,
      title: "Phát động thi đua\n  năm 2025 ",
      issuer: { name: "Phòng Nội vụ", parentName: null },
      number: null,
      issuedOn: null,
    });
    expect(o2.header.parentLine).toBeNull();
    expect(o2.header.issuerLines).toEqual(["PHÒNG NỘI VỤ"]);
    expect(o2.header.numberLine).toMatch(/^Số:\s{4,}\/KH-UBND$/);
    expect(o2.header.placeDate).toMatch(/^Cổ Lễ, ngày\s{4,}tháng\s{4,}năm 2025$/);
    expect(o2.title.lines).toEqual(["Phát động thi đua", "năm 2025"]);
    expect(o2.meta.title).toBe("Phát động thi đua năm 2025");
    expect(o2.preamble.enactment).toBe("Phòng Nội vụ ban hành Kế hoạch phát động phong trào thi đua như sau:");
  });
});

describe("planOutline: the plan's budget", () => {
  it("prints the amount set aside, after its source, when the plan states one", () => {
    const withBudget = planOutline({
      ...doc,
      budgetSource: "Từ nguồn quỹ Thi đua - Khen thưởng của thị trấn.",
      budgetAmount: 12_500_000,
    });
    const section = withBudget.sections.find((s) => s.heading === "KINH PHÍ KHEN THƯỞNG")!;
    expect(section.blocks.map(text)).toEqual([
      "Từ nguồn quỹ Thi đua - Khen thưởng của thị trấn.",
      "Dự kiến kinh phí khen thưởng: 12.500.000 đồng.",
    ]);
    expect(planOutline(doc).sections.some((s) => s.heading === "KINH PHÍ KHEN THƯỞNG")).toBe(false);
  });
});

/**
 * A ten-year phase plan (giai đoạn 2021–2030) that awards every year and at its reviews (domain.md, "sơ kết /
 * tổng kết"). No law sets this schedule (Luật Thi đua, khen thưởng 06/2022/QH15 leaves it to the plan that
 * launches the campaign; rounds.ts), so the printed plan must say it as the office wrote it: the numbers "hằng
 * năm" and the deadline "trước ngày 15/12 hằng năm" (NĐ 30/2020/NĐ-CP Phụ lục I lays out the parts).
 */
describe("planOutline: forms given every year and at the reviews", () => {
  const form = compact.awardForms[0]!;
  const phased = (forms: TPlanInput["awardForms"], dossierDeadline?: string) =>
    planOutline({
      ...doc,
      ...ZPlanInput.parse({
        ...compact,
        kind: "PHASE",
        periodFrom: "2021-01-01",
        periodTo: "2030-12-31",
        phases: [
          { name: "Sơ kết giai đoạn 2021-2025", reviewDate: "2025-12-31" },
          { name: "Tổng kết giai đoạn 2021-2030", reviewDate: "2030-12-31" },
        ],
        dossierDeadline,
        awardForms: forms,
      }),
    });
  const lines = (o: ReturnType<typeof planOutline>, heading: string) =>
    o.sections.find((s) => s.heading === heading)!.blocks.map(text);
  const yearly = { ...form, recurrence: "YEARLY" as const, roundDeadline: "15/12", cashValue: "" };

  it("says the numbers are per year, once for a collective and an individual given alike", () => {
    const o = phased([
      { ...yearly, recipientKind: "COLLECTIVE" },
      { ...yearly, recipientKind: "INDIVIDUAL" },
    ]);
    expect(lines(o, "HÌNH THỨC, SỐ LƯỢNG VÀ TIÊU CHUẨN KHEN THƯỞNG")).toContain(
      "- Số lượng: 03 tập thể và 03 cá nhân hằng năm.",
    );
    expect(lines(o, "HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG")).toEqual(["Thời hạn nộp hồ sơ: trước ngày 15/12 hằng năm."]);
  });

  it("names the reviews a form is given at, and both when it is given yearly too", () => {
    const o = phased([
      { ...form, recurrence: "AT_REVIEWS", recipientKind: "COLLECTIVE", cashValue: "" },
      { ...form, recurrence: "YEARLY_AND_REVIEWS", recipientKind: "INDIVIDUAL", cashValue: "" },
    ]);
    expect(lines(o, "HÌNH THỨC, SỐ LƯỢNG VÀ TIÊU CHUẨN KHEN THƯỞNG")).toContain(
      "- Số lượng: 03 tập thể tại sơ kết giai đoạn 2021-2025 và tổng kết giai đoạn 2021-2030 và 03 cá nhân " +
        "hằng năm và tại sơ kết giai đoạn 2021-2025 và tổng kết giai đoạn 2021-2030.",
    );
  });

  it("keeps the plan's own deadline for a form given once, and then names the forms of each deadline", () => {
    const o = phased(
      [
        { ...yearly, recipientKind: "INDIVIDUAL" },
        { ...form, name: "Giấy khen tổng kết", recurrence: "ONCE", cashValue: "" },
      ],
      "2030-11-30",
    );
    expect(lines(o, "HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG")).toEqual([
      "Thời hạn nộp hồ sơ Giấy khen: trước ngày 15/12 hằng năm.",
      "Thời hạn nộp hồ sơ các hình thức khác: trước ngày 30/11/2030.",
    ]);
    const awards = lines(o, "HÌNH THỨC, SỐ LƯỢNG VÀ TIÊU CHUẨN KHEN THƯỞNG");
    expect(awards).toContain("- Số lượng: 03 cá nhân hằng năm.");
    expect(awards).toContain("- Số lượng: 03 cá nhân.");
  });

  it("prints a form given once as before, and a form without a number still says when it is given", () => {
    expect(lines(planOutline(doc), "HÌNH THỨC, SỐ LƯỢNG VÀ TIÊU CHUẨN KHEN THƯỞNG")).toContain(
      "- Số lượng: 03 cá nhân.",
    );
    const o = phased([{ ...yearly, quota: "" }]);
    expect(lines(o, "HÌNH THỨC, SỐ LƯỢNG VÀ TIÊU CHUẨN KHEN THƯỞNG")).toContain("- Xét khen thưởng hằng năm.");
  });
});
