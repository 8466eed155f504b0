/** The record forms' choices and their Vietnamese labels, without zod: the forms load zod only when they first check. */
export const RATINGS = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const;

export const INITIATIVE_SCOPES = ["CO_SO", "TINH", "TOAN_QUOC"] as const;
export const INITIATIVE_SCOPE_LABELS: Record<(typeof INITIATIVE_SCOPES)[number], string> = {
  CO_SO: "Cơ sở",
  TINH: "Tỉnh (Bộ, ban, ngành)",
  TOAN_QUOC: "Toàn quốc",
};

export const HOLD_KINDS = ["COMPLAINT", "INSPECTION"] as const;
export const HOLD_KIND_LABELS: Record<(typeof HOLD_KINDS)[number], string> = {
  COMPLAINT: "Đơn thư khiếu nại, tố cáo đang xác minh",
  INSPECTION: "Đang thanh tra, kiểm tra",
};
