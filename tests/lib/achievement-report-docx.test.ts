import { describe, expect, it } from "vitest";
import {
  ZCollectiveReport,
  ZIndividualReport,
  type TCollectiveReportInput,
  type TIndividualReportInput,
} from "@/schemas/achievement-report";
import { renderAchievementReportDocx, type AchievementReportMeta } from "@/server/documents/achievement-report-docx";
import { readDocxText, readDocxXml } from "../support/docx-text";
import { inOrder } from "../support/in-order";

/** A nominee of seed 000 (thị trấn Cổ Lễ, 2024), proposed for the town chair's Giấy khen. */
const person: TIndividualReportInput = {
  proposedAward: "Giấy khen của Chủ tịch UBND thị trấn",
  fullName: "Trần Thị Hoa",
  dateOfBirth: "1985-05-12",
  gender: "NU",
  hometown: "Xã Trực Thuận, huyện Trực Ninh, tỉnh Nam Định",
  residence: "Tổ dân phố Đông Thượng, thị trấn Cổ Lễ",
  workplace: "UBND thị trấn Cổ Lễ",
  position: "Công chức Văn phòng - Thống kê; Bí thư Chi đoàn",
  professionalQualification: "Đại học Hành chính",
  politicalTheory: "Trung cấp",
  fromYear: 2024,
  toYear: 2024,
  duties: ["Tham mưu công tác văn phòng, thi đua - khen thưởng của UBND thị trấn.", ""],
  achievements: [
    "Hoàn thành xuất sắc nhiệm vụ năm 2024; tham mưu ban hành 35 văn bản đúng thời hạn.",
    "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 100%.",
  ],
  initiatives: [
    {
      title: "Số hóa hồ sơ lưu trữ của UBND thị trấn",
      recognisedBy: "Hội đồng sáng kiến thị trấn công nhận tại Quyết định số 45/QĐ-UBND ngày 02/12/2024",
    },
  ],
  awards: [
    {
      kind: "TITLE",
      year: "2023",
      name: "Chiến sĩ thi đua cơ sở",
      decisionNumber: "210/QĐ-UBND",
      decisionDate: "2023-12-20",
      issuer: "Chủ tịch UBND huyện Trực Ninh",
    },
    {
      kind: "FORM",
      year: "2022",
      name: "Giấy khen của Chủ tịch UBND huyện",
      decisionNumber: "198/QĐ-UBND",
      decisionDate: "",
      issuer: "",
    },
  ],
};

const school: TCollectiveReportInput = {
  proposedAward: "Giấy khen của Chủ tịch UBND huyện",
  name: "Trường Trung học cơ sở Cổ Lễ",
  address: "Tổ dân phố Đông Thượng, thị trấn Cổ Lễ, huyện Trực Ninh",
  headName: "Phạm Văn Nam",
  headTitle: "Hiệu trưởng",
  structure: "Chi bộ, Công đoàn, Chi đoàn; 03 tổ chuyên môn và 01 tổ văn phòng.",
  staffCount: "42",
  femaleCount: 30,
  functions: ["Giáo dục trung học cơ sở trên địa bàn thị trấn."],
  fromYear: 2023,
  toYear: 2024,
  achievements: ["Tỷ lệ học sinh lên lớp đạt 99,5%; 12 học sinh giỏi cấp huyện."],
  measures: ["Hưởng ứng phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”."],
  awards: [
    {
      kind: "TITLE",
      year: "2022-2023",
      name: "Tập thể lao động tiên tiến",
      decisionNumber: "88/QĐ-UBND",
      decisionDate: "2023-08-15",
      issuer: "Chủ tịch UBND huyện Trực Ninh",
    },
  ],
};

/** A 2024 round: NĐ 98/2023/NĐ-CP, Mẫu số 03 (individual) and 02 (collective), as the legal calendar says. */
const meta = (kind: "INDIVIDUAL" | "COLLECTIVE"): AchievementReportMeta => ({
  template: kind === "INDIVIDUAL" ? "Mẫu số 03" : "Mẫu số 02",
  decree: "Nghị định số 98/2023/NĐ-CP",
  place: "Cổ Lễ",
  date: "2024-11-05",
  year: "2024",
  unitName: kind === "INDIVIDUAL" ? "UBND thị trấn Cổ Lễ" : "Trường THCS Cổ Lễ",
  parentName: kind === "INDIVIDUAL" ? "UBND huyện Trực Ninh" : "Phòng Giáo dục và Đào tạo huyện Trực Ninh",
});

describe("renderAchievementReportDocx — individual (Mẫu số 03)", () => {
  it("lays out the template: label, header, title, parts I–III and the signatures", async () => {
    const data = ZIndividualReport.parse(person);
    const buf = await renderAchievementReportDocx("INDIVIDUAL", data, meta("INDIVIDUAL"));
    const { paragraphs, tables } = await readDocxText(buf);

    expect(paragraphs[0]).toBe("Mẫu số 03");
    expect(paragraphs[1]).toBe("(Kèm theo Nghị định số 98/2023/NĐ-CP)");
    inOrder(paragraphs, [
      "UBND HUYỆN TRỰC NINH",
      "ỦY BAN NHÂN DÂN",
      "THỊ TRẤN CỔ LỄ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Cổ Lễ, ngày 05 tháng 11 năm 2024",
      "BÁO CÁO THÀNH TÍCH",
      "ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND THỊ TRẤN",
      "I. SƠ LƯỢC LÝ LỊCH",
      "- Họ tên: Trần Thị Hoa",
      "- Sinh ngày, tháng, năm: 12/05/1985; Giới tính: Nữ",
      "- Quê quán: Xã Trực Thuận, huyện Trực Ninh, tỉnh Nam Định",
      "- Trú quán: Tổ dân phố Đông Thượng, thị trấn Cổ Lễ",
      "- Đơn vị công tác: UBND thị trấn Cổ Lễ",
      "- Chức vụ (Đảng, chính quyền, đoàn thể): Công chức Văn phòng - Thống kê; Bí thư Chi đoàn",
      "- Trình độ lý luận chính trị, chuyên môn, nghiệp vụ: Lý luận chính trị: Trung cấp; Chuyên môn, nghiệp vụ: Đại học Hành chính",
      "- Học hàm, học vị, danh hiệu, giải thưởng: Không",
      "II. THÀNH TÍCH ĐẠT ĐƯỢC",
      "Thời gian tính thành tích: năm 2024.",
      "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận:",
      "Tham mưu công tác văn phòng",
      "2. Thành tích đạt được của cá nhân:",
      "tham mưu ban hành 35 văn bản",
      "Tỷ lệ hồ sơ thủ tục hành chính",
      "Sáng kiến, giải pháp công tác đã được công nhận:",
      "- Số hóa hồ sơ lưu trữ của UBND thị trấn (Hội đồng sáng kiến thị trấn công nhận tại Quyết định số 45/QĐ-UBND ngày 02/12/2024).",
      "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
      "1. Danh hiệu thi đua:",
      "2. Hình thức khen thưởng:",
      "THỦ TRƯỞNG ĐƠN VỊ",
      "NGƯỜI BÁO CÁO THÀNH TÍCH",
      "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG",
    ]);
    // The empty duty line is dropped; the reporter's name is under their signature.
    expect(paragraphs.filter((p) => p === "Trần Thị Hoa")).toHaveLength(1);
    expect(paragraphs.indexOf("Trần Thị Hoa")).toBeGreaterThan(paragraphs.indexOf("NGƯỜI BÁO CÁO THÀNH TÍCH"));

    const titles = tables.find((t) => t[0]?.[1] === "Danh hiệu thi đua");
    expect(titles?.[1]).toEqual([
      "2023",
      "Chiến sĩ thi đua cơ sở",
      "Số 210/QĐ-UBND ngày 20/12/2023 của Chủ tịch UBND huyện Trực Ninh",
    ]);
    const forms = tables.find((t) => t[0]?.[1] === "Hình thức khen thưởng");
    expect(forms?.[1]).toEqual(["2022", "Giấy khen của Chủ tịch UBND huyện", "Số 198/QĐ-UBND"]);
  });

  it("uses A4, the ND 30 margins and Times New Roman; posthumous and draft variants", async () => {
    const data = ZIndividualReport.parse({ ...person, posthumous: true, awards: [], initiatives: [] });
    const buf = await renderAchievementReportDocx("INDIVIDUAL", data, {
      ...meta("INDIVIDUAL"),
      date: null,
      parentName: null,
    });
    const xml = readDocxXml(buf);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:top="1134"[^>]*w:right="851"[^>]*w:bottom="1134"[^>]*w:left="1701"/);
    expect(readDocxXml(buf, "word/styles.xml")).toContain("Times New Roman");

    const { paragraphs } = await readDocxText(buf);
    expect(paragraphs).toContain("ĐỀ NGHỊ TRUY TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND THỊ TRẤN");
    // A draft is dated in its round's year, whatever year it is printed in.
    expect(paragraphs.some((p) => /^Cổ Lễ, ngày\s+tháng\s+năm 2024$/.test(p))).toBe(true);
    expect(paragraphs).not.toContain("UBND HUYỆN TRỰC NINH");
    expect(paragraphs.some((p) => p.startsWith("Sáng kiến"))).toBe(false);
    // No award yet: each table of part III reads "Không."
    const iii = paragraphs.indexOf("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG");
    expect(paragraphs.slice(iii, iii + 5)).toEqual([
      "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
      "1. Danh hiệu thi đua:",
      "Không.",
      "2. Hình thức khen thưởng:",
      "Không.",
    ]);
  });
});

describe("renderAchievementReportDocx — collective (Mẫu số 02)", () => {
  it("lays out the template with the collective's facts and the head's signature", async () => {
    const data = ZCollectiveReport.parse(school);
    const buf = await renderAchievementReportDocx("COLLECTIVE", data, meta("COLLECTIVE"));
    const { paragraphs, tables } = await readDocxText(buf);

    expect(paragraphs[0]).toBe("Mẫu số 02");
    inOrder(paragraphs, [
      "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TRỰC NINH",
      "TRƯỜNG THCS CỔ LỄ",
      "Cổ Lễ, ngày 05 tháng 11 năm 2024",
      "BÁO CÁO THÀNH TÍCH",
      "ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN",
      "Trường Trung học cơ sở Cổ Lễ",
      "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
      "1. Đặc điểm, tình hình:",
      "- Địa điểm trụ sở chính: Tổ dân phố Đông Thượng, thị trấn Cổ Lễ, huyện Trực Ninh",
      "- Thủ trưởng đơn vị: Phạm Văn Nam, Hiệu trưởng",
      "- Cơ cấu tổ chức: Chi bộ, Công đoàn, Chi đoàn",
      "- Tổng số cán bộ, công chức, viên chức và người lao động: 42 người (nữ: 30 người).",
      "2. Chức năng, nhiệm vụ:",
      "Giáo dục trung học cơ sở",
      "II. THÀNH TÍCH ĐẠT ĐƯỢC",
      "Thời gian tính thành tích: từ năm 2023 đến năm 2024.",
      "Tỷ lệ học sinh lên lớp đạt 99,5%",
      "2. Biện pháp, nguyên nhân đạt được thành tích",
      "Đổi mới, sáng tạo trong dạy và học",
      "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
      "1. Danh hiệu thi đua:",
      "2. Hình thức khen thưởng:",
      "Không.",
      "XÁC NHẬN CỦA",
      "CẤP TRÌNH KHEN THƯỞNG",
      "THỦ TRƯỞNG ĐƠN VỊ",
      "Phạm Văn Nam",
    ]);
    expect(paragraphs.some((p) => p.includes("NGƯỜI BÁO CÁO THÀNH TÍCH"))).toBe(false);
    const titles = tables.find((t) => t[0]?.[1] === "Danh hiệu thi đua");
    expect(titles?.[1]).toEqual([
      "2022-2023",
      "Tập thể lao động tiên tiến",
      "Số 88/QĐ-UBND ngày 15/08/2023 của Chủ tịch UBND huyện Trực Ninh",
    ]);
  });
});

describe("ZIndividualReport / ZCollectiveReport", () => {
  const issuesOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    // The first message per field (what a form shows).
    Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]).reverse());

  it("requires the template's fields, in Vietnamese", () => {
    const r = ZIndividualReport.safeParse({
      ...person,
      fullName: "",
      hometown: " ",
      achievements: ["", "  "],
      duties: [],
      gender: undefined,
      proposedAward: undefined,
    });
    expect(r.success).toBe(false);
    const issues = issuesOf(r);
    expect(issues.fullName).toBe("Họ và tên phải có ít nhất 3 ký tự.");
    expect(issues.hometown).toBe("Nhập quê quán.");
    expect(issues.achievements).toBe("Nhập ít nhất 1 đoạn thành tích đạt được.");
    expect(issues.duties).toBe("Nhập ít nhất 1 đoạn quyền hạn, nhiệm vụ được giao.");
    expect(issues.gender).toBe("Chọn giới tính.");
    expect(issues.proposedAward).toBe("Nhập hình thức khen thưởng đề nghị.");

    const c = ZCollectiveReport.safeParse({ ...school, name: "", headName: "", staffCount: "0", functions: [] });
    const cIssues = issuesOf(c);
    expect(cIssues.name).toBe("Nhập tên tập thể.");
    expect(cIssues.headName).toBe("Nhập họ tên thủ trưởng đơn vị.");
    expect(cIssues.staffCount).toBe("Tập thể phải có ít nhất 1 người.");
    expect(cIssues.functions).toBe("Nhập ít nhất 1 đoạn chức năng, nhiệm vụ.");
  });

  it("rejects bad dates and years", () => {
    const bad = (patch: Partial<TIndividualReportInput>) =>
      issuesOf(ZIndividualReport.safeParse({ ...person, ...patch }));
    // dd/mm/yyyy is how a day is typed (src/schemas/dates.ts); the year first with slashes is no date.
    expect(bad({ dateOfBirth: "12/05/1985" }).dateOfBirth).toBeUndefined();
    expect(bad({ dateOfBirth: "1985/05/12" }).dateOfBirth).toBe("Ngày không hợp lệ (dd/mm/yyyy).");
    expect(bad({ dateOfBirth: "1985-02-30" }).dateOfBirth).toBe("Ngày không tồn tại.");
    expect(bad({ dateOfBirth: "2999-01-01" }).dateOfBirth).toBe("Ngày sinh phải sau năm 1900 và không ở tương lai.");
    expect(bad({ dateOfBirth: "2015-01-01" }).dateOfBirth).toBe("Ngày sinh không khớp với thời gian tính thành tích.");
    expect(bad({ fromYear: 2024, toYear: 2022 }).toYear).toBe("Năm kết thúc phải từ năm bắt đầu trở đi.");
    expect(bad({ fromYear: 2090, toYear: 2090 }).toYear).toBe("Thời gian tính thành tích không được ở tương lai.");
    expect(bad({ fromYear: "năm ngoái", toYear: 2024 }).fromYear).toBe("Năm phải là số.");

    const award = person.awards![0]!;
    expect(bad({ awards: [{ ...award, decisionDate: "2023-13-01" }] })["awards.0.decisionDate"]).toBe(
      "Ngày không tồn tại.",
    );
    expect(bad({ awards: [{ ...award, decisionDate: "2999-01-01" }] })["awards.0.decisionDate"]).toBe(
      "Ngày quyết định không được ở tương lai.",
    );
    expect(bad({ awards: [{ ...award, year: "23" }] })["awards.0.year"]).toBe(
      "Năm không hợp lệ (ví dụ 2023 hoặc 2022-2023).",
    );
    expect(bad({ awards: [{ ...award, decisionNumber: " " }] })["awards.0.decisionNumber"]).toBe("Nhập số quyết định.");

    expect(issuesOf(ZCollectiveReport.safeParse({ ...school, femaleCount: 50 })).femaleCount).toBe(
      "Số nữ không được lớn hơn tổng số.",
    );
  });

  it("accepts a valid report and normalises it", () => {
    const r = ZIndividualReport.parse(person);
    expect(r.duties).toEqual(["Tham mưu công tác văn phòng, thi đua - khen thưởng của UBND thị trấn."]);
    expect(r.posthumous).toBe(false);
    expect(r.academicTitles).toBeUndefined();
    expect(r.awards[1]).toMatchObject({ decisionDate: undefined, issuer: undefined });
    const c = ZCollectiveReport.parse({ ...school, measures: undefined, initiatives: undefined, awards: undefined });
    expect(c).toMatchObject({ staffCount: 42, measures: [], initiatives: [], awards: [] });
  });
});

describe("renderAchievementReportDocx — after 1/7/2025 (NĐ 152/2025/NĐ-CP)", () => {
  it("prints Mẫu số 05 for an individual, and no number where the texts leave it open", async () => {
    const data = ZIndividualReport.parse(person);
    const individual = await readDocxText(
      await renderAchievementReportDocx("INDIVIDUAL", data, {
        ...meta("INDIVIDUAL"),
        template: "Mẫu số 05",
        decree: "Nghị định số 152/2025/NĐ-CP",
        date: null,
        year: "2026",
        unitName: "Ủy ban nhân dân xã Như Quỳnh",
        parentName: null,
      }),
    );
    expect(individual.paragraphs.slice(0, 4)).toEqual([
      "Mẫu số 05",
      "(Kèm theo Nghị định số 152/2025/NĐ-CP)",
      "ỦY BAN NHÂN DÂN",
      "XÃ NHƯ QUỲNH",
    ]);
    expect(individual.paragraphs.some((p) => /^Cổ Lễ, ngày\s+tháng\s+năm 2026$/.test(p))).toBe(true);

    const collective = await readDocxText(
      await renderAchievementReportDocx("COLLECTIVE", ZCollectiveReport.parse(school), {
        ...meta("COLLECTIVE"),
        template: null,
        decree: "Nghị định số 152/2025/NĐ-CP",
      }),
    );
    expect(collective.paragraphs.join("\n")).not.toMatch(/Mẫu số|Kèm theo/u);
  });
});
