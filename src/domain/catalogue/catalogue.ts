/**
 * Danh hiệu thi đua và hình thức khen thưởng của Luật Thi đua, khen thưởng số 06/2022/QH15
 * (hiệu lực 01/01/2024), phần dùng ở chính quyền địa phương, kèm căn cứ pháp lý từng con số.
 * Pure reference data: no imports, no I/O.
 *
 * Văn bản hướng dẫn theo thời gian:
 *  - 01/01/2024 – 30/06/2025: Nghị định 98/2023/NĐ-CP (31/12/2023).
 *  - từ 01/07/2025: Nghị định 152/2025/NĐ-CP (14/6/2025); NĐ 98/2023 hết hiệu lực theo
 *    NĐ 152/2025 Điều 59 khoản 2. Cùng ngày, chính quyền địa phương hai cấp: thẩm quyền của
 *    Chủ tịch UBND cấp huyện tại Luật Điều 80 khoản 2 chuyển cho Chủ tịch UBND cấp xã
 *    (Nghị định 129/2025/NĐ-CP; số điều trong NĐ 129 chưa đối chiếu).
 *
 * Every figure carries the article it comes from. A figure that could not be checked against a
 * text is left out (never guessed) and the gap is listed in `unverified`; `verified` is true only
 * when that list is empty. "Hoàn thành nhiệm vụ" is a rating (xếp loại), not a title: it is not here.
 */

export type NomineeKind = "INDIVIDUAL" | "COLLECTIVE" | "HOUSEHOLD";
export type AuthorityLevel = "COMMUNE" | "DISTRICT" | "PROVINCE" | "CENTRAL";

/** Coefficients × mức lương cơ sở. A kind left undefined has no verified figure. */
export type Bonus = { individual?: number; collective?: number; household?: number; article: string };

/** A bonus rule and the period of the decree that sets it (ISO dates, inclusive). */
export type BonusRule = Bonus & { effectiveFrom: string; effectiveTo?: string };

/** Who conferred the entry before a reorganisation (e.g. the district level until 30/6/2025). */
export type AuthorityPeriod = { validTo: string; conferredBy: string; level: AuthorityLevel; article: string };

export type CatalogueEntry = {
  code: string;
  kind: "TITLE" | "FORM";
  name: string;
  nominee: NomineeKind[];
  /** Who may confer it now (after 01/07/2025). */
  conferredBy: string;
  level: AuthorityLevel;
  article: string;
  prerequisites: { text: string; article: string }[];
  cap?: { text: string; share?: number; of?: string; article: string };
  councilVote?: {
    required: boolean;
    threshold?: number;
    of?: "ALL_MEMBERS" | "PRESENT";
    countsWrittenOpinions?: boolean;
    article: string;
  };
  /** The rule in force now (NĐ 152/2025/NĐ-CP). */
  bonus?: Bonus;
  /** Every rule since 01/01/2024, oldest first; `awardAmount` picks the one in force on the decision date. */
  bonusSchedule?: BonusRule[];
  authorityHistory?: AuthorityPeriod[];
  /** Last day the entry can be conferred (e.g. district-level forms end on 30/6/2025). */
  validTo?: string;
  /** What could not be confirmed against a legal text. */
  unverified: string[];
  verified: boolean;
  note?: string;
};

export type BaseSalary = { amount: number; effectiveFrom: string; source: string; note?: string };

const LAW = "Luật TĐKT 2022";
const ND98 = "NĐ 98/2023/NĐ-CP";
const ND152 = "NĐ 152/2025/NĐ-CP";
const ND129 = "NĐ 129/2025/NĐ-CP";
const ND86 = "NĐ 86/2023/NĐ-CP";

const LAW_IN_FORCE = "2024-01-01";
const ND98_TO = "2025-06-30";
const ND152_FROM = "2025-07-01";
const LAST_DISTRICT_DAY = "2025-06-30";

export const CATALOGUE_VERSION: { id: string; effectiveFrom: string; sources: string[] } = {
  id: "tdkt-2022/nd152-2025@2026-11-23",
  effectiveFrom: LAW_IN_FORCE,
  sources: [
    "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022, hiệu lực 01/01/2024 — Công báo số 571+572 ngày 15/7/2022 (vi.wikisource.org, Trang:Cong_bao_Chinh_phu_571_572_nam_2022.pdf/56: Điều 80; /37: Điều 54; /8: Điều 16–18). Điều 21, 25 qua lawnet.vn; Điều 23 qua laodong.vn, giaoduc.net.vn; Điều 24 khoản 1 qua laocai.edu.vn; Điều 29, 30 qua thuviennhadat.vn; Điều 73 khoản 1 qua phunuquandoi.vn; Điều 74 khoản 1 điểm d, Điều 75 khoản 2 qua Bộ Nội vụ trả lời (chinhsachonline.chinhphu.vn, baochinhphu.vn).",
    "Nghị định 98/2023/NĐ-CP ngày 31/12/2023, hiệu lực 01/01/2024 đến 30/6/2025: Điều 53 (nguyên tắc tính tiền thưởng: phunuvietnam.vn/VGP 07/01/2024, laodong.vn), Điều 54 (tiền thưởng danh hiệu: tintuc.thuvienphapluat.com, lsvn.vn, phuongduc.thuathienhue.gov.vn), Điều 55 (Huân chương: laodong.vn), Điều 58 khoản 1 điểm d, g và khoản 2 điểm c (Bộ Nội vụ trả lời qua laodong.vn, baochinhphu.vn).",
    "Nghị định 152/2025/NĐ-CP ngày 14/6/2025, hiệu lực 01/7/2025: Điều 4 (nguyên tắc), Điều 50 (tiền thưởng danh hiệu: dantri.com.vn 03/12/2025, laodong.vn), Điều 51 (Huân chương), Điều 54 khoản 1 (bằng khen, giấy khen: giadinh.suckhoedoisong.vn, laodong.vn), Điều 59 (hiệu lực; thay NĐ 98/2023 và NĐ 28/2024).",
    "Nghị định 129/2025/NĐ-CP ngày 11/6/2025, hiệu lực 01/7/2025 (phân định thẩm quyền chính quyền địa phương 02 cấp, lĩnh vực Bộ Nội vụ): thẩm quyền tại Luật Điều 80 khoản 2, 3 do Chủ tịch UBND cấp xã thực hiện (congdoanvietnam.vn; toàn văn tại tracuuphapluat.net, chưa đọc được điều tương ứng).",
    'Nghị định 86/2023/NĐ-CP ngày 07/12/2023, hiệu lực 30/01/2024: khung tiêu chuẩn, thủ tục xét tặng "Gia đình văn hóa", "Thôn, tổ dân phố văn hóa", "Xã, phường, thị trấn tiêu biểu".',
    "Mức lương cơ sở: NĐ 38/2019/NĐ-CP, NĐ 24/2023/NĐ-CP, NĐ 73/2024/NĐ-CP (Điều 3 khoản 2), NĐ 161/2026/NĐ-CP (Điều 3, Điều 6; bản vbpl.vn sao trong kho leanhvu-ktnn/DANANG_CQ2Cap_KTNN).",
  ],
};

/**
 * Rounding (NĐ 98/2023/NĐ-CP Điều 53 khoản 2): "Tiền thưởng sau khi nhân với hệ số mức lương cơ
 * sở được làm tròn số lên hàng chục nghìn đồng tiền Việt Nam" — up to the next 10.000 đ, as the
 * Ban Thi đua - Khen thưởng Trung ương applied it (1.112.000 → 1.120.000). Base: the mức lương cơ
 * sở in force when the decision is issued (Điều 53 khoản 1). For decisions from 01/7/2025 the same
 * rule is applied; the corresponding article of NĐ 152/2025 has not been read.
 */
export const ROUNDING = {
  step: 10_000,
  mode: "UP" as const,
  article: `${ND98}, Điều 53 khoản 1, 2`,
  verifiedFor152: false,
  note: "NĐ 152/2025/NĐ-CP: điều về nguyên tắc tính tiền thưởng chưa đối chiếu; áp dụng cùng quy tắc làm tròn lên hàng chục nghìn đồng.",
};

/** What the 2025 reorganisation and later texts changed, with the evidence found. */
export const LEGAL_CHANGES: { date: string; text: string; source: string; verified: boolean }[] = [
  {
    date: "2025-07-01",
    text: "NĐ 152/2025/NĐ-CP thay NĐ 98/2023/NĐ-CP và NĐ 28/2024/NĐ-CP; hệ số tiền thưởng danh hiệu giữ nguyên; bằng khen Bộ, ban, ngành, tỉnh 1,5 lần; giấy khen của Chủ tịch UBND cấp xã tăng từ 0,15 lên 0,3 lần mức lương cơ sở.",
    source: `${ND152}, Điều 50, 54 khoản 1 điểm b, e, Điều 59 khoản 2`,
    verified: true,
  },
  {
    date: "2025-07-01",
    text: "Bỏ cấp huyện: thẩm quyền của Chủ tịch UBND cấp huyện (Luật Điều 80 khoản 2: thôn, tổ dân phố văn hóa, Tập thể lao động tiên tiến, Chiến sĩ thi đua cơ sở, Lao động tiên tiến, giấy khen) do Chủ tịch UBND cấp xã thực hiện, cùng thẩm quyền cũ của cấp xã (khoản 3: Lao động tiên tiến, giấy khen, Gia đình văn hóa).",
    source: `${ND129} (điều cụ thể chưa đối chiếu; nguồn: congdoanvietnam.vn)`,
    verified: false,
  },
  {
    date: "2026-07-01",
    text: "Mức lương cơ sở 2.530.000 đồng/tháng; NĐ 73/2024/NĐ-CP hết hiệu lực.",
    source: "NĐ 161/2026/NĐ-CP ngày 15/5/2026, Điều 3, Điều 6",
    verified: true,
  },
  {
    date: "2026-10-01",
    text: 'Một kho mã nguồn (dự án sinh viên) ghi "Luật 06/2026/QH16" sửa đổi Luật TĐKT, hiệu lực 01/10/2026, và siêu dữ liệu vbpl ghi NĐ 152/2025 hết hiệu lực 01/3/2027. Không tìm được văn bản gốc: chưa áp dụng vào danh mục.',
    source: "Chưa xác minh",
    verified: false,
  },
];

/**
 * Mức lương cơ sở, oldest first. 1.490.000 đ lasted until 30/6/2023 (the 1.600.000 đ planned for
 * 01/7/2020 was never applied).
 */
export const BASE_SALARIES: BaseSalary[] = [
  { amount: 1_490_000, effectiveFrom: "2019-07-01", source: "NĐ 38/2019/NĐ-CP" },
  { amount: 1_800_000, effectiveFrom: "2023-07-01", source: "NĐ 24/2023/NĐ-CP" },
  { amount: 2_340_000, effectiveFrom: "2024-07-01", source: "NĐ 73/2024/NĐ-CP, Điều 3 khoản 2" },
  {
    amount: 2_530_000,
    effectiveFrom: "2026-07-01",
    source: "NĐ 161/2026/NĐ-CP, Điều 3; Điều 6 (hiệu lực 01/7/2026, thay NĐ 73/2024/NĐ-CP)",
    note: "Đối chiếu qua bản toàn văn vbpl.vn sao trong kho GitHub leanhvu-ktnn/DANANG_CQ2Cap_KTNN, chưa xem trực tiếp Công báo.",
  },
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

function day(isoDate: string): string {
  if (!ISO_DATE.test(isoDate)) throw new RangeError(`Ngày không đúng dạng YYYY-MM-DD: ${isoDate}`);
  return isoDate.slice(0, 10);
}

/** The mức lương cơ sở in force on a Vietnam calendar day, or null before 01/7/2019. */
export function baseSalaryOn(isoDate: string): BaseSalary | null {
  const d = day(isoDate);
  let found: BaseSalary | null = null;
  for (const s of BASE_SALARIES) if (s.effectiveFrom <= d) found = s;
  return found;
}

// --- building blocks ---------------------------------------------------------------------------

type Draft = Omit<CatalogueEntry, "verified" | "bonus" | "unverified"> & { unverified?: string[] };

function make(d: Draft): CatalogueEntry {
  const unverified = d.unverified ?? [];
  const current = d.bonusSchedule?.[d.bonusSchedule.length - 1];
  const bonus: Bonus | undefined = current
    ? {
        individual: current.individual,
        collective: current.collective,
        household: current.household,
        article: current.article,
      }
    : undefined;
  return { ...d, bonus, unverified, verified: unverified.length === 0 };
}

/** Same coefficients under NĐ 98/2023 (article a98) and NĐ 152/2025 (article a152). */
function both(coef: Omit<Bonus, "article">, a98: string, a152: string): BonusRule[] {
  return [
    { ...coef, article: a98, effectiveFrom: LAW_IN_FORCE, effectiveTo: ND98_TO },
    { ...coef, article: a152, effectiveFrom: ND152_FROM },
  ];
}

const TITLE_98_I = `${ND98}, Điều 54 khoản 1`;
const TITLE_98_C = `${ND98}, Điều 54 khoản 2`;
const TITLE_152 = `${ND152}, Điều 50`;

const ART80_LOCAL = `${LAW}, Điều 80 khoản 2, 3; ${ND129}`;

const DISTRICT_BEFORE_2025 = (what: string): AuthorityPeriod => ({
  validTo: LAST_DISTRICT_DAY,
  conferredBy: `Chủ tịch UBND cấp huyện (${what}); thủ trưởng cơ quan, tổ chức, đơn vị có tư cách pháp nhân thuộc Bộ, ban, ngành, thủ trưởng cơ quan chuyên môn thuộc UBND cấp tỉnh; Tổng giám đốc, Giám đốc doanh nghiệp, hợp tác xã`,
  level: "DISTRICT",
  article: `${LAW}, Điều 80 khoản 1, 2, 4`,
});

const NO_COUNCIL_2022 =
  "tỷ lệ phiếu của Hội đồng Thi đua - Khen thưởng theo NĐ 98/2023 và NĐ 152/2025 chưa đối chiếu (văn bản cũ NĐ 91/2017/NĐ-CP Điều 45 khoản 8: từ 90% tổng số thành viên, lấy ý kiến bằng văn bản nếu vắng — đã hết hiệu lực)";

// --- the catalogue -----------------------------------------------------------------------------

export const catalogue: CatalogueEntry[] = [
  // Danh hiệu thi đua — cá nhân
  make({
    code: "LDTT",
    kind: "TITLE",
    name: "Lao động tiên tiến",
    nominee: ["INDIVIDUAL"],
    conferredBy:
      "Chủ tịch UBND cấp xã; thủ trưởng cơ quan, tổ chức, đơn vị có tư cách pháp nhân thuộc Bộ, ban, ngành, thủ trưởng cơ quan chuyên môn thuộc UBND cấp tỉnh; Tổng giám đốc, Giám đốc doanh nghiệp, hợp tác xã",
    level: "COMMUNE",
    article: `${LAW}, Điều 24 khoản 1; Điều 80 khoản 1, 3, 4`,
    prerequisites: [
      {
        text: "Hoàn thành tốt nhiệm vụ trở lên (cán bộ, công chức, viên chức, người lao động).",
        article: `${LAW}, Điều 24 khoản 1 điểm a`,
      },
      {
        text: "Có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua.",
        article: `${LAW}, Điều 24 khoản 1 điểm b`,
      },
    ],
    bonusSchedule: both({ individual: 0.3 }, TITLE_98_I, TITLE_152),
    authorityHistory: [
      {
        validTo: LAST_DISTRICT_DAY,
        conferredBy: "Chủ tịch UBND cấp xã; Chủ tịch UBND cấp huyện; thủ trưởng cơ quan, đơn vị có tư cách pháp nhân",
        level: "COMMUNE",
        article: `${LAW}, Điều 80 khoản 1, 2, 3`,
      },
    ],
    note: "Luật không quy định tỷ lệ tối đa; Bộ, ban, ngành, tỉnh quy định chi tiết tiêu chuẩn. Tiêu chuẩn cho công nhân, nông dân, người lao động khác (các khoản sau của Điều 24) chưa trích ở đây.",
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
    bonusSchedule: both({ individual: 0.3 }, TITLE_98_I, TITLE_152),
    unverified: [
      "conferredBy: phần cuối Luật Điều 80 khoản 5 chưa đọc được; cấp của người quyết định tùy quy định BQP/BCA",
      "prerequisites: tiêu chuẩn Chiến sĩ tiên tiến (Điều 24) chưa trích nguyên văn",
    ],
    note: "Danh hiệu tương đương Lao động tiên tiến cho quân nhân, công an, dân quân thường trực, dân quân tự vệ cơ động.",
  }),
  make({
    code: "CSTD_CS",
    kind: "TITLE",
    name: "Chiến sĩ thi đua cơ sở",
    nominee: ["INDIVIDUAL"],
    conferredBy:
      "Chủ tịch UBND cấp xã (từ 01/7/2025, thực hiện thẩm quyền của Chủ tịch UBND cấp huyện); thủ trưởng cơ quan, tổ chức, đơn vị có tư cách pháp nhân thuộc Bộ, ban, ngành, thủ trưởng cơ quan chuyên môn thuộc UBND cấp tỉnh; Tổng giám đốc, Giám đốc doanh nghiệp, hợp tác xã",
    level: "COMMUNE",
    article: `${LAW}, Điều 23; Điều 80 khoản 1, 2, 4; ${ND129}`,
    prerequisites: [
      {
        text: 'Đạt tiêu chuẩn danh hiệu "Lao động tiên tiến" hoặc "Chiến sĩ tiên tiến".',
        article: `${LAW}, Điều 23 khoản 1`,
      },
      {
        text: "Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được cơ sở công nhận hoặc có đề tài khoa học, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu, hoặc mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu được đơn vị công nhận.",
        article: `${LAW}, Điều 23 khoản 2`,
      },
    ],
    cap: {
      of: "LDTT",
      text: 'Không thấy tỷ lệ tối đa trong các đoạn đã đọc của Luật 2022, NĐ 98/2023, NĐ 152/2025. Mức "không quá 15% số cá nhân đạt Lao động tiên tiến/Chiến sĩ tiên tiến" là của văn bản cũ; Bộ, ngành, tỉnh có thể tự quy định tỷ lệ.',
      article: "NĐ 91/2017/NĐ-CP, Điều 9 khoản 3 (hết hiệu lực từ 01/01/2024)",
    },
    bonusSchedule: both({ individual: 1.0 }, TITLE_98_I, TITLE_152),
    authorityHistory: [DISTRICT_BEFORE_2025("xã trình")],
    unverified: [
      "cap: không tìm được quy định hiện hành về tỷ lệ; không dùng 15% của NĐ 91/2017",
      `conferredBy từ 01/7/2025: ${ND129} đọc qua bài báo, số điều chưa đối chiếu`,
    ],
    note: "Trước 01/7/2025 cấp xã đề nghị, Chủ tịch UBND cấp huyện quyết định. Khi sửa Luật (dự thảo sửa 47 điều) từng đề xuất bắt buộc có sáng kiến; chưa thấy văn bản được thông qua.",
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
    prerequisites: [
      {
        text: 'Có thành tích xuất sắc tiêu biểu, được lựa chọn trong số những cá nhân có 03 lần liên tục được tặng danh hiệu "Chiến sĩ thi đua cơ sở".',
        article: `${LAW}, Điều 22 khoản 1`,
      },
      {
        text: "Có sáng kiến đã được áp dụng hiệu quả và có khả năng nhân rộng trong Bộ, ban, ngành, tỉnh hoặc đề tài khoa học, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu, áp dụng hiệu quả, có phạm vi ảnh hưởng trong Bộ, ban, ngành, tỉnh, hoặc mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu có phạm vi ảnh hưởng tương ứng.",
        article: `${LAW}, Điều 22 khoản 1`,
      },
    ],
    bonusSchedule: both({ individual: 3.0 }, TITLE_98_I, TITLE_152),
    unverified: [
      "article: số Điều 22 suy ra từ Điều 21 (CSTĐ toàn quốc) và Điều 23 (CSTĐ cơ sở) đã đối chiếu; nội dung tiêu chuẩn qua baoyenbai.com.vn, baohatinh.vn",
      "conferredBy: điều về thẩm quyền của Bộ trưởng, Chủ tịch UBND cấp tỉnh chưa đọc nguyên văn",
      `councilVote: ${NO_COUNCIL_2022}`,
    ],
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
        text: "Có thành tích xuất sắc tiêu biểu, được lựa chọn trong số những cá nhân có 02 lần liên tục được tặng danh hiệu chiến sĩ thi đua Bộ, ban, ngành, tỉnh.",
        article: `${LAW}, Điều 21 khoản 1 điểm a`,
      },
      {
        text: "Có sáng kiến đã được áp dụng hiệu quả và có khả năng nhân rộng trong toàn quốc, hoặc đề tài, đề án, công trình khoa học và công nghệ đã được nghiệm thu, áp dụng hiệu quả, có phạm vi ảnh hưởng trong toàn quốc, hoặc mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu có phạm vi ảnh hưởng trong toàn quốc.",
        article: `${LAW}, Điều 21 khoản 1 điểm b`,
      },
    ],
    bonusSchedule: both({ individual: 4.5 }, TITLE_98_I, TITLE_152),
    unverified: [
      "conferredBy: điều về thẩm quyền của Thủ tướng chưa đọc nguyên văn",
      `councilVote: ${NO_COUNCIL_2022}`,
    ],
  }),

  // Danh hiệu thi đua — tập thể
  make({
    code: "TTLDTT",
    kind: "TITLE",
    name: "Tập thể lao động tiên tiến",
    nominee: ["COLLECTIVE"],
    conferredBy:
      "Chủ tịch UBND cấp xã (từ 01/7/2025, thực hiện thẩm quyền của Chủ tịch UBND cấp huyện); thủ trưởng cơ quan, tổ chức, đơn vị có tư cách pháp nhân thuộc Bộ, ban, ngành, thủ trưởng cơ quan chuyên môn thuộc UBND cấp tỉnh; Tổng giám đốc, Giám đốc doanh nghiệp, hợp tác xã",
    level: "COMMUNE",
    article: `${LAW}, Điều 28; Điều 80 khoản 1, 2, 4; ${ND129}`,
    prerequisites: [],
    bonusSchedule: both({ collective: 0.8 }, TITLE_98_C, TITLE_152),
    authorityHistory: [DISTRICT_BEFORE_2025("cấp xã không có thẩm quyền")],
    unverified: [
      "prerequisites: tiêu chuẩn Điều 28 (kể cả tỷ lệ cá nhân đạt Lao động tiên tiến trong tập thể) chưa đọc nguyên văn",
      `conferredBy từ 01/7/2025: ${ND129}, số điều chưa đối chiếu`,
    ],
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
    bonusSchedule: both({ collective: 0.8 }, TITLE_98_C, TITLE_152),
    unverified: ["conferredBy: Luật Điều 80 khoản 5 đọc không hết", "prerequisites: chưa trích Điều 28"],
  }),
  make({
    code: "TTLDXS",
    kind: "TITLE",
    name: "Tập thể lao động xuất sắc",
    nominee: ["COLLECTIVE"],
    conferredBy: "Chủ tịch UBND cấp tỉnh; Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, người đứng đầu ban, ngành",
    level: "PROVINCE",
    article: `${LAW}, Điều 27`,
    prerequisites: [],
    bonusSchedule: both({ collective: 1.5 }, TITLE_98_C, TITLE_152),
    unverified: [
      "article: Điều 27 suy ra từ thứ tự (Điều 25 Cờ thi đua của Chính phủ, Điều 28 Tập thể lao động tiên tiến đã đối chiếu)",
      "prerequisites: tiêu chuẩn Điều 27 chưa đọc nguyên văn",
      "conferredBy: điều về thẩm quyền cấp tỉnh chưa đọc nguyên văn",
    ],
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
    bonusSchedule: both({ collective: 1.5 }, TITLE_98_C, TITLE_152),
    unverified: [
      "conferredBy: theo văn bản cũ (NĐ 91/2017 Điều 43 khoản 1); thẩm quyền theo Luật 2022 chưa đối chiếu",
      "prerequisites: chưa trích Điều 27",
    ],
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
    prerequisites: [],
    bonusSchedule: both({ collective: 8.0 }, TITLE_98_C, TITLE_152),
    unverified: [
      "prerequisites: tiêu chuẩn Điều 26 chưa đọc nguyên văn (số điều qua Thông tư 15/2025/TT-BXD dẫn khoản 3 Điều 26)",
      "conferredBy: điều về thẩm quyền cấp tỉnh chưa đọc nguyên văn",
    ],
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
        text: "Tặng hằng năm cho tập thể tiêu biểu xuất sắc trong số các tập thể dẫn đầu cụm, khối thi đua do Bộ, ban, ngành, tỉnh tổ chức: thành tích xuất sắc, hoàn thành vượt mức chỉ tiêu thi đua và nhiệm vụ được giao trong năm; nội bộ đoàn kết, tổ chức đảng, đoàn thể trong sạch, vững mạnh, đi đầu thực hành tiết kiệm, chống lãng phí, phòng, chống tham nhũng, tiêu cực.",
        article: `${LAW}, Điều 25 khoản 1`,
      },
      {
        text: "Hoặc tập thể dẫn đầu cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức; hoặc dẫn đầu phong trào thi đua do Thủ tướng phát động từ 05 năm trở lên khi sơ kết, tổng kết.",
        article: `${LAW}, Điều 25 khoản 2, 3`,
      },
    ],
    bonusSchedule: both({ collective: 12.0 }, TITLE_98_C, TITLE_152),
    unverified: [
      "conferredBy: điều về thẩm quyền của Thủ tướng chưa đọc nguyên văn",
      "councilVote: tỷ lệ phiếu chưa đối chiếu",
    ],
    note: "Điều 25 đối chiếu qua bản dịch tiếng Anh (lawnet.vn).",
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
        text: "Dẫn đầu phong trào thi đua cấp huyện; thực hiện tốt nhiệm vụ kinh tế - xã hội, quốc phòng, an ninh, trật tự, an toàn xã hội; đời sống kinh tế ổn định và từng bước phát triển; đời sống văn hóa, tinh thần lành mạnh, phong phú; môi trường an toàn, thân thiện, cảnh quan sạch đẹp; chấp hành tốt chủ trương của Đảng, chính sách, pháp luật.",
        article: `${LAW}, Điều 29 khoản 1`,
      },
      {
        text: "UBND cấp tỉnh quy định chi tiết tiêu chuẩn trên cơ sở khung tiêu chuẩn của Chính phủ.",
        article: `${LAW}, Điều 29 khoản 2; ${ND86}, Phụ lục III`,
      },
    ],
    bonusSchedule: both({ collective: 2.0 }, TITLE_98_C, TITLE_152),
    unverified: [
      'prerequisites từ 01/7/2025: tiêu chí "dẫn đầu phong trào thi đua cấp huyện" và thủ tục cấp huyện trình (NĐ 86/2023) khi không còn cấp huyện chưa đối chiếu văn bản thay thế',
    ],
    note: 'Từ 01/7/2025 NĐ 152/2025 gọi là "xã, phường, đặc khu tiêu biểu" (mức thưởng 2,0 giữ nguyên).',
  }),
  make({
    code: "THON_TDP_VAN_HOA",
    kind: "TITLE",
    name: "Thôn, tổ dân phố văn hóa",
    nominee: ["COLLECTIVE"],
    conferredBy: "Chủ tịch UBND cấp xã (từ 01/7/2025, thực hiện thẩm quyền của Chủ tịch UBND cấp huyện)",
    level: "COMMUNE",
    article: `${LAW}, Điều 30; ${ART80_LOCAL}; ${ND86}`,
    prerequisites: [
      {
        text: "Tặng hằng năm cho thôn, tổ dân phố trong phạm vi cấp xã: đời sống kinh tế ổn định và phát triển; đời sống văn hóa, tinh thần lành mạnh, phong phú; (các tiêu chuẩn còn lại của Điều 30 khoản 1).",
        article: `${LAW}, Điều 30 khoản 1; ${ND86}, Phụ lục II`,
      },
    ],
    bonusSchedule: both({ collective: 1.5 }, TITLE_98_C, TITLE_152),
    authorityHistory: [
      {
        validTo: LAST_DISTRICT_DAY,
        conferredBy: "Chủ tịch UBND cấp huyện",
        level: "DISTRICT",
        article: `${LAW}, Điều 80 khoản 2`,
      },
    ],
    unverified: [
      `conferredBy từ 01/7/2025: ${ND129}, số điều chưa đối chiếu`,
      "prerequisites: Điều 30 khoản 1 mới đọc được điểm a, b",
    ],
  }),

  // Danh hiệu thi đua — hộ gia đình
  make({
    code: "GIA_DINH_VAN_HOA",
    kind: "TITLE",
    name: "Gia đình văn hóa",
    nominee: ["HOUSEHOLD"],
    conferredBy: "Chủ tịch UBND cấp xã",
    level: "COMMUNE",
    article: `${LAW}, Điều 80 khoản 3; ${ND86}`,
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
      "article: số điều của Luật quy định danh hiệu (sau Điều 30) chưa đối chiếu",
      "bonus: không tìm được mức tiền thưởng (nếu có) cho Gia đình văn hóa trong NĐ 98/2023, NĐ 152/2025",
    ],
    note: "Danh hiệu thi đua duy nhất dành cho hộ gia đình trong Luật 2022.",
  }),

  // Hình thức khen thưởng — giấy khen
  make({
    code: "GK_CT_XA",
    kind: "FORM",
    name: "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã",
    nominee: ["INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"],
    conferredBy: "Chủ tịch UBND cấp xã",
    level: "COMMUNE",
    article: `${LAW}, Điều 75 khoản 1 điểm d; Điều 80 khoản 3`,
    prerequisites: [
      { text: "Tiêu chuẩn do Bộ, ban, ngành, tỉnh quy định chi tiết.", article: `${LAW}, Điều 75 khoản 2` },
    ],
    bonusSchedule: [
      {
        individual: 0.15,
        article: `${ND98}, Điều 58 khoản 1 điểm g`,
        effectiveFrom: LAW_IN_FORCE,
        effectiveTo: ND98_TO,
      },
      { individual: 0.3, article: `${ND152}, Điều 54 khoản 1 điểm e`, effectiveFrom: ND152_FROM },
    ],
    unverified: [
      "bonus tập thể: NĐ 98/2023 Điều 58 khoản 2 điểm c cho gấp hai lần mức của khoản 1 điểm e (hệ số điểm e chưa đọc); quy định tương ứng của NĐ 152/2025 chưa đối chiếu",
      "bonus hộ gia đình: chưa tìm thấy",
    ],
  }),
  make({
    code: "GK_CT_HUYEN",
    kind: "FORM",
    name: "Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện",
    nominee: ["INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"],
    conferredBy: "Chủ tịch UBND cấp huyện (không còn từ 01/7/2025)",
    level: "DISTRICT",
    article: `${LAW}, Điều 75 khoản 1; Điều 80 khoản 2`,
    prerequisites: [
      { text: "Tiêu chuẩn do Bộ, ban, ngành, tỉnh quy định chi tiết.", article: `${LAW}, Điều 75 khoản 2` },
    ],
    validTo: LAST_DISTRICT_DAY,
    unverified: [
      "article: điểm của Điều 75 khoản 1 ghi giấy khen cấp huyện chưa đọc được",
      "bonus: hệ số theo NĐ 98/2023 Điều 58 chưa đọc được (NĐ 91/2017 cũ: 0,3)",
    ],
    note: "Chỉ dùng cho quyết định đến 30/6/2025 (chính quyền ba cấp).",
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
    prerequisites: [
      { text: "Tiêu chuẩn do Bộ, ban, ngành, tỉnh quy định chi tiết.", article: `${LAW}, Điều 75 khoản 2` },
    ],
    bonusSchedule: [{ individual: 0.3, article: `${ND152}, Điều 54 khoản 1 điểm e`, effectiveFrom: ND152_FROM }],
    unverified: [
      "bonus trước 01/7/2025: hệ số NĐ 98/2023 Điều 58 khoản 1 điểm e chưa đọc được",
      "bonus tập thể, hộ gia đình: chưa đối chiếu",
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
        text: 'Một trong các tiêu chuẩn, ví dụ: có 02 lần liên tục được tặng danh hiệu "Chiến sĩ thi đua cơ sở", hoặc có liên tục từ 02 năm trở lên được công nhận hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến (hoặc 02 đề tài, đề án, công trình khoa học và công nghệ) được công nhận và áp dụng hiệu quả trong phạm vi cơ sở.',
        article: `${LAW}, Điều 74 khoản 1 điểm d`,
      },
    ],
    bonusSchedule: [{ individual: 1.5, article: `${ND152}, Điều 54 khoản 1 điểm b`, effectiveFrom: ND152_FROM }],
    unverified: [
      "bonus 01/01/2024–30/6/2025: hệ số NĐ 98/2023 Điều 58 khoản 1 điểm b chưa đọc được (NĐ 91/2017 cũ: 1,0)",
      "bonus tập thể: chưa đối chiếu (các văn bản cũ: gấp hai lần cá nhân)",
      "nominee hộ gia đình: chưa đối chiếu Điều 74",
      "conferredBy: điều về thẩm quyền cấp tỉnh chưa đọc nguyên văn",
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
    bonusSchedule: [{ individual: 1.5, article: `${ND152}, Điều 54 khoản 1 điểm b`, effectiveFrom: ND152_FROM }],
    unverified: [
      "bonus trước 01/7/2025 và bonus tập thể: chưa đối chiếu",
      "conferredBy: điều về thẩm quyền chưa đọc nguyên văn",
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
    bonusSchedule: [{ individual: 3.5, article: `${ND152}, Điều 54 khoản 1 điểm a`, effectiveFrom: ND152_FROM }],
    unverified: [
      "bonus trước 01/7/2025: hệ số NĐ 98/2023 Điều 58 khoản 1 điểm a chưa đọc được (NĐ 91/2017 cũ: 3,5)",
      "bonus tập thể, nominee hộ gia đình: chưa đối chiếu",
      "conferredBy: điều về thẩm quyền của Thủ tướng chưa đọc nguyên văn",
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
      article: `${LAW} (điều về \"Huân chương Lao động\" — số điều chưa đối chiếu); ${ND152}, Điều 51`,
      prerequisites: [],
      bonusSchedule: [
        ...(hang === "NHAT"
          ? []
          : [
              {
                ...{ NHI: { individual: 7.5, collective: 15 }, BA: { individual: 4.5, collective: 9 } }[hang],
                article: `${ND98}, Điều 55 khoản 1 điểm ${hang === "NHI" ? "g" : "h"}, khoản 2`,
                effectiveFrom: LAW_IN_FORCE,
                effectiveTo: ND98_TO,
              },
            ]),
        {
          ...{
            NHAT: { individual: 9.0, collective: 18 },
            NHI: { individual: 7.5, collective: 15 },
            BA: { individual: 4.5, collective: 9 },
          }[hang],
          article: `${ND152}, Điều 51 khoản 1 điểm ${{ NHAT: "e", NHI: "g", BA: "h" }[hang]}, khoản 2`,
          effectiveFrom: ND152_FROM,
        },
      ],
      unverified: [
        "article: điều của Luật về Huân chương Lao động và tiêu chuẩn chưa đối chiếu",
        "conferredBy: thẩm quyền Chủ tịch nước chưa đọc nguyên văn",
        ...(hang === "NHAT" ? ["bonus trước 01/7/2025: NĐ 98/2023 Điều 55 khoản 1 điểm e chưa đọc được"] : []),
      ],
      note: "Ví dụ hình thức khen thưởng cấp Nhà nước; cấp xã, tỉnh chỉ đề nghị. Tập thể: gấp hai lần cá nhân (NĐ 98/2023 Điều 55 khoản 2; NĐ 152/2025 Điều 51 khoản 2).",
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
    unverified: [
      "conferredBy: chưa đọc nguyên văn",
      "bonus: mức tiền thưởng Huy chương trong NĐ 98/2023, NĐ 152/2025 chưa đọc được (NĐ 91/2017 cũ: 1,5)",
    ],
    note: "Ví dụ; không thuộc lực lượng dân sự cấp xã. Luật Điều 54 đối chiếu theo Công báo số 571+572/2022, trang 38.",
  }),
];

export function findEntry(code: string): CatalogueEntry | undefined {
  return catalogue.find((e) => e.code === code);
}

const KIND_KEY = { INDIVIDUAL: "individual", COLLECTIVE: "collective", HOUSEHOLD: "household" } as const;

/**
 * Tiền thưởng kèm theo `entry` cho `nominee`, theo quyết định ban hành ngày `onDate` (ngày Việt Nam):
 * hệ số của nghị định đang có hiệu lực hôm đó × mức lương cơ sở hôm đó, làm tròn lên hàng chục
 * nghìn đồng (NĐ 98/2023 Điều 53). Null when the law was not yet in force, the entry could no
 * longer be conferred, or no coefficient for that nominee and day has been verified.
 */
export function awardAmount(
  entry: CatalogueEntry,
  nominee: NomineeKind,
  onDate: string,
): { amount: number; coefficient: number; baseSalary: number; article: string } | null {
  const d = day(onDate);
  if (d < LAW_IN_FORCE) return null;
  if (entry.validTo && d > entry.validTo) return null;
  const rule = entry.bonusSchedule?.find((r) => r.effectiveFrom <= d && (!r.effectiveTo || d <= r.effectiveTo));
  const coefficient = rule?.[KIND_KEY[nominee]];
  if (rule === undefined || coefficient === undefined) return null;
  const base = baseSalaryOn(d);
  if (!base) return null;
  // Coefficients have at most two decimals; salaries are whole thousands: integer arithmetic.
  const exact = (Math.round(coefficient * 100) * base.amount) / 100;
  const amount = Math.ceil(exact / ROUNDING.step) * ROUNDING.step;
  const rounding =
    rule.effectiveFrom >= ND152_FROM
      ? `${ROUNDING.article} (áp dụng tiếp; điều tương ứng của ${ND152} chưa đối chiếu)`
      : ROUNDING.article;
  return {
    amount,
    coefficient,
    baseSalary: base.amount,
    article: `${rule.article}; làm tròn: ${rounding}; lương cơ sở: ${base.source}`,
  };
}
