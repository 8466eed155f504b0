import { ND98_LAST_DAY } from "@/domain/law/days";
import type { NomineeKind } from "@/domain/law/bonus";

/**
 * Danh hiệu thi đua và hình thức khen thưởng của Luật Thi đua, khen thưởng số 06/2022/QH15, phần
 * dùng ở chính quyền địa phương: who confers each, its conditions and their articles. Pure
 * reference data. Over 300 lines on purpose: one entry per title or form, each with its articles.
 *
 * What users read (name, who confers, conditions, article, `note`) is plain legal reference. What
 * the texts leave open is listed in `unverified` in plain words, and the texts read in
 * `CATALOGUE_SOURCES`: administrators see both behind "Nguồn" on the catalogue page. Facts and
 * their confidence are those of `../shared/docs/legal-facts.md`; a flag is closed only where that
 * file closes it (cited beside it). The money that goes with each entry is the legal calendar's
 * (src/domain/law/bonus.ts), by the decision date. "Hoàn thành nhiệm vụ" is a rating (xếp loại),
 * not a title: it is not here.
 */

export type { NomineeKind };
export type AuthorityLevel = "COMMUNE" | "DISTRICT" | "PROVINCE" | "CENTRAL";

/** Who conferred the entry before a reorganisation (the district level until 30/6/2025). */
export type AuthorityPeriod = { validTo: string; conferredBy: string; level: AuthorityLevel; article: string };

export type CatalogueEntry = {
  code: string;
  kind: "TITLE" | "FORM";
  name: string;
  nominee: NomineeKind[];
  /** Who confers it now (from 01/7/2025). */
  conferredBy: string;
  level: AuthorityLevel;
  article: string;
  /** Conditions, each with its article. */
  prerequisites: { text: string; article: string }[];
  /** The title whose holders a province's share cap counts (CSTĐ cơ sở of LĐTT), and what the law says. */
  cap?: { of: string; text: string; article: string };
  /** Who conferred it before, while that lasted. */
  authorityHistory?: AuthorityPeriod[];
  /** Last day the entry can be conferred (district-level forms end on 30/6/2025). */
  validTo?: string;
  /** What the texts read leave open, in plain words (administrators, "Nguồn"). */
  unverified: string[];
  verified: boolean;
  /** A plain note for users. */
  note?: string;
};

const LAW = "Luật Thi đua, khen thưởng 2022";
const ND98 = "Nghị định 98/2023/NĐ-CP";
const ND152 = "Nghị định 152/2025/NĐ-CP";
const ND129_59 = "Nghị định 129/2025/NĐ-CP, Điều 59";
const ND86 = "Nghị định 86/2023/NĐ-CP";

/** The texts the catalogue was checked against, with how (administrators, "Nguồn"). */
export const CATALOGUE_SOURCES: string[] = [
  "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022, hiệu lực 01/01/2024: Điều 21–24, 74 khoản 1 điểm d, 80 đọc nguyên văn; Điều 25–30, 73, 75 qua bản trích của các nhà xuất bản pháp luật.",
  "Nghị định 98/2023/NĐ-CP ngày 31/12/2023 (01/01/2024 – 30/6/2025): Điều 4, Điều 30 khoản 7 (tỷ lệ phiếu), Điều 34 (hồ sơ), Điều 54 (tiền thưởng danh hiệu), Điều 104 (mẫu giấy khen).",
  "Nghị định 152/2025/NĐ-CP ngày 14/6/2025, hiệu lực 01/7/2025: Điều 4, Điều 6, Điều 49–51 (tiền thưởng); Điều 54 (bằng khen, giấy khen của tập thể, hộ gia đình: theo bản tóm tắt, độ tin cậy trung bình); Điều 59, 60; Phụ lục (Mẫu số 01, 05).",
  "Nghị định 129/2025/NĐ-CP, Điều 59: từ 01/7/2025 Chủ tịch UBND cấp xã tặng những gì Chủ tịch UBND cấp huyện tặng trước đây.",
  "Nghị định 86/2023/NĐ-CP ngày 07/12/2023: khung tiêu chuẩn Gia đình văn hóa, Thôn, tổ dân phố văn hóa, Xã, phường, thị trấn tiêu biểu.",
  "Mức lương cơ sở: Nghị định 24/2023/NĐ-CP, 73/2024/NĐ-CP (Điều 3 khoản 2), 161/2026/NĐ-CP (Điều 3 khoản 2, Điều 6).",
];

// --- building blocks ---------------------------------------------------------------------------

type Draft = Omit<CatalogueEntry, "verified" | "unverified"> & { unverified?: string[] };

function make(d: Draft): CatalogueEntry {
  const unverified = d.unverified ?? [];
  return { ...d, unverified, verified: unverified.length === 0 };
}

const OTHER_HEADS =
  "thủ trưởng cơ quan, tổ chức, đơn vị có tư cách pháp nhân thuộc Bộ, ban, ngành, thủ trưởng cơ quan chuyên môn thuộc UBND cấp tỉnh; Tổng giám đốc, Giám đốc doanh nghiệp, hợp tác xã";

/** Conferred by the district chair until 30/6/2025 (Luật Điều 80 khoản 2), by the commune chair since (NĐ 129/2025 Điều 59). */
const DISTRICT_UNTIL_2025: AuthorityPeriod = {
  validTo: ND98_LAST_DAY,
  conferredBy: `Chủ tịch UBND cấp huyện; ${OTHER_HEADS}`,
  level: "DISTRICT",
  article: `${LAW}, Điều 80 khoản 1, 2, 4`,
};

const HEAD_RULES = (what: string) => `${what}: theo quy định của Bộ, ban, ngành, tỉnh (Luật Điều 75 khoản 2).`;
const STATE_POWER_OPEN = "Điều của Luật về thẩm quyền quyết định chưa được đọc nguyên văn.";
const GK_INDIVIDUAL_OPEN =
  "Hệ số tiền thưởng cá nhân, hộ gia đình (Nghị định 152/2025/NĐ-CP Điều 54 khoản 1; Nghị định 98/2023/NĐ-CP Điều 58) chưa được đọc: Chủ tịch nhập mức thưởng và lý do khi ký quyết định. Hộ gia đình được thưởng 1,5 lần mức của cá nhân (Nghị định 152/2025/NĐ-CP, Điều 54).";

// --- the catalogue -----------------------------------------------------------------------------

export const catalogue: CatalogueEntry[] = [
  // Danh hiệu thi đua — cá nhân
  make({
    code: "LDTT",
    kind: "TITLE",
    name: "Lao động tiên tiến",
    nominee: ["INDIVIDUAL"],
    conferredBy: `Chủ tịch UBND cấp xã; ${OTHER_HEADS}`,
    level: "COMMUNE",
    article: `${LAW}, Điều 24 khoản 1, 3; Điều 80 khoản 1, 3, 4; ${ND129_59}`,
    prerequisites: [
      {
        text: "Hoàn thành tốt nhiệm vụ trở lên (cán bộ, công chức, viên chức, người lao động).",
        article: `${LAW}, Điều 24 khoản 1 điểm a`,
      },
      {
        text: "Có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua.",
        article: `${LAW}, Điều 24 khoản 1 điểm b`,
      },
      {
        text: "Công nhân, nông dân, người lao động khác: theo khoản 3; Bộ, ban, ngành, tỉnh quy định chi tiết.",
        article: `${LAW}, Điều 24 khoản 3`,
      },
    ],
    authorityHistory: [
      {
        validTo: ND98_LAST_DAY,
        conferredBy: `Chủ tịch UBND cấp xã; Chủ tịch UBND cấp huyện; ${OTHER_HEADS}`,
        level: "COMMUNE",
        article: `${LAW}, Điều 80 khoản 1, 2, 3, 4`,
      },
    ],
    note: "Không giới hạn tỷ lệ.",
  }),
  make({
    code: "CSTT",
    kind: "TITLE",
    name: "Chiến sĩ tiên tiến",
    nominee: ["INDIVIDUAL"],
    conferredBy:
      "Người có thẩm quyền trong Quân đội nhân dân, Công an nhân dân và dân quân thường trực, dân quân tự vệ cơ động theo quy định của Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an",
    level: "CENTRAL",
    article: `${LAW}, Điều 24; Điều 80 khoản 5`,
    prerequisites: [],
    unverified: [
      "Phần cuối Luật Điều 80 khoản 5 (thẩm quyền) chưa được đọc.",
      "Tiêu chuẩn Chiến sĩ tiên tiến (Luật Điều 24) chưa được trích nguyên văn.",
    ],
    note: "Danh hiệu tương đương Lao động tiên tiến cho quân nhân, công an, dân quân thường trực, dân quân tự vệ cơ động.",
  }),
  make({
    code: "CSTD_CS",
    kind: "TITLE",
    name: "Chiến sĩ thi đua cơ sở",
    nominee: ["INDIVIDUAL"],
    conferredBy: `Chủ tịch UBND cấp xã; ${OTHER_HEADS}`,
    level: "COMMUNE",
    article: `${LAW}, Điều 23; Điều 80 khoản 1, 4; ${ND129_59}`,
    prerequisites: [
      {
        text: 'Đạt tiêu chuẩn danh hiệu "Lao động tiên tiến" hoặc "Chiến sĩ tiên tiến".',
        article: `${LAW}, Điều 23 khoản 1`,
      },
      {
        text: "Và một trong các điều kiện: hoàn thành xuất sắc nhiệm vụ; có sáng kiến được cơ sở công nhận; có đề tài khoa học, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu; hoặc mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu được đơn vị công nhận.",
        article: `${LAW}, Điều 23 khoản 2`,
      },
      {
        text: "Hội đồng Thi đua - Khen thưởng bỏ phiếu, từ 80% tổng số thành viên đồng ý (mức của Nghị định 98/2023/NĐ-CP; từ 01/7/2025 theo quy định của tỉnh).",
        article: `${ND98}, Điều 30 khoản 7; ${ND152}, Điều 6 khoản 2 điểm c`,
      },
    ],
    // Closed by legal-facts.md: no national cap since 1/1/2024 (high); NĐ 129/2025 Điều 59 (high).
    cap: {
      of: "LDTT",
      text: "Luật và các nghị định hướng dẫn không quy định tỷ lệ tối đa; tỷ lệ 15% của Nghị định 91/2017/NĐ-CP hết hiệu lực từ 01/01/2024. Tỉnh có thể quy định tỷ lệ.",
      article: `${LAW}, Điều 23; Nghị định 91/2017/NĐ-CP, Điều 9 khoản 3 (hết hiệu lực)`,
    },
    authorityHistory: [DISTRICT_UNTIL_2025],
    note: "Đến 30/6/2025 cấp xã đề nghị, Chủ tịch UBND cấp huyện quyết định.",
  }),
  make({
    code: "CSTD_TINH",
    kind: "TITLE",
    name: "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh",
    nominee: ["INDIVIDUAL"],
    conferredBy:
      "Chủ tịch UBND cấp tỉnh (đối với tỉnh); Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, người đứng đầu ban, ngành",
    level: "PROVINCE",
    article: `${LAW}, Điều 22`,
    // Closed by legal-facts.md: Luật Điều 22 khoản 1–2 (high); NĐ 98 Điều 30 khoản 7: 90 % (high).
    prerequisites: [
      {
        text: 'Được lựa chọn trong số những cá nhân có 03 lần liên tục được tặng danh hiệu "Chiến sĩ thi đua cơ sở".',
        article: `${LAW}, Điều 22 khoản 1`,
      },
      {
        text: "Có sáng kiến đã được áp dụng hiệu quả, có phạm vi ảnh hưởng trong Bộ, ban, ngành, tỉnh (hoặc đề tài, đề án, công trình khoa học và công nghệ tương ứng).",
        article: `${LAW}, Điều 22 khoản 2`,
      },
      {
        text: "Hội đồng Thi đua - Khen thưởng bỏ phiếu, từ 90% tổng số thành viên đồng ý.",
        article: `${ND98}, Điều 30 khoản 7`,
      },
    ],
    unverified: [STATE_POWER_OPEN],
  }),
  make({
    code: "CSTD_TQ",
    kind: "TITLE",
    name: "Chiến sĩ thi đua toàn quốc",
    nominee: ["INDIVIDUAL"],
    conferredBy: "Thủ tướng Chính phủ",
    level: "CENTRAL",
    article: `${LAW}, Điều 21`,
    prerequisites: [
      {
        text: "Được lựa chọn trong số những cá nhân có 02 lần liên tục được tặng danh hiệu Chiến sĩ thi đua Bộ, ban, ngành, tỉnh.",
        article: `${LAW}, Điều 21 khoản 1 điểm a`,
      },
      {
        text: "Có sáng kiến, đề tài, đề án hoặc công trình khoa học và công nghệ đã được áp dụng hiệu quả, có phạm vi ảnh hưởng trong toàn quốc.",
        article: `${LAW}, Điều 21 khoản 1 điểm b`,
      },
      {
        text: "Hội đồng Thi đua - Khen thưởng bỏ phiếu, từ 90% tổng số thành viên đồng ý.",
        article: `${ND98}, Điều 30 khoản 7`,
      },
    ],
    unverified: [STATE_POWER_OPEN],
  }),

  // Danh hiệu thi đua — tập thể
  make({
    code: "TTLDTT",
    kind: "TITLE",
    name: "Tập thể lao động tiên tiến",
    nominee: ["COLLECTIVE"],
    conferredBy: `Chủ tịch UBND cấp xã; ${OTHER_HEADS}`,
    level: "COMMUNE",
    article: `${LAW}, Điều 28; Điều 80 khoản 1, 4; ${ND129_59}`,
    prerequisites: [
      {
        text: "Tiêu chuẩn do tỉnh quy định; ví dụ Bắc Ninh: từ 70% thành viên đạt Lao động tiên tiến và không có ai bị kỷ luật từ hình thức cảnh cáo trở lên.",
        article: `${ND152}, Điều 6 khoản 2 điểm c`,
      },
    ],
    authorityHistory: [DISTRICT_UNTIL_2025],
    unverified: ["Nguyên văn tiêu chuẩn của Luật Điều 28 chưa được đọc."],
  }),
  make({
    code: "DVTT",
    kind: "TITLE",
    name: "Đơn vị tiên tiến",
    nominee: ["COLLECTIVE"],
    conferredBy:
      "Người có thẩm quyền trong Quân đội nhân dân, Công an nhân dân, dân quân thường trực, dân quân tự vệ cơ động theo quy định của Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an",
    level: "CENTRAL",
    article: `${LAW}, Điều 28; Điều 80 khoản 5`,
    prerequisites: [],
    unverified: [
      "Phần cuối Luật Điều 80 khoản 5 (thẩm quyền) chưa được đọc.",
      "Tiêu chuẩn (Luật Điều 28) chưa được trích.",
    ],
  }),
  make({
    code: "TTLDXS",
    kind: "TITLE",
    name: "Tập thể lao động xuất sắc",
    nominee: ["COLLECTIVE"],
    conferredBy: "Chủ tịch UBND cấp tỉnh; Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, người đứng đầu ban, ngành",
    level: "PROVINCE",
    article: `${LAW}, Điều 27`,
    prerequisites: [
      {
        text: "Tiêu chuẩn do tỉnh quy định; ví dụ Bắc Ninh: 100% thành viên hoàn thành nhiệm vụ, từ 70% đạt Lao động tiên tiến, có ít nhất 01 Chiến sĩ thi đua cơ sở.",
        article: `${ND152}, Điều 6 khoản 2 điểm c`,
      },
    ],
    unverified: ["Nguyên văn tiêu chuẩn của Luật Điều 27 chưa được đọc.", STATE_POWER_OPEN],
  }),
  make({
    code: "DVQT",
    kind: "TITLE",
    name: "Đơn vị quyết thắng",
    nominee: ["COLLECTIVE"],
    conferredBy:
      "Thủ trưởng cấp quân khu, quân chủng, quân đoàn và tương đương; người có thẩm quyền trong Công an nhân dân theo quy định của Bộ trưởng",
    level: "CENTRAL",
    article: `${LAW}, Điều 27`,
    prerequisites: [],
    unverified: ["Thẩm quyền theo Luật 2022 chưa được đối chiếu.", "Tiêu chuẩn (Luật Điều 27) chưa được trích."],
  }),
  make({
    code: "CO_THI_DUA_TINH",
    kind: "TITLE",
    name: "Cờ thi đua của Bộ, ban, ngành, tỉnh",
    nominee: ["COLLECTIVE"],
    conferredBy:
      "Chủ tịch UBND cấp tỉnh (Cờ thi đua của UBND tỉnh); Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, người đứng đầu ban, ngành",
    level: "PROVINCE",
    article: `${LAW}, Điều 26`,
    prerequisites: [
      {
        text: "Hội đồng Thi đua - Khen thưởng bỏ phiếu, từ 80% tổng số thành viên đồng ý.",
        article: `${ND98}, Điều 30 khoản 7`,
      },
    ],
    unverified: ["Nguyên văn tiêu chuẩn của Luật Điều 26 chưa được đọc.", STATE_POWER_OPEN],
  }),
  make({
    code: "CO_THI_DUA_CP",
    kind: "TITLE",
    name: "Cờ thi đua của Chính phủ",
    nominee: ["COLLECTIVE"],
    conferredBy: "Thủ tướng Chính phủ",
    level: "CENTRAL",
    article: `${LAW}, Điều 25`,
    prerequisites: [
      {
        text: "Tặng hằng năm cho tập thể tiêu biểu xuất sắc trong số các tập thể dẫn đầu cụm, khối thi đua do Bộ, ban, ngành, tỉnh tổ chức: hoàn thành vượt mức chỉ tiêu thi đua và nhiệm vụ được giao trong năm; nội bộ đoàn kết, tổ chức đảng, đoàn thể trong sạch, vững mạnh; đi đầu thực hành tiết kiệm, chống lãng phí, phòng, chống tham nhũng, tiêu cực.",
        article: `${LAW}, Điều 25 khoản 1`,
      },
      {
        text: "Hoặc tập thể dẫn đầu cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức; hoặc dẫn đầu phong trào thi đua do Thủ tướng phát động từ 05 năm trở lên khi sơ kết, tổng kết.",
        article: `${LAW}, Điều 25 khoản 2, 3`,
      },
      {
        text: "Hội đồng Thi đua - Khen thưởng bỏ phiếu, từ 80% tổng số thành viên đồng ý.",
        article: `${ND98}, Điều 30 khoản 7`,
      },
    ],
    unverified: [STATE_POWER_OPEN],
  }),
  make({
    code: "XA_TIEU_BIEU",
    kind: "TITLE",
    name: "Xã, phường, thị trấn tiêu biểu",
    nominee: ["COLLECTIVE"],
    conferredBy: "Chủ tịch UBND cấp tỉnh",
    level: "PROVINCE",
    article: `${LAW}, Điều 29; ${ND86}, Điều 7 khoản 3`,
    prerequisites: [
      {
        text: "Dẫn đầu phong trào thi đua; thực hiện tốt nhiệm vụ kinh tế - xã hội, quốc phòng, an ninh, trật tự, an toàn xã hội; đời sống kinh tế ổn định và từng bước phát triển; đời sống văn hóa, tinh thần lành mạnh, phong phú; môi trường an toàn, thân thiện, cảnh quan sạch đẹp; chấp hành tốt chủ trương của Đảng, chính sách, pháp luật.",
        article: `${LAW}, Điều 29 khoản 1`,
      },
      {
        text: "UBND cấp tỉnh quy định chi tiết tiêu chuẩn trên cơ sở khung tiêu chuẩn của Chính phủ.",
        article: `${LAW}, Điều 29 khoản 2; ${ND86}, Phụ lục III`,
      },
    ],
    unverified: [
      'Tiêu chí "dẫn đầu phong trào thi đua cấp huyện" và thủ tục do cấp huyện trình (Nghị định 86/2023/NĐ-CP) khi không còn cấp huyện: chưa có văn bản thay thế được đối chiếu.',
    ],
    note: 'Từ 01/7/2025 gọi là "xã, phường, đặc khu tiêu biểu".',
  }),
  make({
    code: "THON_TDP_VAN_HOA",
    kind: "TITLE",
    name: "Thôn, tổ dân phố văn hóa",
    nominee: ["COLLECTIVE"],
    conferredBy: "Chủ tịch UBND cấp xã",
    level: "COMMUNE",
    article: `${LAW}, Điều 30; ${ND129_59}; ${ND86}`,
    prerequisites: [
      {
        text: "Tặng hằng năm cho thôn, tổ dân phố trong phạm vi cấp xã: đời sống kinh tế ổn định và phát triển; đời sống văn hóa, tinh thần lành mạnh, phong phú.",
        article: `${LAW}, Điều 30 khoản 1 điểm a, b; ${ND86}, Phụ lục II`,
      },
    ],
    authorityHistory: [
      {
        validTo: ND98_LAST_DAY,
        conferredBy: "Chủ tịch UBND cấp huyện",
        level: "DISTRICT",
        article: `${LAW}, Điều 80 khoản 2`,
      },
    ],
    unverified: ["Các điểm còn lại của Luật Điều 30 khoản 1 chưa được đọc."],
  }),

  // Danh hiệu thi đua — hộ gia đình
  make({
    code: "GIA_DINH_VAN_HOA",
    kind: "TITLE",
    name: "Gia đình văn hóa",
    nominee: ["HOUSEHOLD"],
    conferredBy: "Chủ tịch UBND cấp xã",
    level: "COMMUNE",
    article: `${LAW}, Điều 80 khoản 3; ${ND129_59}; ${ND86}`,
    prerequisites: [
      {
        text: "Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
        article: `${ND86}, khung tiêu chuẩn Gia đình văn hóa`,
      },
      {
        text: "Tích cực tham gia các phong trào thi đua lao động, sản xuất, học tập, bảo vệ an ninh, trật tự, an toàn xã hội của địa phương.",
        article: `${ND86}, khung tiêu chuẩn Gia đình văn hóa`,
      },
      {
        text: "Gia đình no ấm, tiến bộ, hạnh phúc, văn minh; thường xuyên gắn bó, đoàn kết, tương trợ, giúp đỡ trong cộng đồng.",
        article: `${ND86}, khung tiêu chuẩn Gia đình văn hóa`,
      },
    ],
    unverified: [
      "Số điều của Luật quy định danh hiệu chưa được đối chiếu.",
      "Không tìm được mức tiền thưởng: nếu có thưởng, Chủ tịch nhập mức và lý do khi ký quyết định.",
    ],
    note: "Danh hiệu thi đua duy nhất dành cho hộ gia đình.",
  }),

  // Hình thức khen thưởng — giấy khen
  make({
    code: "GK_CT_XA",
    kind: "FORM",
    name: "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã",
    nominee: ["INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"],
    conferredBy: "Chủ tịch UBND cấp xã",
    level: "COMMUNE",
    article: `${LAW}, Điều 75 khoản 1 điểm d; Điều 80 khoản 3; ${ND129_59}`,
    prerequisites: [{ text: HEAD_RULES("Tiêu chuẩn"), article: `${LAW}, Điều 75 khoản 2` }],
    // Collective 0,6 from 01/7/2025: NĐ 152 Điều 54 (legal-facts.md, medium).
    unverified: [
      GK_INDIVIDUAL_OPEN,
      "Hệ số tiền thưởng tập thể trước 01/7/2025 (Nghị định 98/2023/NĐ-CP Điều 58) chưa được đọc.",
    ],
  }),
  make({
    code: "GK_CT_HUYEN",
    kind: "FORM",
    name: "Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện",
    nominee: ["INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"],
    conferredBy: "Chủ tịch UBND cấp huyện (đến 30/6/2025)",
    level: "DISTRICT",
    article: `${LAW}, Điều 75 khoản 1; Điều 80 khoản 2`,
    prerequisites: [{ text: HEAD_RULES("Tiêu chuẩn"), article: `${LAW}, Điều 75 khoản 2` }],
    validTo: ND98_LAST_DAY,
    unverified: [
      "Điểm của Luật Điều 75 khoản 1 về giấy khen cấp huyện chưa được đọc.",
      "Hệ số tiền thưởng (Nghị định 98/2023/NĐ-CP Điều 58) chưa được đọc: Chủ tịch nhập mức thưởng và lý do khi ký quyết định.",
    ],
    note: "Chỉ dùng cho quyết định đến 30/6/2025.",
  }),
  make({
    code: "GK_THU_TRUONG",
    kind: "FORM",
    name: "Giấy khen của thủ trưởng cơ quan, đơn vị (cơ quan chuyên môn thuộc UBND cấp tỉnh; đơn vị có tư cách pháp nhân thuộc Bộ, ban, ngành)",
    nominee: ["INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"],
    conferredBy:
      "Thủ trưởng cơ quan chuyên môn thuộc UBND cấp tỉnh và tương đương; thủ trưởng cơ quan, đơn vị có tư cách pháp nhân thuộc, trực thuộc Bộ, ban, ngành",
    level: "PROVINCE",
    article: `${LAW}, Điều 75 khoản 1 điểm a, c; Điều 80 khoản 1`,
    prerequisites: [{ text: HEAD_RULES("Tiêu chuẩn"), article: `${LAW}, Điều 75 khoản 2` }],
    unverified: [
      GK_INDIVIDUAL_OPEN,
      "Hệ số tiền thưởng tập thể trước 01/7/2025 (Nghị định 98/2023/NĐ-CP Điều 58) chưa được đọc.",
    ],
  }),

  // Hình thức khen thưởng — bằng khen
  make({
    code: "BK_CT_TINH",
    kind: "FORM",
    name: "Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh",
    nominee: ["INDIVIDUAL", "COLLECTIVE"],
    conferredBy: "Chủ tịch UBND cấp tỉnh",
    level: "PROVINCE",
    article: `${LAW}, Điều 74`,
    prerequisites: [
      {
        text: 'Một trong các tiêu chuẩn, ví dụ: có 02 lần liên tục được tặng danh hiệu "Chiến sĩ thi đua cơ sở"; hoặc có liên tục từ 02 năm trở lên được công nhận hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến (hoặc đề tài, đề án, công trình khoa học và công nghệ) được công nhận và áp dụng hiệu quả trong phạm vi cơ sở.',
        article: `${LAW}, Điều 74 khoản 1 điểm d`,
      },
    ],
    unverified: [
      "Hệ số tiền thưởng cá nhân (Nghị định 152/2025/NĐ-CP Điều 54 khoản 1; Nghị định 98/2023/NĐ-CP Điều 58) chưa được đọc: Chủ tịch nhập mức thưởng và lý do khi ký quyết định.",
      STATE_POWER_OPEN,
    ],
  }),
  make({
    code: "BK_BO_NGANH",
    kind: "FORM",
    name: "Bằng khen của Bộ, ban, ngành",
    nominee: ["INDIVIDUAL", "COLLECTIVE"],
    conferredBy: "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ, người đứng đầu ban, ngành",
    level: "CENTRAL",
    article: `${LAW}, Điều 74`,
    prerequisites: [
      { text: "Như Bằng khen của Chủ tịch UBND cấp tỉnh (cùng Điều 74).", article: `${LAW}, Điều 74 khoản 1 điểm d` },
    ],
    unverified: [
      "Hệ số tiền thưởng cá nhân (Nghị định 152/2025/NĐ-CP Điều 54 khoản 1; Nghị định 98/2023/NĐ-CP Điều 58) chưa được đọc.",
      STATE_POWER_OPEN,
    ],
  }),
  make({
    code: "BK_TTG",
    kind: "FORM",
    name: "Bằng khen của Thủ tướng Chính phủ",
    nominee: ["INDIVIDUAL", "COLLECTIVE"],
    conferredBy: "Thủ tướng Chính phủ",
    level: "CENTRAL",
    article: `${LAW}, Điều 73`,
    prerequisites: [
      {
        text: 'Chấp hành tốt chủ trương, chính sách, pháp luật và đạt một trong các tiêu chuẩn, ví dụ: đã được tặng bằng khen của Bộ, ban, ngành, tỉnh và có liên tục từ 05 năm trở lên được công nhận hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có 03 lần được tặng danh hiệu "Chiến sĩ thi đua cơ sở".',
        article: `${LAW}, Điều 73 khoản 1 điểm b`,
      },
    ],
    unverified: [
      "Hệ số tiền thưởng cá nhân (Nghị định 152/2025/NĐ-CP Điều 54 khoản 1; Nghị định 98/2023/NĐ-CP Điều 58) chưa được đọc.",
      STATE_POWER_OPEN,
    ],
  }),

  // Hình thức khen thưởng cấp Nhà nước — ví dụ
  ...(["NHAT", "NHI", "BA"] as const).map((hang) =>
    make({
      code: `HCLD_HANG_${hang}`,
      kind: "FORM",
      name: `Huân chương Lao động hạng ${{ NHAT: "Nhất", NHI: "Nhì", BA: "Ba" }[hang]}`,
      nominee: ["INDIVIDUAL", "COLLECTIVE"],
      conferredBy: "Chủ tịch nước",
      level: "CENTRAL",
      article: `${LAW}; ${ND152}, Điều 51`,
      prerequisites: [],
      unverified: [
        "Điều của Luật về Huân chương Lao động, tiêu chuẩn và thẩm quyền chưa được đối chiếu.",
        ...(hang === "NHAT"
          ? ["Hệ số tiền thưởng trước 01/7/2025 (Nghị định 98/2023/NĐ-CP Điều 55) chưa được đọc."]
          : []),
      ],
      note: "Hình thức khen thưởng cấp Nhà nước: cấp xã, tỉnh chỉ đề nghị. Tập thể được thưởng gấp hai lần cá nhân.",
    }),
  ),
  make({
    code: "HUY_CHUONG",
    kind: "FORM",
    name: "Huy chương (Quân kỳ quyết thắng; Vì an ninh Tổ quốc; Chiến sĩ vẻ vang hạng Nhất, Nhì, Ba; Hữu nghị)",
    nominee: ["INDIVIDUAL"],
    conferredBy: "Chủ tịch nước",
    level: "CENTRAL",
    article: `${LAW}, Điều 54`,
    prerequisites: [
      {
        text: "Tặng cho quân nhân, công nhân, công chức, viên chức quốc phòng; sĩ quan, hạ sĩ quan, chiến sĩ, công nhân công an có quá trình công tác, hoàn thành tốt nhiệm vụ; người nước ngoài có nhiều đóng góp.",
        article: `${LAW}, Điều 54 khoản 1`,
      },
    ],
    unverified: ["Thẩm quyền chưa được đọc nguyên văn.", "Hệ số tiền thưởng chưa được đọc."],
    note: "Không dùng cho lực lượng dân sự cấp xã.",
  }),
];

export function findEntry(code: string): CatalogueEntry | undefined {
  return catalogue.find((e) => e.code === code);
}

/** Who confers `entry` on `onDate` (ISO): the period in force then, else today's authority. */
export function authorityOn(entry: CatalogueEntry, onDate: string): Omit<AuthorityPeriod, "validTo"> {
  const past = entry.authorityHistory?.find((p) => onDate <= p.validTo);
  return past ?? { conferredBy: entry.conferredBy, level: entry.level, article: entry.article };
}
