/**
 * Demo accounts, organisations and staff. People are invented (names common in the regions);
 * units are the real ones from units.ts, referenced by official code.
 */
import { UNIT_CODES as U } from "./unit-codes";

/** Every demo account uses this password (README lists the accounts). */
export const DEMO_PASSWORD = "ThiDua@2024";

type RoleName = "ADMIN" | "OFFICER" | "REVIEWER" | "COUNCIL_MEMBER" | "CHAIR";

export const demoAccounts: { email: string; name: string; roles: [string, RoleName][] }[] = [
  { email: "quantri.cole@thidua.vn", name: "Trần Thị Mai", roles: [[U.coLe, "ADMIN"]] },
  { email: "canbo.cole@thidua.vn", name: "Vũ Văn Thành", roles: [[U.coLe, "OFFICER"]] },
  {
    email: "chutich.cole@thidua.vn",
    name: "Nguyễn Văn Tuấn",
    roles: [
      [U.coLe, "CHAIR"],
      [U.coLe, "COUNCIL_MEMBER"],
    ],
  },
  { email: "hoidong.cole@thidua.vn", name: "Đỗ Thị Hương", roles: [[U.coLe, "COUNCIL_MEMBER"]] },
  { email: "noivu.trucninh@thidua.vn", name: "Phạm Thị Lan", roles: [[U.trucNinh, "REVIEWER"]] },
  { email: "chutich.trucninh@thidua.vn", name: "Hoàng Văn Nam", roles: [[U.trucNinh, "CHAIR"]] },
  { email: "quantri.dinhdu@thidua.vn", name: "Lê Thị Thu", roles: [[U.dinhDu, "ADMIN"]] },
  { email: "canbo.dinhdu@thidua.vn", name: "Nguyễn Đức Anh", roles: [[U.dinhDu, "OFFICER"]] },
  { email: "chutich.dinhdu@thidua.vn", name: "Trần Quang Huy", roles: [[U.dinhDu, "CHAIR"]] },
  { email: "noivu.vanlam@thidua.vn", name: "Trần Văn Hải", roles: [[U.vanLam, "REVIEWER"]] },
  { email: "quantri.honquan@thidua.vn", name: "Lý Thị Ngọc", roles: [[U.honQuan, "ADMIN"]] },
  { email: "canbo.honquan@thidua.vn", name: "Hoàng Thị Phương", roles: [[U.honQuan, "OFFICER"]] },
  // Phòng Nội vụ's reviewer is also the council's secretary (thư ký Hội đồng).
  {
    email: "noivu.honquan@thidua.vn",
    name: "Điểu Văn Sơn",
    roles: [
      [U.honQuan, "REVIEWER"],
      [U.honQuan, "COUNCIL_MEMBER"],
    ],
  },
  { email: "chutich.honquan@thidua.vn", name: "Nguyễn Minh Quang", roles: [[U.honQuan, "CHAIR"]] },
  { email: "hoidong1.honquan@thidua.vn", name: "Trần Văn Lộc", roles: [[U.honQuan, "COUNCIL_MEMBER"]] },
  { email: "hoidong2.honquan@thidua.vn", name: "Nguyễn Thị Hà", roles: [[U.honQuan, "COUNCIL_MEMBER"]] },
  { email: "canbo.tankhai@thidua.vn", name: "Lâm Văn Tài", roles: [[U.tanKhai, "OFFICER"]] },
  { email: "canbo.thanhan@thidua.vn", name: "Điểu Thị Mai", roles: [[U.thanhAn, "OFFICER"]] },
  { email: "chutich.tankhai@thidua.vn", name: "Phan Thanh Hải", roles: [[U.tanKhai, "CHAIR"]] },
  // One account working in two units: the unit switcher's demo.
  {
    email: "nhieudonvi@thidua.vn",
    name: "Bùi Thị Hạnh",
    roles: [
      [U.coLe, "OFFICER"],
      [U.trucNinh, "REVIEWER"],
    ],
  },
];

type OrgKind = "CO_QUAN" | "BAN_NGANH" | "DOAN_THE" | "BO_PHAN" | "THON_TO_DAN_PHO";

const communeOffices: [string, OrgKind][] = [
  ["Văn phòng - Thống kê", "BO_PHAN"],
  ["Bộ phận Tiếp nhận và trả kết quả", "BO_PHAN"],
  ["Tư pháp - Hộ tịch", "BO_PHAN"],
  ["Địa chính - Xây dựng", "BO_PHAN"],
  ["Tài chính - Kế toán", "BO_PHAN"],
  ["Văn hóa - Xã hội", "BO_PHAN"],
  ["Công an", "BAN_NGANH"],
  ["Ban Chỉ huy Quân sự", "BAN_NGANH"],
  ["Ủy ban Mặt trận Tổ quốc", "DOAN_THE"],
  ["Hội Liên hiệp Phụ nữ", "DOAN_THE"],
  ["Đoàn Thanh niên", "DOAN_THE"],
  ["Hội Nông dân", "DOAN_THE"],
  ["Hội Cựu chiến binh", "DOAN_THE"],
];

export const demoOrganisations: Record<string, [string, OrgKind][]> = {
  [U.tanKhai]: [["Ủy ban nhân dân thị trấn", "CO_QUAN"], ...communeOffices, ["Khu phố 1", "THON_TO_DAN_PHO"]],
  [U.thanhAn]: [["Ủy ban nhân dân xã", "CO_QUAN"], ...communeOffices, ["Ấp Địa Hạt", "THON_TO_DAN_PHO"]],
  [U.coLe]: [
    ["Ủy ban nhân dân thị trấn", "CO_QUAN"],
    ...communeOffices,
    ["Tổ dân phố Đông Thượng", "THON_TO_DAN_PHO"],
    ["Tổ dân phố Cổ Chất", "THON_TO_DAN_PHO"],
  ],
  [U.dinhDu]: [
    ["Ủy ban nhân dân xã", "CO_QUAN"],
    ...communeOffices,
    ["Thôn Đình Dù", "THON_TO_DAN_PHO"],
    ["Thôn Ngọc Đà", "THON_TO_DAN_PHO"],
    ["Thôn Hồng Thái", "THON_TO_DAN_PHO"],
  ],
  [U.honQuan]: [
    ["Văn phòng HĐND và UBND huyện", "CO_QUAN"],
    ["Phòng Nội vụ", "CO_QUAN"],
    ["Phòng Tài chính - Kế hoạch", "CO_QUAN"],
    ["Phòng Tư pháp", "CO_QUAN"],
    ["Phòng Tài nguyên và Môi trường", "CO_QUAN"],
    ["Phòng Văn hóa và Thông tin", "CO_QUAN"],
  ],
};

type DemoPerson = {
  fullName: string;
  dateOfBirth: string;
  gender: "NAM" | "NU";
  staffKind: "CAN_BO" | "CONG_CHUC" | "VIEN_CHUC" | "NGUOI_LAO_DONG";
  position: string;
  organisation: string | null;
  partyMember: boolean;
};

const p = (
  fullName: string,
  dateOfBirth: string,
  gender: "NAM" | "NU",
  staffKind: DemoPerson["staffKind"],
  position: string,
  organisation: string | null,
  partyMember = true,
): DemoPerson => ({ fullName, dateOfBirth, gender, staffKind, position, organisation, partyMember });

export const demoPeople: Record<string, DemoPerson[]> = {
  [U.coLe]: [
    p("Nguyễn Văn Tuấn", "1975-04-12", "NAM", "CAN_BO", "Chủ tịch UBND thị trấn", "Ủy ban nhân dân thị trấn"),
    p("Trần Đức Minh", "1979-09-03", "NAM", "CAN_BO", "Phó Chủ tịch UBND thị trấn", "Ủy ban nhân dân thị trấn"),
    p("Trần Thị Mai", "1986-02-20", "NU", "CONG_CHUC", "Công chức Văn phòng - Thống kê", "Văn phòng - Thống kê"),
    p("Vũ Văn Thành", "1990-11-08", "NAM", "CONG_CHUC", "Công chức Văn phòng - Thống kê", "Văn phòng - Thống kê"),
    p("Đỗ Thị Hương", "1984-06-15", "NU", "CONG_CHUC", "Công chức Tư pháp - Hộ tịch", "Tư pháp - Hộ tịch"),
    p("Phạm Văn Hùng", "1982-01-30", "NAM", "CONG_CHUC", "Công chức Địa chính - Xây dựng", "Địa chính - Xây dựng"),
    p("Lê Thị Ánh", "1991-07-22", "NU", "CONG_CHUC", "Công chức Tài chính - Kế toán", "Tài chính - Kế toán"),
    p("Nguyễn Thị Anh", "1993-03-05", "NU", "CONG_CHUC", "Công chức Văn hóa - Xã hội", "Văn hóa - Xã hội"),
    p("Hoàng Văn Bình", "1988-12-19", "NAM", "CONG_CHUC", "Trưởng Công an thị trấn", "Công an"),
    p("Đặng Quốc Đạt", "1987-05-27", "NAM", "CAN_BO", "Chỉ huy trưởng Quân sự", "Ban Chỉ huy Quân sự"),
    p("Ngô Thị Châu", "1980-08-09", "NU", "CAN_BO", "Chủ tịch Hội Liên hiệp Phụ nữ", "Hội Liên hiệp Phụ nữ"),
    p("Bùi Văn Dũng", "1995-10-14", "NAM", "CAN_BO", "Bí thư Đoàn Thanh niên", "Đoàn Thanh niên"),
    p(
      "Vũ Thị Giang",
      "1997-04-01",
      "NU",
      "NGUOI_LAO_DONG",
      "Nhân viên Bộ phận một cửa",
      "Bộ phận Tiếp nhận và trả kết quả",
      false,
    ),
    p("Trịnh Văn Đức", "1970-02-11", "NAM", "CAN_BO", "Chủ tịch Hội Cựu chiến binh", "Hội Cựu chiến binh"),
    p("Mai Thị Yến", "1989-09-25", "NU", "CONG_CHUC", "Công chức Văn phòng - Thống kê", "Văn phòng - Thống kê", false),
  ],
  [U.dinhDu]: [
    p("Trần Quang Huy", "1976-03-18", "NAM", "CAN_BO", "Chủ tịch UBND xã", "Ủy ban nhân dân xã"),
    p("Lê Thị Thu", "1985-10-10", "NU", "CONG_CHUC", "Công chức Văn phòng - Thống kê", "Văn phòng - Thống kê"),
    p("Nguyễn Đức Anh", "1992-06-06", "NAM", "CONG_CHUC", "Công chức Văn phòng - Thống kê", "Văn phòng - Thống kê"),
    p("Đào Thị Hạnh", "1990-01-21", "NU", "CONG_CHUC", "Công chức Tư pháp - Hộ tịch", "Tư pháp - Hộ tịch"),
    p("Phan Văn Khoa", "1983-08-17", "NAM", "CONG_CHUC", "Công chức Địa chính - Xây dựng", "Địa chính - Xây dựng"),
    p(
      "Nguyễn Thị Lụa",
      "1994-12-02",
      "NU",
      "NGUOI_LAO_DONG",
      "Nhân viên Bộ phận một cửa",
      "Bộ phận Tiếp nhận và trả kết quả",
      false,
    ),
  ],
  [U.honQuan]: [
    p("Điểu Văn Sơn", "1981-05-05", "NAM", "CONG_CHUC", "Chuyên viên Phòng Nội vụ", "Phòng Nội vụ"),
    p("Nguyễn Minh Quang", "1972-09-09", "NAM", "CAN_BO", "Chủ tịch UBND huyện", "Văn phòng HĐND và UBND huyện"),
    p(
      "Thị Bích",
      "1990-02-14",
      "NU",
      "CONG_CHUC",
      "Chuyên viên Phòng Tài chính - Kế hoạch",
      "Phòng Tài chính - Kế hoạch",
    ),
    p("Trần Văn Lộc", "1978-07-07", "NAM", "CAN_BO", "Phó Chủ tịch UBND huyện", "Văn phòng HĐND và UBND huyện"),
    p(
      "Nguyễn Thị Hà",
      "1983-03-21",
      "NU",
      "CONG_CHUC",
      "Trưởng Phòng Văn hóa và Thông tin",
      "Phòng Văn hóa và Thông tin",
    ),
  ],
  [U.tanKhai]: [
    p("Phan Thanh Hải", "1974-01-16", "NAM", "CAN_BO", "Chủ tịch UBND thị trấn", "Ủy ban nhân dân thị trấn"),
    p("Lâm Văn Tài", "1989-04-04", "NAM", "CONG_CHUC", "Công chức Văn phòng - Thống kê", "Văn phòng - Thống kê"),
    p("Hồ Thị Kim Ngân", "1992-08-30", "NU", "CONG_CHUC", "Công chức Tư pháp - Hộ tịch", "Tư pháp - Hộ tịch"),
    p(
      "Đinh Văn Phúc",
      "1987-11-11",
      "NAM",
      "NGUOI_LAO_DONG",
      "Nhân viên Bộ phận một cửa",
      "Bộ phận Tiếp nhận và trả kết quả",
      false,
    ),
  ],
  [U.thanhAn]: [
    p("Điểu Thị Mai", "1991-05-19", "NU", "CONG_CHUC", "Công chức Văn phòng - Thống kê", "Văn phòng - Thống kê"),
    p("Thị Sương", "1990-09-09", "NU", "CONG_CHUC", "Công chức Địa chính - Xây dựng", "Địa chính - Xây dựng"),
    p("Lê Văn Hậu", "1985-02-02", "NAM", "CONG_CHUC", "Công chức Tài chính - Kế toán", "Tài chính - Kế toán"),
  ],
};

/**
 * The district's council (Hội đồng Thi đua - Khen thưởng huyện Hớn Quản): its chair is the
 * district chair; Phòng Nội vụ's officer is its secretary. Seats name the person they are, so the
 * ballot recuses a member from his own nomination. Rules: the usual quy chế (2/3 present, more
 * than half of all members agreeing).
 */
export const demoCouncils: {
  unitCode: string;
  name: string;
  rules: { quorumNumerator: number; quorumDenominator: number; countsWrittenOpinions: boolean };
  seats: { email: string; role: "CHU_TICH" | "PHO_CHU_TICH" | "THANH_VIEN" | "THU_KY"; person: string }[];
}[] = [
  {
    unitCode: U.honQuan,
    name: "Hội đồng Thi đua - Khen thưởng huyện Hớn Quản",
    rules: { quorumNumerator: 2, quorumDenominator: 3, countsWrittenOpinions: true },
    seats: [
      { email: "chutich.honquan@thidua.vn", role: "CHU_TICH", person: "Nguyễn Minh Quang" },
      { email: "hoidong1.honquan@thidua.vn", role: "PHO_CHU_TICH", person: "Trần Văn Lộc" },
      { email: "hoidong2.honquan@thidua.vn", role: "THANH_VIEN", person: "Nguyễn Thị Hà" },
      { email: "noivu.honquan@thidua.vn", role: "THU_KY", person: "Điểu Văn Sơn" },
    ],
  },
];
