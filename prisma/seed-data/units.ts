/**
 * Real administrative units of the seed plans, with official codes, in two eras:
 *  - three-level (tỉnh → huyện → xã), in force until 30/6/2025 (validFrom null = before our records);
 *  - two-level (tỉnh → xã) from 1/7/2025 (Nghị quyết 202/2025/QH15 and the UBTVQH resolutions on
 *    commune arrangement, codes per Cục Thống kê / Quyết định 19/2025/QĐ-TTg).
 * A code may be reused across eras (e.g. Xã Cổ Lễ 2025 keeps Thị trấn Cổ Lễ's 14026; Xã Như Quỳnh
 * 2025 takes Xã Đình Dù's 12004), so (code, validFrom) identifies a unit and parentCode always
 * points into the same era.
 *
 * Only these two eras are seeded. Later changes reported by secondary sources only (Thành phố Đồng
 * Nai from 30/4/2026, xã Tân Khai becoming a phường) are not, until read in the resolutions' text.
 */

export type SeedUnit = {
  code: string;
  name: string;
  kind:
    | "TINH"
    | "THANH_PHO_TRUNG_UONG"
    | "HUYEN"
    | "QUAN"
    | "THI_XA"
    | "THANH_PHO_THUOC_TINH"
    | "XA"
    | "PHUONG"
    | "THI_TRAN"
    | "DAC_KHU";
  parentCode: string | null;
  validFrom: string | null /* ISO date, null = before records */;
  validTo: string | null;
  successorCode: string | null;
  verified: boolean;
  source: string /* citation */;
  /** Free-text caveat: splits, partial verification, code reuse. */
  note?: string;
};

const OLD_END = "2025-06-30";
const NEW_START = "2025-07-01";

// ---- Sources -------------------------------------------------------------------------------
/** GSO three-level list (codes per QĐ 124/2004/QĐ-TTg and its updates) as exported on 04/01/2025. */
const SRC_GSO_2025 =
  "Tổng cục Thống kê, danh mục ĐVHC (danhmuchanhchinh.gso.gov.vn), bản xuất ngày 04/01/2025 " +
  "[github.com/sunshine-tech/VietnamProvinces dev/seed-data/Xa_2025-01-04.csv]; đối chiếu " +
  "github.com/daohoangson/dvhcvn data/sorted.json (cùng nguồn web service GSO)";
/** Province codes after 1/7/2025. */
const SRC_915 =
  "Công văn 915/CTK-CSCL của Cục Thống kê (mã số 34 ĐVHC cấp tỉnh) " +
  "[bản chép: github.com/dvhcvn/20250701 input/docs/915_CTK-CSCL.csv]; NQ 202/2025/QH15 ngày 12/6/2025";
/** Commune codes after 1/7/2025. */
const SRC_1027 =
  "Công văn 1027/CTK-CSCL ngày 25/6/2025 của Cục Thống kê, Phụ lục I (danh mục và mã số ĐVHC cấp xã) " +
  "[bản chép: github.com/dvhcvn/20250701 input/docs/1027_CTK-CSCL.md]";
const NQ_1674 = "Nghị quyết 1674/NQ-UBTVQH15 ngày 16/6/2025 về sắp xếp ĐVHC cấp xã của tỉnh Ninh Bình năm 2025";
const NQ_1666 = "Nghị quyết 1666/NQ-UBTVQH15 ngày 16/6/2025 về sắp xếp ĐVHC cấp xã của tỉnh Hưng Yên năm 2025";
const NQ_1662 = "Nghị quyết 1662/NQ-UBTVQH15 ngày 16/6/2025 về sắp xếp ĐVHC cấp xã của tỉnh Đồng Nai năm 2025";

const old = (
  code: string,
  name: string,
  kind: SeedUnit["kind"],
  parentCode: string | null,
  successorCode: string | null,
  source: string,
  note?: string,
): SeedUnit => ({
  code,
  name,
  kind,
  parentCode,
  validFrom: null,
  validTo: OLD_END,
  successorCode,
  verified: true,
  source,
  ...(note ? { note } : {}),
});

const neu = (
  code: string,
  name: string,
  kind: SeedUnit["kind"],
  parentCode: string | null,
  source: string,
  note?: string,
): SeedUnit => ({
  code,
  name,
  kind,
  parentCode,
  validFrom: NEW_START,
  validTo: null,
  successorCode: null,
  verified: true,
  source,
  ...(note ? { note } : {}),
});

const DISTRICT_NOTE = "Cấp huyện chấm dứt hoạt động từ 1/7/2025 (mô hình 2 cấp); không có đơn vị kế thừa.";

export const seedUnits: SeedUnit[] = [
  // ================= Three-level era (until 30/6/2025) =================
  // --- Tỉnh Nam Định → Tỉnh Ninh Bình (Hà Nam + Nam Định + Ninh Bình)
  old(
    "36",
    "Tỉnh Nam Định",
    "TINH",
    null,
    "37",
    `${SRC_GSO_2025}; kế thừa: ${SRC_915}`,
    "Hợp nhất tỉnh Hà Nam, tỉnh Nam Định và tỉnh Ninh Bình thành tỉnh Ninh Bình (NQ 202/2025/QH15; NQ 1674/NQ-UBTVQH15 căn cứ NQ 202 và sắp xếp các xã của Nam Định vào tỉnh Ninh Bình mới).",
  ),
  old("363", "Huyện Trực Ninh", "HUYEN", "36", null, SRC_GSO_2025, DISTRICT_NOTE),
  old(
    "14026",
    "Thị trấn Cổ Lễ",
    "THI_TRAN",
    "363",
    "14026",
    `${SRC_GSO_2025}; ${NQ_1674}, Điều 1 khoản 34`,
    "Thị trấn Cổ Lễ + xã Trung Đông + xã Trực Tuấn → xã Cổ Lễ (giữ mã 14026).",
  ),
  old("14035", "Xã Trung Đông", "XA", "363", "14026", `${SRC_GSO_2025}; ${NQ_1674}, Điều 1 khoản 34`),
  old("14041", "Xã Trực Tuấn", "XA", "363", "14026", `${SRC_GSO_2025}; ${NQ_1674}, Điều 1 khoản 34`),

  // --- Tỉnh Hưng Yên (cũ) → Tỉnh Hưng Yên (Hưng Yên + Thái Bình)
  old(
    "33",
    "Tỉnh Hưng Yên",
    "TINH",
    null,
    "33",
    `${SRC_GSO_2025}; kế thừa: ${SRC_915}`,
    "Hợp nhất tỉnh Thái Bình và tỉnh Hưng Yên thành tỉnh Hưng Yên, giữ mã 33 (NQ 202/2025/QH15; NQ 1666/NQ-UBTVQH15).",
  ),
  old("325", "Huyện Văn Lâm", "HUYEN", "33", null, SRC_GSO_2025, DISTRICT_NOTE),
  old(
    "11986",
    "Thị trấn Như Quỳnh",
    "THI_TRAN",
    "325",
    "12004",
    `${SRC_GSO_2025}; ${NQ_1666}, Điều 1 khoản 27`,
    "Thị trấn Như Quỳnh + xã Tân Quang, Lạc Hồng, Trưng Trắc + một phần xã Đình Dù → xã Như Quỳnh (mã 12004).",
  ),
  old(
    "12004",
    "Xã Đình Dù",
    "XA",
    "325",
    "12004",
    `${SRC_GSO_2025}; ${NQ_1666}, Điều 1 khoản 27 và 29`,
    "BỊ CHIA: một phần → xã Như Quỳnh (12004, khoản 27); phần còn lại → xã Đại Đồng (11995, khoản 29). " +
      "successorCode chọn 12004 vì xã Như Quỳnh mới mang lại mã cũ của Đình Dù; chưa xác minh phần nào lớn hơn " +
      "hay thôn nào sang xã nào — cần hỏi UBND xã trước khi chuyển dữ liệu của từng thôn.",
  ),
  old(
    "11995",
    "Xã Đại Đồng",
    "XA",
    "325",
    "11995",
    `${SRC_GSO_2025}; ${NQ_1666}, Điều 1 khoản 29`,
    "Xã Việt Hưng, Lương Tài, Đại Đồng + phần còn lại của Đình Dù và Lạc Đạo → xã Đại Đồng (giữ mã 11995).",
  ),

  // --- Tỉnh Bình Phước → Tỉnh Đồng Nai (Bình Phước + Đồng Nai)
  old(
    "70",
    "Tỉnh Bình Phước",
    "TINH",
    null,
    "75",
    `${SRC_GSO_2025}; kế thừa: ${SRC_915}`,
    "Hợp nhất tỉnh Bình Phước và tỉnh Đồng Nai thành tỉnh Đồng Nai, mã 75 (NQ 202/2025/QH15; NQ 1662/NQ-UBTVQH15).",
  ),
  old("694", "Huyện Hớn Quản", "HUYEN", "70", null, SRC_GSO_2025, DISTRICT_NOTE),
  // All 13 commune-level units of Huyện Hớn Quản as of 2024 (GSO export of 04/01/2025).
  old(
    "25357",
    "Thị trấn Tân Khai",
    "THI_TRAN",
    "694",
    "25357",
    `${SRC_GSO_2025}; ${NQ_1662}, Điều 1 khoản 41`,
    "Thị trấn Tân Khai + xã Tân Hiệp + xã Đồng Nơ → xã Tân Khai (giữ mã 25357).",
  ),
  old("25361", "Xã Tân Hiệp", "XA", "694", "25357", `${SRC_GSO_2025}; ${NQ_1662}, Điều 1 khoản 41`),
  old("25360", "Xã Đồng Nơ", "XA", "694", "25357", `${SRC_GSO_2025}; ${NQ_1662}, Điều 1 khoản 41`),
  old(
    "25345",
    "Xã Tân Hưng",
    "XA",
    "694",
    "25345",
    `${SRC_GSO_2025}; ${NQ_1662}, Điều 1 khoản 40`,
    "Xã Tân Hưng + xã An Khương + xã Thanh An → xã Tân Hưng (giữ mã 25345).",
  ),
  old("25330", "Xã An Khương", "XA", "694", "25345", `${SRC_GSO_2025}; ${NQ_1662}, Điều 1 khoản 40`),
  old("25327", "Xã Thanh An", "XA", "694", "25345", `${SRC_GSO_2025}; ${NQ_1662}, Điều 1 khoản 40`),
  old(
    "25351",
    "Xã Phước An",
    "XA",
    "694",
    "25351",
    `${SRC_GSO_2025}; ${NQ_1662}, Điều 1 khoản 39`,
    "Xã Phước An + xã Tân Lợi + xã Tân Quan (Hớn Quản) + xã Quang Minh (thị xã Chơn Thành) → xã Tân Quan, mang mã 25351 của Phước An.",
  ),
  old("25342", "Xã Tân Lợi", "XA", "694", "25351", `${SRC_GSO_2025}; ${NQ_1662}, Điều 1 khoản 39`),
  old(
    "25438",
    "Xã Tân Quan",
    "XA",
    "694",
    "25351",
    `${SRC_GSO_2025}; ${NQ_1662}, Điều 1 khoản 39`,
    "Mã 25438 thuộc dải mã Chơn Thành: xã Tân Quan được chuyển từ Chơn Thành về Hớn Quản năm 2022; xã Tân Quan mới (2025) dùng mã 25351.",
  ),
  old(
    "25349",
    "Xã Minh Tâm",
    "XA",
    "694",
    "25349",
    `${SRC_GSO_2025}; ${NQ_1662}, Điều 1 khoản 42`,
    "Xã An Phú + xã Minh Tâm + xã Minh Đức → xã Minh Đức, mang mã 25349 của Minh Tâm.",
  ),
  old("25348", "Xã Minh Đức", "XA", "694", "25349", `${SRC_GSO_2025}; ${NQ_1662}, Điều 1 khoản 42`),
  old("25339", "Xã An Phú", "XA", "694", "25349", `${SRC_GSO_2025}; ${NQ_1662}, Điều 1 khoản 42`),
  old(
    "25354",
    "Xã Thanh Bình",
    "XA",
    "694",
    "25326",
    `${SRC_GSO_2025}; ${NQ_1662}, Điều 1 khoản 83`,
    "Phường An Lộc, Hưng Chiến, Phú Đức (thị xã Bình Long) + xã Thanh Bình (Hớn Quản) → phường Bình Long (mã 25326).",
  ),

  // ================= Two-level era (from 1/7/2025) =================
  neu("37", "Tỉnh Ninh Bình", "TINH", null, `${SRC_915}; ${NQ_1674}`),
  neu("14026", "Xã Cổ Lễ", "XA", "37", `${SRC_1027} (STT 1304); ${NQ_1674}, Điều 1 khoản 34`),

  neu("33", "Tỉnh Hưng Yên", "TINH", null, `${SRC_915}; ${NQ_1666}`),
  neu("12004", "Xã Như Quỳnh", "XA", "33", `${SRC_1027} (STT 1168); ${NQ_1666}, Điều 1 khoản 27`),
  neu("11995", "Xã Đại Đồng", "XA", "33", `${SRC_1027} (STT 1170); ${NQ_1666}, Điều 1 khoản 29`),

  neu(
    "75",
    "Tỉnh Đồng Nai",
    "TINH",
    null,
    `${SRC_915}; ${NQ_1662}`,
    "Theo các nguồn thứ cấp, từ 30/4/2026 là Thành phố Đồng Nai trực thuộc trung ương (NQ 30/2026/QH16); chưa xác minh nên chưa nạp.",
  ),
  neu(
    "25357",
    "Xã Tân Khai",
    "XA",
    "75",
    `${SRC_1027} (STT 2523); ${NQ_1662}, Điều 1 khoản 41`,
    "Theo các nguồn thứ cấp, thành phường Tân Khai từ 30/4/2026 (NQ 237/NQ-UBTVQH16); chưa xác minh nên chưa nạp.",
  ),
  neu("25345", "Xã Tân Hưng", "XA", "75", `${SRC_1027} (STT 2522); ${NQ_1662}, Điều 1 khoản 40`),
  neu("25351", "Xã Tân Quan", "XA", "75", `${SRC_1027} (STT 2521); ${NQ_1662}, Điều 1 khoản 39`),
  neu("25349", "Xã Minh Đức", "XA", "75", `${SRC_1027} (STT 2524); ${NQ_1662}, Điều 1 khoản 42`),
  neu("25326", "Phường Bình Long", "PHUONG", "75", `${SRC_1027} (STT 2525); ${NQ_1662}, Điều 1 khoản 83`),
];
