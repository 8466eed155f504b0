/**
 * The words and codes of the national list of administrative units: province codes from 1/7/2025,
 * code widths per level, the kind words that start official names and the values of the "Cấp"
 * column. Read by the national-list parser.
 */
import type { UnitKindCode } from "./hierarchy";

/** Province-level codes from 1/7/2025 (Công văn 915/CTK-CSCL; QĐ 19/2025/QĐ-TTg), by bare name. */
export const PROVINCE_CODES_2025: Record<string, string> = {
  "hà nội": "01",
  "cao bằng": "04",
  "tuyên quang": "08",
  "điện biên": "11",
  "lai châu": "12",
  "sơn la": "14",
  "lào cai": "15",
  "thái nguyên": "19",
  "lạng sơn": "20",
  "quảng ninh": "22",
  "bắc ninh": "24",
  "phú thọ": "25",
  "hải phòng": "31",
  "hưng yên": "33",
  "ninh bình": "37",
  "thanh hóa": "38",
  "nghệ an": "40",
  "hà tĩnh": "42",
  "quảng trị": "44",
  huế: "46",
  "đà nẵng": "48",
  "quảng ngãi": "51",
  "gia lai": "52",
  "khánh hòa": "56",
  "đắk lắk": "66",
  "lâm đồng": "68",
  "đồng nai": "75",
  "hồ chí minh": "79",
  "tây ninh": "80",
  "đồng tháp": "82",
  "vĩnh long": "86",
  "an giang": "91",
  "cần thơ": "92",
  "cà mau": "96",
};

export type Level = "province" | "district" | "commune";

export const CODE_LENGTH: Record<Level, number> = { province: 2, district: 3, commune: 5 };

export const LEVEL_LABEL: Record<Level, string> = {
  province: "tỉnh/thành phố",
  district: "quận/huyện",
  commune: "phường/xã",
};

/** Kind words that start an official name, longest first so "Thành phố" wins over shorter ones. */
export const PREFIXES: Record<Level, [string, UnitKindCode][]> = {
  province: [
    ["Thành phố", "THANH_PHO_TRUNG_UONG"],
    ["Tỉnh", "TINH"],
  ],
  district: [
    ["Thành phố", "THANH_PHO_THUOC_TINH"],
    ["Thị xã", "THI_XA"],
    ["Quận", "QUAN"],
    ["Huyện", "HUYEN"],
  ],
  commune: [
    ["Thị trấn", "THI_TRAN"],
    ["Đặc khu", "DAC_KHU"],
    ["Phường", "PHUONG"],
    ["Xã", "XA"],
  ],
};

/** Values of the "Cấp" column. */
export const LEVEL_VALUES: Record<string, { level: Level; kind: UnitKindCode; word: string }> = {
  tỉnh: { level: "province", kind: "TINH", word: "Tỉnh" },
  "thành phố trung ương": { level: "province", kind: "THANH_PHO_TRUNG_UONG", word: "Thành phố" },
  "thành phố trực thuộc trung ương": { level: "province", kind: "THANH_PHO_TRUNG_UONG", word: "Thành phố" },
  quận: { level: "district", kind: "QUAN", word: "Quận" },
  huyện: { level: "district", kind: "HUYEN", word: "Huyện" },
  "thị xã": { level: "district", kind: "THI_XA", word: "Thị xã" },
  "thành phố": { level: "district", kind: "THANH_PHO_THUOC_TINH", word: "Thành phố" },
  "thành phố thuộc tỉnh": { level: "district", kind: "THANH_PHO_THUOC_TINH", word: "Thành phố" },
  xã: { level: "commune", kind: "XA", word: "Xã" },
  phường: { level: "commune", kind: "PHUONG", word: "Phường" },
  "thị trấn": { level: "commune", kind: "THI_TRAN", word: "Thị trấn" },
  "đặc khu": { level: "commune", kind: "DAC_KHU", word: "Đặc khu" },
  "đặc khu tại hải đảo": { level: "commune", kind: "DAC_KHU", word: "Đặc khu" },
};
