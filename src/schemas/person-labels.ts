/** The people forms' choices and their Vietnamese labels, without zod: list pages show them in the browser. */
export const GENDERS = ["NAM", "NU"] as const;
export const GENDER_LABELS: Record<(typeof GENDERS)[number], string> = { NAM: "Nam", NU: "Nữ" };

export const STAFF_KINDS = ["CAN_BO", "CONG_CHUC", "VIEN_CHUC", "NGUOI_LAO_DONG"] as const;
export const STAFF_KIND_LABELS: Record<(typeof STAFF_KINDS)[number], string> = {
  CAN_BO: "Cán bộ",
  CONG_CHUC: "Công chức",
  VIEN_CHUC: "Viên chức",
  NGUOI_LAO_DONG: "Người lao động",
};

export const DISCIPLINE_LEVELS = [
  "KHIEN_TRACH",
  "CANH_CAO",
  "HA_BAC_LUONG",
  "GIANG_CHUC",
  "CACH_CHUC",
  "BAI_NHIEM",
  "BUOC_THOI_VIEC",
] as const;
export const DISCIPLINE_LEVEL_LABELS: Record<(typeof DISCIPLINE_LEVELS)[number], string> = {
  KHIEN_TRACH: "Khiển trách",
  CANH_CAO: "Cảnh cáo",
  HA_BAC_LUONG: "Hạ bậc lương",
  GIANG_CHUC: "Giáng chức",
  CACH_CHUC: "Cách chức",
  BAI_NHIEM: "Bãi nhiệm",
  BUOC_THOI_VIEC: "Buộc thôi việc",
};
