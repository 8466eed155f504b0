import { describe, expect, it } from "vitest";
import { councilMinutesDocx, type CouncilMinutesInput } from "@/server/documents/council-minutes-docx";
import { readDocxText, readDocxXml } from "../support/docx-text";
import { inOrder } from "../support/in-order";

/** The commune council's year-end meeting (xã Đình Dù, 2024): 9 members, 7 present. */
const meeting: CouncilMinutesInput = {
  authorityName: "Ủy ban nhân dân xã Đình Dù",
  parentAuthorityName: "Ủy ban nhân dân huyện Văn Lâm",
  councilName: "Hội đồng Thi đua - Khen thưởng xã Đình Dù",
  place: "Đình Dù",
  heldOn: "2024-12-03",
  startTime: "08:00",
  location: "Hội trường Ủy ban nhân dân xã Đình Dù",
  chairName: "Phạm Văn Định",
  secretaryName: "Nguyễn Thị Hương",
  members: [
    { name: "Phạm Văn Định", councilRole: "CHU_TICH", present: true, paperBallot: false, writtenOpinion: false },
    { name: "Lương Thị Hằng", councilRole: "PHO_CHU_TICH", present: true, paperBallot: false, writtenOpinion: false },
    { name: "Đặng Văn Hưởng", councilRole: "THANH_VIEN", present: true, paperBallot: false, writtenOpinion: false },
    { name: "Trần Quốc Tuấn", councilRole: "THANH_VIEN", present: true, paperBallot: false, writtenOpinion: false },
    { name: "Vũ Thị Thu Trang", councilRole: "THANH_VIEN", present: true, paperBallot: false, writtenOpinion: false },
    { name: "Đỗ Mạnh Cường", councilRole: "THANH_VIEN", present: false, paperBallot: false, writtenOpinion: true },
    { name: "Hoàng Văn Khải", councilRole: "THANH_VIEN", present: true, paperBallot: true, writtenOpinion: false },
    { name: "Ngô Thị Lụa", councilRole: "THANH_VIEN", present: false, paperBallot: false, writtenOpinion: false },
    { name: "Nguyễn Thị Hương", councilRole: "THU_KY", present: true, paperBallot: false, writtenOpinion: false },
  ],
  quorum: {
    present: 7,
    total: 9,
    required: 6,
    met: true,
    rule: "Quy chế hoạt động của Hội đồng: ít nhất 2/3 tổng số thành viên",
  },
  secretBallot: true,
  items: [
    {
      formName: "Giấy khen của Chủ tịch Ủy ban nhân dân xã",
      threshold: "từ 70% tổng số thành viên Hội đồng",
      nominees: [
        {
          label: "Thôn Đình Dù",
          detail: "Tập thể",
          agree: 8,
          disagree: 0,
          notVoting: 1,
          recused: 0,
          paper: 0,
          written: 1,
          sharePercent: 88.89,
          passed: true,
        },
        {
          label: "Đặng Văn Hưởng",
          detail: "Trưởng Công an xã",
          agree: 7,
          disagree: 0,
          notVoting: 1,
          recused: 1,
          paper: 0,
          written: 1,
          sharePercent: 77.78,
          passed: true,
        },
        {
          label: "Lê Thị Ngọc Ánh",
          detail: "Giáo viên Trường Tiểu học Đình Dù",
          agree: 5,
          disagree: 3,
          notVoting: 1,
          recused: 0,
          paper: 1,
          written: 1,
          sharePercent: 55.56,
          passed: false,
        },
      ],
    },
    {
      formName: "Danh hiệu Chiến sĩ thi đua cơ sở",
      threshold: "từ 70% tổng số thành viên Hội đồng",
      nominees: [
        {
          label: "Nguyễn Thị Hương",
          detail: "Công chức Văn phòng - Thống kê",
          agree: 8,
          disagree: 0,
          notVoting: 1,
          recused: 0,
          paper: 0,
          written: 1,
          sharePercent: 88.89,
          passed: true,
        },
      ],
    },
  ],
};

describe("councilMinutesDocx", () => {
  it("writes the minutes as ND 30 Mẫu 1.9, then the count record", async () => {
    const { paragraphs } = await readDocxText(await councilMinutesDocx(meeting));

    inOrder(paragraphs, [
      "UBND XÃ ĐÌNH DÙ",
      "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "BIÊN BẢN",
      "Họp Hội đồng Thi đua - Khen thưởng xã Đình Dù",
      "Thời gian bắt đầu: 08 giờ 00 phút, ngày 03 tháng 12 năm 2024.",
      "Địa điểm: Hội trường Ủy ban nhân dân xã Đình Dù.",
      "Thành phần tham dự:",
      "- Thành viên Hội đồng có mặt: 07/09 người:",
      "1. Phạm Văn Định - Chủ tịch Hội đồng;",
      "2. Lương Thị Hằng - Phó Chủ tịch Hội đồng;",
      "6. Hoàng Văn Khải - Thành viên Hội đồng (bỏ phiếu giấy);",
      "7. Nguyễn Thị Hương - Thư ký Hội đồng.",
      "- Thành viên Hội đồng vắng mặt: 02/09 người:",
      "1. Đỗ Mạnh Cường - Thành viên Hội đồng (có ý kiến bằng văn bản);",
      "2. Ngô Thị Lụa - Thành viên Hội đồng (không có ý kiến bằng văn bản).",
      "Chủ trì (chủ tọa): Phạm Văn Định - Chủ tịch Hội đồng.",
      "Thư ký (người ghi biên bản): Nguyễn Thị Hương - Thư ký Hội đồng.",
      "Số thành viên có mặt: 07/09; số thành viên tối thiểu phải có mặt: 06 (Quy chế hoạt động của Hội đồng: ít nhất 2/3 tổng số thành viên). Cuộc họp đủ điều kiện để tiến hành.",
      "Nội dung cuộc họp:",
      "1. Giấy khen của Chủ tịch Ủy ban nhân dân xã (03 đề nghị; tiêu chuẩn: số phiếu đồng ý từ 70% tổng số thành viên Hội đồng):",
      "- Thôn Đình Dù, Tập thể;",
      "- Lê Thị Ngọc Ánh, Giáo viên Trường Tiểu học Đình Dù.",
      "2. Danh hiệu Chiến sĩ thi đua cơ sở (01 đề nghị;",
      "- Nguyễn Thị Hương, Công chức Văn phòng - Thống kê.",
      "Kết quả bỏ phiếu:",
      "- Giấy khen của Chủ tịch Ủy ban nhân dân xã: 02/03 đề nghị đạt: Thôn Đình Dù, Đặng Văn Hưởng;",
      "- Danh hiệu Chiến sĩ thi đua cơ sở: 01/01 đề nghị đạt: Nguyễn Thị Hương.",
      "Chi tiết tại Biên bản kiểm phiếu kèm theo.",
      "Cuộc họp kết thúc vào …… giờ ……, ngày 03 tháng 12 năm 2024./.",
      "THƯ KÝ",
      "CHỦ TỌA",
      // The count record, on its own page.
      "UBND XÃ ĐÌNH DÙ",
      "BIÊN BẢN KIỂM PHIẾU",
      "Bỏ phiếu kín tại cuộc họp Hội đồng Thi đua - Khen thưởng xã Đình Dù ngày 03 tháng 12 năm 2024",
      "Tổng số thành viên Hội đồng: 09; số thành viên có mặt: 07; số thành viên vắng mặt có ý kiến bằng văn bản: 01.",
      "Số phiếu đồng ý, không đồng ý gồm phiếu bầu trực tuyến, phiếu bầu giấy và ý kiến bằng văn bản của thành viên vắng mặt, được kiểm chung để giữ bí mật ý kiến của từng thành viên.",
      "1. Giấy khen của Chủ tịch Ủy ban nhân dân xã (tiêu chuẩn: số phiếu đồng ý từ 70% tổng số thành viên Hội đồng)",
      "Ghi chú:",
      "(1) Thôn Đình Dù: gồm 01 ý kiến bằng văn bản của thành viên vắng mặt;",
      "(2) Đặng Văn Hưởng: 01 thành viên không bỏ phiếu vì có liên quan đến người được đề nghị, vẫn tính trong tổng số thành viên Hội đồng; gồm 01 ý kiến bằng văn bản của thành viên vắng mặt;",
      "(3) Lê Thị Ngọc Ánh: gồm 01 phiếu bầu giấy do thư ký nhập; gồm 01 ý kiến bằng văn bản của thành viên vắng mặt.",
      "2. Danh hiệu Chiến sĩ thi đua cơ sở",
      "THƯ KÝ",
      "CHỦ TỌA",
    ]);
    // The secretary signs on the left, the chair on the right, under each record.
    const names = paragraphs.filter((p) => p === "Nguyễn Thị Hương" || p === "Phạm Văn Định");
    expect(names).toEqual(["Nguyễn Thị Hương", "Phạm Văn Định", "Nguyễn Thị Hương", "Phạm Văn Định"]);
    expect(paragraphs).not.toContain("UBND HUYỆN VĂN LÂM");
    // Nowhere a count of written opinions (or paper ballots) by the way they went.
    expect(paragraphs.join("\n")).not.toMatch(/(văn bản|giấy)[^\n]*đồng ý/u);
    expect(paragraphs.some((p) => /^Số:\s+\/BB-HĐTĐKT$/.test(p))).toBe(true);
  });

  it("tabulates each form's ballot as totals only (no column a single written opinion or paper ballot could fill), with shares, results and note marks", async () => {
    const buf = await councilMinutesDocx(meeting);
    const { tables } = await readDocxText(buf);
    const counts = tables.filter((t) => t[0]?.[0] === "STT");
    expect(counts).toHaveLength(2);
    expect(counts[0]).toEqual([
      [
        "STT",
        "Tập thể, cá nhân được đề nghị",
        "Đồng ý",
        "Không đồng ý",
        "Không bỏ phiếu",
        "Tỷ lệ đồng ý (% tổng số thành viên)",
        "Kết quả",
      ],
      ["1", "Thôn Đình Dù (1)\nTập thể", "8", "0", "1", "88,89%", "Đạt"],
      ["2", "Đặng Văn Hưởng (2)\nTrưởng Công an xã", "7", "0", "1", "77,78%", "Đạt"],
      ["3", "Lê Thị Ngọc Ánh (3)\nGiáo viên Trường Tiểu học Đình Dù", "5", "3", "1", "55,56%", "Không đạt"],
    ]);
    expect(counts[1]?.[1]).toEqual([
      "1",
      "Nguyễn Thị Hương (1)\nCông chức Văn phòng - Thống kê",
      "8",
      "0",
      "1",
      "88,89%",
      "Đạt",
    ]);

    const xml = readDocxXml(buf);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain("<w:pageBreakBefore/>");
    expect(xml).toContain("<w:tblHeader/>");
  });

  it("says when the quorum is not met and when nobody was absent or nominated", async () => {
    const thin: CouncilMinutesInput = {
      ...meeting,
      councilName: "Hội đồng Thi đua - Khen thưởng",
      members: meeting.members.slice(0, 4),
      quorum: { present: 4, total: 9, required: 6, met: false, rule: "ít nhất 2/3 tổng số thành viên." },
      items: [],
    };
    const { paragraphs } = await readDocxText(await councilMinutesDocx(thin));
    expect(paragraphs).toContain("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG");
    expect(paragraphs).toContain("- Thành viên Hội đồng vắng mặt: không.");
    expect(paragraphs).toContain(
      "Số thành viên có mặt: 04/09; số thành viên tối thiểu phải có mặt: 06 (ít nhất 2/3 tổng số thành viên). Cuộc họp không đủ số thành viên tham dự theo quy định.",
    );
    expect(paragraphs).toContain("Không có đề nghị khen thưởng nào được đưa ra xem xét.");
    expect(paragraphs).toContain("Không có đề nghị nào được bỏ phiếu.");
    expect(paragraphs.some((p) => p.startsWith("Kết quả bỏ phiếu"))).toBe(false);
  });

  it("says 'bỏ phiếu' where the council's rules do not make the ballot secret (NĐ 98/2023 Điều 30 khoản 7)", async () => {
    const { paragraphs } = await readDocxText(await councilMinutesDocx({ ...meeting, secretBallot: false }));
    expect(paragraphs).toContain(
      "Hội đồng xem xét, bỏ phiếu đối với các tập thể, cá nhân được đề nghị khen thưởng như sau:",
    );
    expect(paragraphs).toContain(
      "Bỏ phiếu tại cuộc họp Hội đồng Thi đua - Khen thưởng xã Đình Dù ngày 03 tháng 12 năm 2024",
    );
    expect(paragraphs.join("\n")).not.toMatch(/kín|bí mật/u);
  });
});
