export const BATCH_STATUS_LABELS = {
  DRAFT: "Đang soạn",
  SUBMITTED: "Đã gửi, chờ thẩm định",
  RETURNED: "Bị trả lại",
  ACCEPTED: "Đã chấp nhận, chuyển Hội đồng",
} as const;
export const DOCUMENT_STATE_LABELS = {
  MISSING: "Còn thiếu",
  UPLOADED: "Đã nộp",
  ACCEPTED: "Đạt",
  NEEDS_CORRECTION: "Cần sửa",
} as const;
export const EVENT_LABELS: Record<string, string> = {
  CREATED: "Lập tờ trình",
  SUBMITTED: "Gửi thẩm định",
  RETURNED: "Trả lại",
  ACCEPTED: "Chấp nhận, chuyển Hội đồng",
  WITHDRAWN: "Rút tờ trình",
  DOCUMENT_ACCEPTED: "Giấy tờ đạt",
  DOCUMENT_NEEDS_CORRECTION: "Giấy tờ cần sửa",
};
