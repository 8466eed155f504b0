/**
 * The demo's two-level world (from 1/7/2025): Tỉnh Hưng Yên with Xã Như Quỳnh and Xã Đại Đồng,
 * real units with official codes (units.ts: Công văn 1027/CTK-CSCL, NQ 1666/NQ-UBTVQH15). Since
 * 1/7/2025 the commune chair confers Chiến sĩ thi đua cơ sở (NĐ 129/2025/NĐ-CP Điều 59) and each
 * province sets the procedures for its communes (NĐ 152/2025/NĐ-CP Điều 6 khoản 2 điểm c).
 *
 * INVENTED for the demo: people, accounts, the 2026 plan, and the province's decision (its number,
 * date and content). The content follows what legal-facts.md reports of real provincial rules
 * (Bắc Ninh QĐ 86/2025/QĐ-UBND: ≥ 80 % of members present for award sessions; Tập thể LĐTT with
 * ≥ 70 % of members Lao động tiên tiến) and the commune procedure of QĐ 638/QĐ-BNV (the dossier
 * holds the council's minutes and vote result).
 */

/** Official codes of the two-level era (validFrom 1/7/2025); the same codes name older units too. */
export const TWO_LEVEL_CODES = { hungYen: "33", nhuQuynh: "12004", daiDong: "11995" } as const;
const C = TWO_LEVEL_CODES;

type RoleName = "ADMIN" | "OFFICER" | "REVIEWER" | "COUNCIL_MEMBER" | "CHAIR";

export const twoLevelAccounts: { email: string; name: string; roles: [string, RoleName][] }[] = [
  { email: "quantri.hungyen@thidua.vn", name: "Đỗ Thị Ngọc Lan", roles: [[C.hungYen, "ADMIN"]] },
  // Sở Nội vụ (its Ban Thi đua – Khen thưởng): reviews, and keeps the province's rules for communes.
  {
    email: "noivu.hungyen@thidua.vn",
    name: "Phạm Quốc Khánh",
    roles: [
      [C.hungYen, "REVIEWER"],
      [C.hungYen, "OFFICER"],
    ],
  },
  { email: "quantri.nhuquynh@thidua.vn", name: "Nguyễn Thị Hồng", roles: [[C.nhuQuynh, "ADMIN"]] },
  // The commune's officer is also the council's secretary (thư ký Hội đồng).
  {
    email: "canbo.nhuquynh@thidua.vn",
    name: "Lê Văn Quyết",
    roles: [
      [C.nhuQuynh, "OFFICER"],
      [C.nhuQuynh, "COUNCIL_MEMBER"],
    ],
  },
  {
    email: "chutich.nhuquynh@thidua.vn",
    name: "Vũ Đức Thắng",
    roles: [
      [C.nhuQuynh, "CHAIR"],
      [C.nhuQuynh, "COUNCIL_MEMBER"],
    ],
  },
  { email: "hoidong1.nhuquynh@thidua.vn", name: "Trần Thị Thanh Hoa", roles: [[C.nhuQuynh, "COUNCIL_MEMBER"]] },
  { email: "hoidong2.nhuquynh@thidua.vn", name: "Nguyễn Văn Chiến", roles: [[C.nhuQuynh, "COUNCIL_MEMBER"]] },
  {
    email: "canbo.daidong@thidua.vn",
    name: "Hoàng Thị Yến",
    roles: [
      [C.daiDong, "OFFICER"],
      [C.daiDong, "COUNCIL_MEMBER"],
    ],
  },
  {
    email: "chutich.daidong@thidua.vn",
    name: "Đặng Văn Toàn",
    roles: [
      [C.daiDong, "CHAIR"],
      [C.daiDong, "COUNCIL_MEMBER"],
    ],
  },
  { email: "hoidong.daidong@thidua.vn", name: "Lưu Thị Bích", roles: [[C.daiDong, "COUNCIL_MEMBER"]] },
];

type Person = { fullName: string; dateOfBirth: string; gender: "NAM" | "NU"; position: string; organisation: string };
const p = (fullName: string, dateOfBirth: string, gender: "NAM" | "NU", position: string, organisation: string) => ({
  fullName,
  dateOfBirth,
  gender,
  position,
  organisation,
});

/** The commune offices of the two-level model that the demo needs. */
type OrgKind = "CO_QUAN" | "BO_PHAN" | "THON_TO_DAN_PHO";
const offices: [string, OrgKind][] = [
  ["Ủy ban nhân dân xã", "CO_QUAN"],
  ["Văn phòng HĐND và UBND", "BO_PHAN"],
  ["Phòng Kinh tế", "BO_PHAN"],
  ["Phòng Văn hóa - Xã hội", "BO_PHAN"],
];
export const twoLevelOrganisations: Record<string, [string, OrgKind][]> = {
  [C.nhuQuynh]: [...offices, ["Thôn Ngọc Quỳnh", "THON_TO_DAN_PHO"]],
  [C.daiDong]: offices,
};

export const twoLevelPeople: Record<string, Person[]> = {
  [C.nhuQuynh]: [
    p("Vũ Đức Thắng", "1974-05-02", "NAM", "Chủ tịch UBND xã", "Ủy ban nhân dân xã"),
    p("Lê Văn Quyết", "1988-03-14", "NAM", "Chuyên viên Văn phòng HĐND và UBND", "Văn phòng HĐND và UBND"),
    p("Trần Thị Thanh Hoa", "1980-10-21", "NU", "Phó Chủ tịch UBND xã", "Ủy ban nhân dân xã"),
    p("Nguyễn Văn Chiến", "1983-12-01", "NAM", "Trưởng Phòng Kinh tế", "Phòng Kinh tế"),
    p("Nguyễn Thị Hồng", "1990-07-07", "NU", "Chuyên viên Văn phòng HĐND và UBND", "Văn phòng HĐND và UBND"),
    p("Đào Minh Tuấn", "1986-09-18", "NAM", "Chuyên viên Phòng Kinh tế", "Phòng Kinh tế"),
    p("Phạm Thị Thu Trang", "1991-04-26", "NU", "Chuyên viên Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội"),
    p("Ngô Văn Lực", "1979-01-09", "NAM", "Chuyên viên Phòng Kinh tế", "Phòng Kinh tế"),
  ],
  [C.daiDong]: [
    p("Đặng Văn Toàn", "1972-06-30", "NAM", "Chủ tịch UBND xã", "Ủy ban nhân dân xã"),
    p("Hoàng Thị Yến", "1987-02-11", "NU", "Chuyên viên Văn phòng HĐND và UBND", "Văn phòng HĐND và UBND"),
    p("Lưu Thị Bích", "1984-08-15", "NU", "Trưởng Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội"),
    p("Tạ Quang Huy", "1990-11-03", "NAM", "Chuyên viên Phòng Kinh tế", "Phòng Kinh tế"),
  ],
};

/** 2026 results: who is eligible for what in the 2026 round (Luật TĐKT 2022 Điều 23, 24). */
export const twoLevelRatings: { unitCode: string; person: string; rating: "HTXSNV" | "HTTNV" }[] = [
  { unitCode: C.nhuQuynh, person: "Đào Minh Tuấn", rating: "HTXSNV" },
  { unitCode: C.nhuQuynh, person: "Phạm Thị Thu Trang", rating: "HTTNV" },
  { unitCode: C.nhuQuynh, person: "Ngô Văn Lực", rating: "HTTNV" },
  { unitCode: C.nhuQuynh, person: "Nguyễn Thị Hồng", rating: "HTTNV" },
  { unitCode: C.daiDong, person: "Tạ Quang Huy", rating: "HTXSNV" },
];
/** Phạm Thị Thu Trang's initiative makes her eligible for CSTĐ cơ sở with a "hoàn thành tốt" rating. */
export const twoLevelInitiatives = [
  {
    unitCode: C.nhuQuynh,
    person: "Phạm Thị Thu Trang",
    title: "Số hóa hồ sơ chứng thực tại Bộ phận Một cửa xã",
    recognisedOn: "2026-10-15",
    recognisedBy: "Quyết định số 142/QĐ-UBND ngày 15/10/2026 của UBND xã Như Quỳnh",
  },
];

const SESSION = "Biên bản họp và kết quả bỏ phiếu của Hội đồng Thi đua – Khen thưởng xã";
const REPORT = "Báo cáo thành tích (Mẫu số 05, Nghị định 152/2025/NĐ-CP)";

/** The province's rules for commune-level work (invented decision; see the header). */
export const hungYenRules = {
  unitCode: C.hungYen,
  decisionNumber: "35/2025/QĐ-UBND",
  decisionDate: "2025-09-15",
  effectiveFrom: "2025-10-01",
  quorumNumerator: 4,
  quorumDenominator: 5,
  countsWrittenOpinions: true,
  // Communes may set their own quorum in their quy chế; vote shares and written opinions are the province's.
  communeMayOverride: ["QUORUM" as const],
  titles: [
    {
      catalogueCode: "CSTD_CS",
      thresholdPercent: 80,
      thresholdStrict: false,
      criteria: [
        "Đạt tiêu chuẩn Lao động tiên tiến; hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được Hội đồng sáng kiến cấp xã công nhận.",
      ],
      dossier: ["Tờ trình đề nghị (Mẫu số 01, Nghị định 152/2025/NĐ-CP)", REPORT, SESSION],
    },
    {
      catalogueCode: "TTLDTT",
      thresholdPercent: 50,
      thresholdStrict: true,
      memberSharePercent: 70,
      memberTitleCode: "LDTT",
      criteria: ["Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên."],
      dossier: ["Báo cáo thành tích của tập thể", SESSION],
    },
  ],
};

/** Councils and their quy chế: Như Quỳnh follows the province; Đại Đồng sets its own quorum (allowed). */
export const twoLevelCouncils = [
  {
    unitCode: C.nhuQuynh,
    name: "Hội đồng Thi đua – Khen thưởng xã Như Quỳnh",
    rules: { quorumNumerator: null, quorumDenominator: null, countsWrittenOpinions: null },
    seats: [
      { email: "chutich.nhuquynh@thidua.vn", role: "CHU_TICH" as const, person: "Vũ Đức Thắng" },
      { email: "hoidong1.nhuquynh@thidua.vn", role: "PHO_CHU_TICH" as const, person: "Trần Thị Thanh Hoa" },
      { email: "hoidong2.nhuquynh@thidua.vn", role: "THANH_VIEN" as const, person: "Nguyễn Văn Chiến" },
      { email: "canbo.nhuquynh@thidua.vn", role: "THU_KY" as const, person: "Lê Văn Quyết" },
    ],
  },
  {
    unitCode: C.daiDong,
    name: "Hội đồng Thi đua – Khen thưởng xã Đại Đồng",
    rules: { quorumNumerator: 2, quorumDenominator: 3, countsWrittenOpinions: null },
    seats: [
      { email: "chutich.daidong@thidua.vn", role: "CHU_TICH" as const, person: "Đặng Văn Toàn" },
      { email: "hoidong.daidong@thidua.vn", role: "THANH_VIEN" as const, person: "Lưu Thị Bích" },
      { email: "canbo.daidong@thidua.vn", role: "THU_KY" as const, person: "Hoàng Thị Yến" },
    ],
  },
];

const form = (
  name: string,
  catalogueCode: string,
  recipientKind: "INDIVIDUAL" | "COLLECTIVE",
  quota: number,
  criteria: string[],
  dossier: string[],
) => ({
  name,
  authority: "Chủ tịch UBND xã Như Quỳnh",
  conferral: "OWN" as const,
  recipientKind,
  catalogueCode,
  quota,
  criteria,
  dossier: dossier.map((d) => ({ name: d, template: "", copies: 1 })),
});

/** Xã Như Quỳnh's 2026 campaign, issued, its round under way (dossiers due 10/12/2026). */
export const nhuQuynhPlan2026 = {
  unitCode: C.nhuQuynh,
  kind: "ANNUAL" as const,
  status: "ISSUED" as const,
  number: "12",
  symbol: "KH-UBND",
  place: "Như Quỳnh",
  issuedOn: "2026-02-10",
  title: "Phát động phong trào thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội xã Như Quỳnh năm 2026",
  periodFrom: "2026-01-01",
  periodTo: "2026-12-31",
  bases: [
    "Luật Thi đua, khen thưởng ngày 15/6/2022",
    "Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng",
    "Quyết định số 35/2025/QĐ-UBND ngày 15/9/2025 của UBND tỉnh Hưng Yên ban hành quy định về công tác thi đua, khen thưởng cấp xã",
  ],
  purposes: ["Tạo khí thế thi đua sôi nổi, hoàn thành thắng lợi các chỉ tiêu phát triển kinh tế - xã hội năm 2026."],
  requirements: ["Việc bình xét khen thưởng bảo đảm công khai, dân chủ, đúng đối tượng, tiêu chuẩn."],
  contents: [
    "Thi đua hoàn thành các chỉ tiêu phát triển kinh tế - xã hội năm 2026 của xã.",
    "Thi đua cải cách hành chính, chuyển đổi số trong giải quyết thủ tục hành chính.",
  ],
  participantCollectives: ["Các phòng, đơn vị thuộc UBND xã; các thôn."],
  participantIndividuals: ["Cán bộ, công chức, viên chức, người lao động thuộc UBND xã."],
  registrationItems: ["LDTT", "CSTD_CS", "TTLDTT"],
  registrationDeadline: "2026-03-15",
  dossierDeadline: "2026-12-10",
  budgetSource: "Quỹ thi đua, khen thưởng của xã.",
  recipients: ["Các phòng, đơn vị thuộc UBND xã", "Lưu: VT"],
  signerAuthority: "TM. ỦY BAN NHÂN DÂN",
  signerTitle: "CHỦ TỊCH",
  signerName: "Vũ Đức Thắng",
  awardForms: [
    form(
      "Chiến sĩ thi đua cơ sở",
      "CSTD_CS",
      "INDIVIDUAL",
      2,
      hungYenRules.titles[0]!.criteria,
      [REPORT], // the minutes come from the council's own vote
    ),
    form("Lao động tiên tiến", "LDTT", "INDIVIDUAL", 10, ["Hoàn thành tốt nhiệm vụ trở lên."], [REPORT]),
    form(
      "Tập thể lao động tiên tiến",
      "TTLDTT",
      "COLLECTIVE",
      2,
      ["Ít nhất 70% thành viên đạt Lao động tiên tiến.", ...hungYenRules.titles[1]!.criteria],
      ["Báo cáo thành tích của tập thể"],
    ),
  ],
};
