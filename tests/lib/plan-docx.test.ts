import { describe, expect, it } from "vitest";
import { ZPlanInput, type TPlanInput } from "@/schemas/plan";
import type { PlanDocument } from "@/domain/plans/plan-content";
import { renderPlanDocx } from "@/server/documents/plan-docx";
import { docxXmlText, readDocxText, readDocxXml } from "../support/docx-text";

/** Seed 002: UBND huyện Hớn Quản, thematic campaign on administrative reform, 2024. */
const TOPIC =
  "“Thực hiện cải cách hành chính, nâng cao chỉ số cải cách hành chính trên địa bàn huyện Hớn Quản năm 2024”";
const DOSSIER = [
  { name: "Tờ trình đề nghị khen thưởng của đơn vị", template: "", copies: 1 },
  { name: "Trích Biên bản họp đơn vị xét khen thưởng", template: "", copies: 1 },
  { name: "Báo cáo thành tích của tập thể, cá nhân đề nghị khen thưởng", template: "", copies: 1 },
];
const seed002: TPlanInput = {
  kind: "THEMATIC",
  title: `Phát động phong trào thi đua theo chuyên đề ${TOPIC}`,
  place: "Hớn Quản",
  symbol: "KH-UBND",
  periodFrom: "2024-03-01",
  periodTo: "2024-12-31",
  bases: [
    {
      text: "Căn cứ Quyết định số 77/QĐ-UBND ngày 12/01/2024 của UBND huyện về ban hành Kế hoạch cải cách hành chính nhà nước năm 2024 trên địa bàn huyện;",
    },
  ],
  purposes: [
    "Đẩy mạnh công tác cải cách hành chính (CCHC), nâng cao hiệu lực, hiệu quả quản lý nhà nước, xây dựng các cơ quan quản lý Nhà nước của huyện trong sạch, vững mạnh, hiện đại, hoàn thành xuất sắc nhiệm vụ chính trị được giao, góp phần nâng cao chỉ số CCHC của huyện.",
    "Xây dựng đội ngũ cán bộ, công chức, viên chức có đủ phẩm chất, năng lực và trình độ, đáp ứng yêu cầu nhiệm vụ; nâng cao tinh thần, trách nhiệm, đạo đức, ý thức phục vụ nhân dân.",
    "Biểu dương, khen thưởng những tập thể, cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ cải cách hành chính.",
  ],
  requirements: [
    "Phong trào thi đua phải được triển khai rộng khắp, thường xuyên, phát huy sự sáng tạo trong công tác cải cách hành chính.",
    "Việc bình xét thi đua, khen thưởng phải đảm bảo kịp thời, dân chủ, khách quan, đúng đối tượng, tiêu chuẩn và thành tích đạt được của tập thể, cá nhân.",
  ],
  slogan: "",
  contents: [
    "Nâng cao trách nhiệm lãnh đạo, chỉ đạo của người đứng đầu các cơ quan, đơn vị trong triển khai thực hiện nhiệm vụ cải cách hành chính, nhiệm vụ nâng cao chỉ số hành chính.",
    "Thực hiện có hiệu quả nhiệm vụ cải cách hành chính được UBND huyện giao tại Quyết định số 77/QĐ-UBND ngày 12/01/2024.",
    "Thực hiện tốt việc tuyên truyền cải cách hành chính, giáo dục, nâng cao nhận thức đối với cán bộ, công chức, viên chức trong thực thi công vụ.",
    "Có các đề xuất, giải pháp, sáng kiến thiết thực, hiệu quả trong thực hiện cải cách hành chính của huyện.",
  ],
  participantCollectives: [
    "Các cơ quan chuyên môn thuộc UBND huyện; các đơn vị sự nghiệp thuộc huyện; UBND các xã, thị trấn.",
  ],
  participantIndividuals: [
    "Cán bộ, công chức, viên chức và người lao động của các cơ quan chuyên môn thuộc UBND huyện; các đơn vị sự nghiệp thuộc huyện; UBND các xã, thị trấn.",
  ],
  awardForms: [
    {
      name: "Giấy khen của Chủ tịch UBND huyện",
      authority: "Chủ tịch UBND huyện",
      conferral: "OWN",
      recipientKind: "COLLECTIVE",
      quota: 5,
      subQuotas: [],
      criteria: [
        "Triển khai thực hiện có hiệu quả, đảm bảo chất lượng, đúng tiến độ các nhiệm vụ cải cách hành chính được UBND huyện giao.",
        "Thực hiện hoàn thành 100% các nhiệm vụ cải cách hành chính, nâng cao chỉ số cải cách hành chính (Par Index) đã cam kết với Chủ tịch UBND huyện.",
        "Có sáng kiến, giải pháp hiệu quả về cải cách hành chính được Hội đồng sáng kiến huyện công nhận.",
        "Thực hiện nghiêm kỷ luật, kỷ cương hành chính; không xét khen thưởng đối với tập thể cơ quan, đơn vị, xã, thị trấn có lãnh đạo chủ chốt bị kỷ luật từ mức khiển trách trở lên.",
        "Kết quả thực hiện Cải cách hành chính nhà nước có thành tích cao hơn năm trước liền kề.",
      ],
      dossier: DOSSIER,
    },
    {
      name: "Giấy khen của Chủ tịch UBND huyện",
      authority: "Chủ tịch UBND huyện",
      conferral: "OWN",
      recipientKind: "INDIVIDUAL",
      quota: 10,
      subQuotas: [],
      criteria: [
        "Thuộc các cơ quan, đơn vị hoàn thành 100% nhiệm vụ được UBND huyện giao.",
        "Trong năm được đánh giá hoàn thành tốt nhiệm vụ trở lên.",
        "Có phẩm chất đạo đức, đoàn kết, gương mẫu chấp hành tốt chủ trương của Đảng, chính sách pháp luật của Nhà nước và nghĩa vụ công dân.",
      ],
      dossier: DOSSIER,
    },
  ],
  phases: [],
  budgetSource: "Từ nguồn quỹ Thi đua - Khen thưởng của huyện.",
  rewardRules: "",
  duties: [
    {
      assignee: "Phòng Nội vụ",
      tasks: [
        "Đôn đốc, kiểm tra việc thực hiện phong trào thi đua.",
        "Tổng hợp hồ sơ đề nghị khen thưởng của các đơn vị; hoàn thiện thủ tục đề nghị Thường trực Hội đồng thi đua khen thưởng huyện trình Chủ tịch UBND huyện khen thưởng theo quy định.",
      ],
    },
    { assignee: "Phòng Văn hoá - Thông tin", tasks: ["Tham mưu công tác tuyên truyền phong trào thi đua."] },
    {
      assignee: "Đài Truyền thanh – Truyền hình huyện",
      tasks: ["Tuyên truyền phong trào thi đua trên loa đài truyền thanh."],
    },
  ],
  recipients: [
    "Sở Nội vụ",
    "TTHU; THHĐND huyện",
    "CT, các PCT.UBND huyện",
    "Thành viên BCĐ.CCHC huyện",
    "Các cơ quan chuyên môn thuộc huyện",
    "Các đơn vị sự nghiệp thuộc huyện",
    "UBND các xã, thị trấn",
    "LĐVP, CV: P",
    "Lưu: VT",
  ],
  signerAuthority: "TM. Ủy ban nhân dân",
  signerTitle: "Chủ tịch",
  signerName: "Vũ Xuân Trường",
};

const issued: PlanDocument = {
  ...ZPlanInput.parse(seed002),
  issuer: { name: "Huyện Hớn Quản", parentName: null },
  number: "25",
  issuedOn: "2024-02-05",
};

const nonEmpty = (xs: string[]) => xs.map((s) => s.trim()).filter(Boolean);

describe("renderPlanDocx (seed 002, Hớn Quản)", async () => {
  const buffer = await renderPlanDocx(issued);
  const { paragraphs, tables } = await readDocxText(buffer);
  const lines = nonEmpty(paragraphs);

  it("is a .docx (zip) with the plan's title and the product as creator", () => {
    expect(buffer.subarray(0, 2).toString()).toBe("PK");
    const core = readDocxXml(buffer, "docProps/core.xml");
    expect(core).toContain(`<dc:title>${issued.title}</dc:title>`);
    expect(core).toContain("<dc:creator>Thi đua – Khen thưởng</dc:creator>");
  });

  it("prints the two-column header: issuing body and number | national title and place-date", () => {
    const header = tables[0]!;
    expect(header).toHaveLength(2);
    expect(nonEmpty(header[0]![0]!.split("\n"))).toEqual(["ỦY BAN NHÂN DÂN", "HUYỆN HỚN QUẢN"]);
    expect(nonEmpty(header[0]![1]!.split("\n"))).toEqual([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
    ]);
    expect(header[1]).toEqual(["Số: 25/KH-UBND", "Hớn Quản, ngày 05 tháng 02 năm 2024"]);
  });

  it("prints the title, the bases and the issuing sentence", () => {
    const i = lines.indexOf("KẾ HOẠCH");
    expect(i).toBeGreaterThan(0);
    expect(lines[i + 1]).toBe(issued.title);
    expect(lines[i + 2]).toBe(
      "Căn cứ Quyết định số 77/QĐ-UBND ngày 12/01/2024 của UBND huyện về ban hành Kế hoạch cải cách hành chính nhà nước năm 2024 trên địa bàn huyện.",
    );
    expect(lines[i + 3]).toBe("Ủy ban nhân dân huyện Hớn Quản ban hành Kế hoạch phát động phong trào thi đua như sau:");
  });

  it("numbers the parts that have content with Roman numerals, in order", () => {
    expect(lines.filter((l) => /^[IVX]+\. /.test(l))).toEqual([
      "I. MỤC ĐÍCH, YÊU CẦU",
      "II. NỘI DUNG THI ĐUA",
      "III. ĐỐI TƯỢNG THI ĐUA",
      "IV. THỜI GIAN THỰC HIỆN",
      "V. HÌNH THỨC, SỐ LƯỢNG VÀ TIÊU CHUẨN KHEN THƯỞNG",
      "VI. HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG",
      "VII. KINH PHÍ KHEN THƯỞNG",
      "VIII. TỔ CHỨC THỰC HIỆN",
    ]);
    expect(lines).toContain("1. Mục đích");
    expect(lines).toContain("2. Yêu cầu");
    expect(lines).toContain(`- ${seed002.contents[3]}`);
    expect(lines).toContain(`1. Đối với tập thể: ${seed002.participantCollectives![0]}`);
    expect(lines).toContain(`2. Đối với cá nhân: ${seed002.participantIndividuals![0]}`);
    expect(lines).toContain("Thời gian thực hiện: từ ngày 01/03/2024 đến ngày 31/12/2024.");
    expect(lines.join("\n")).not.toContain("KHẨU HIỆU");
  });

  it("prints the award form once, with both quotas and each kind's criteria", () => {
    const start = lines.indexOf("V. HÌNH THỨC, SỐ LƯỢNG VÀ TIÊU CHUẨN KHEN THƯỞNG");
    const part = lines.slice(start, lines.indexOf("VI. HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG"));
    expect(part[1]).toBe("a) Giấy khen của Chủ tịch UBND huyện");
    expect(part[2]).toBe("- Số lượng: 05 tập thể và 10 cá nhân.");
    expect(part).toContain("Tiêu chuẩn đối với tập thể:");
    expect(part).toContain("Tiêu chuẩn đối với cá nhân:");
    expect(part.indexOf("Tiêu chuẩn đối với tập thể:")).toBeLessThan(part.indexOf("Tiêu chuẩn đối với cá nhân:"));
    expect(part).toContain("- Trong năm được đánh giá hoàn thành tốt nhiệm vụ trở lên.");
    expect(part).toContain("- Kết quả thực hiện Cải cách hành chính nhà nước có thành tích cao hơn năm trước liền kề.");
    expect(part.filter((l) => l.startsWith("b)"))).toEqual([]);
  });

  it("merges identical dossier lists, then budget and duties", () => {
    const start = lines.indexOf("VI. HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG");
    expect(lines.slice(start + 1, start + 4)).toEqual([
      "- Tờ trình đề nghị khen thưởng của đơn vị (01 bản);",
      "- Trích Biên bản họp đơn vị xét khen thưởng (01 bản);",
      "- Báo cáo thành tích của tập thể, cá nhân đề nghị khen thưởng (01 bản).",
    ]);
    expect(lines[start + 4]).toBe("VII. KINH PHÍ KHEN THƯỞNG");
    expect(lines[start + 5]).toBe("Từ nguồn quỹ Thi đua - Khen thưởng của huyện.");
    expect(lines[start + 6]).toBe("VIII. TỔ CHỨC THỰC HIỆN");
    expect(lines[start + 7]).toBe("1. Phòng Nội vụ");
    expect(lines[start + 8]).toBe("- Đôn đốc, kiểm tra việc thực hiện phong trào thi đua.");
    expect(lines).toContain("3. Đài Truyền thanh – Truyền hình huyện");
    expect(lines).toContain("Trên đây là Kế hoạch phát động phong trào thi đua của Ủy ban nhân dân huyện Hớn Quản./.");
  });

  it("ends with recipients | signature", () => {
    const closing = tables.at(-1)!;
    const [recipients, signature] = closing[0]!;
    expect(recipients!.split("\n")).toEqual([
      "Nơi nhận:",
      "- Sở Nội vụ;",
      "- TTHU; THHĐND huyện;",
      "- CT, các PCT.UBND huyện;",
      "- Thành viên BCĐ.CCHC huyện;",
      "- Các cơ quan chuyên môn thuộc huyện;",
      "- Các đơn vị sự nghiệp thuộc huyện;",
      "- UBND các xã, thị trấn;",
      "- LĐVP, CV: P;",
      "- Lưu: VT.",
    ]);
    const sig = signature!.split("\n");
    expect(nonEmpty(sig)).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Vũ Xuân Trường"]);
    expect(sig.length).toBeGreaterThanOrEqual(6); // room for the signature
  });

  it("sets A4, ND 30 margins and Times New Roman", () => {
    const xml = readDocxXml(buffer);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!;
    const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)![1]);
    const mm = (twips: number) => (twips / 1440) * 25.4;
    expect(mm(attr("top"))).toBeGreaterThanOrEqual(20);
    expect(mm(attr("top"))).toBeLessThanOrEqual(25);
    expect(mm(attr("bottom"))).toBeGreaterThanOrEqual(20);
    expect(mm(attr("bottom"))).toBeLessThanOrEqual(25);
    expect(mm(attr("left"))).toBeGreaterThanOrEqual(30);
    expect(mm(attr("left"))).toBeLessThanOrEqual(35);
    expect(mm(attr("right"))).toBeGreaterThanOrEqual(15);
    expect(mm(attr("right"))).toBeLessThanOrEqual(20);
    expect(xml).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>',
    );
    expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)/);
    expect(readDocxXml(buffer, "word/styles.xml")).toContain('w:ascii="Times New Roman"');
    // Body text is justified 14 pt with a first-line indent.
    expect(xml).toContain('<w:jc w:val="both"/>');
    expect(xml).toMatch(/<w:ind w:firstLine="7\d\d"\/>/);
  });
});

describe("renderPlanDocx: a draft and other options", async () => {
  const draft: PlanDocument = {
    ...ZPlanInput.parse({
      ...seed002,
      place: "Cổ Lễ",
      slogan: "Đẩy mạnh cải cách hành chính",
      bases: [
        { text: "Thực hiện Kế hoạch số 125/KH-UBND ngày 28/10/2021 của UBND tỉnh" },
        { text: "Kế hoạch số 25/KH-UBND của UBND huyện Trực Ninh;" },
      ],
      registrationDeadline: "2024-04-26",
      dossierDeadline: "2024-11-10",
      awardForms: [
        {
          ...seed002.awardForms[0],
          quota: 3,
          subQuotas: [{ category: "Các tổ dân phố", quota: 2 }],
          cashValue: 500000,
        },
        {
          ...seed002.awardForms[1],
          name: "Chiến sĩ thi đua cơ sở",
          authority: "Chủ tịch UBND huyện",
          conferral: "PROPOSED",
          cashValue: 1200000,
          dossier: [{ name: "Báo cáo thành tích", template: "Mẫu số 03, Nghị định số 98/2023/NĐ-CP", copies: 2 }],
        },
      ],
    }),
    issuer: { name: "Thị trấn Cổ Lễ", parentName: "Huyện Trực Ninh" },
    number: null,
    issuedOn: null,
  };

  const { paragraphs, tables } = await readDocxText(await renderPlanDocx(draft));
  const lines = nonEmpty(paragraphs);

  it("leaves the number and the date blank, with the year of the plan", () => {
    expect(tables[0]![1]![0]).toMatch(/^Số:\s{4,}\/KH-UBND$/);
    expect(tables[0]![1]![1]).toMatch(/^Cổ Lễ, ngày\s{4,}tháng\s{4,}năm 2024$/);
  });

  it("prints the governing body above the issuing body", () => {
    expect(nonEmpty(tables[0]![0]![0]!.split("\n"))).toEqual([
      "UBND HUYỆN TRỰC NINH",
      "ỦY BAN NHÂN DÂN",
      "THỊ TRẤN CỔ LỄ",
    ]);
    expect(lines).toContain("Ủy ban nhân dân thị trấn Cổ Lễ ban hành Kế hoạch phát động phong trào thi đua như sau:");
  });

  it("ends every basis but the last with a semicolon", () => {
    expect(lines).toContain("Thực hiện Kế hoạch số 125/KH-UBND ngày 28/10/2021 của UBND tỉnh;");
    expect(lines).toContain("Kế hoạch số 25/KH-UBND của UBND huyện Trực Ninh.");
  });

  it("prints the slogan, deadlines, sub-quotas, cash values and separate dossier lists", () => {
    expect(lines).toContain("II. KHẨU HIỆU THI ĐUA");
    expect(lines).toContain("“Đẩy mạnh cải cách hành chính”");
    expect(lines).toContain("Thời hạn đăng ký thi đua: trước ngày 26/04/2024.");
    expect(lines).toContain("a) Giấy khen của Chủ tịch UBND huyện");
    expect(lines).toContain("- Số lượng: 03 tập thể, trong đó: Các tổ dân phố: 02.");
    expect(lines).toContain("- Mức thưởng: 500.000 đồng/tập thể.");
    expect(lines).toContain("b) Chiến sĩ thi đua cơ sở (đề nghị Chủ tịch UBND huyện xét tặng)");
    expect(lines).toContain("- Số lượng: 10 cá nhân.");
    expect(lines).toContain("- Mức thưởng: 1.200.000 đồng/người.");
    expect(lines).toContain("a) Đối với Giấy khen của Chủ tịch UBND huyện:");
    expect(lines).toContain("b) Đối với Chiến sĩ thi đua cơ sở:");
    expect(lines).toContain("- Báo cáo thành tích (Mẫu số 03, Nghị định số 98/2023/NĐ-CP) (02 bản).");
    expect(lines).toContain("Thời hạn nộp hồ sơ: trước ngày 10/11/2024.");
  });
});

describe("renderPlanDocx: dates", () => {
  it("pads days below 10 and months 1–2 only (ND 30)", async () => {
    const place = async (issuedOn: string) =>
      (await readDocxText(await renderPlanDocx({ ...issued, issuedOn }))).tables[0]![1]![1];
    expect(await place("2024-03-09")).toBe("Hớn Quản, ngày 09 tháng 3 năm 2024");
    expect(await place("2024-01-20")).toBe("Hớn Quản, ngày 20 tháng 01 năm 2024");
    expect(await place("2024-12-31")).toBe("Hớn Quản, ngày 31 tháng 12 năm 2024");
  });
});

describe("docxXmlText", () => {
  it("reads runs, tabs, breaks and entities, and table cells (nested too) as well as their paragraphs", () => {
    const xml =
      '<?xml version="1.0"?><w:document><w:body>' +
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">A &amp; B </w:t></w:r><w:r><w:tab/><w:t>C</w:t><w:br/><w:t>&#273;&#x1EC3;</w:t></w:r></w:p>' +
      "<w:p/>" +
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p><w:p><w:r><w:t>y</w:t></w:r></w:p></w:tc>" +
      "<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>inner</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>" +
      "</w:body></w:document>";
    expect(docxXmlText(xml)).toEqual({
      paragraphs: ["A & B \tC\nđể", "", "x", "y", "inner", ""],
      tables: [[["x\ny", ""]], [["inner"]]],
    });
  });
});
