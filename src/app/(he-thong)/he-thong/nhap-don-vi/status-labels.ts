/** How the import page names a job's state. */
export const JOB_STATUS_LABELS = {
  PREVIEW: "Xem trước, chưa nạp",
  QUEUED: "Đã xác nhận, chờ nạp",
  RUNNING: "Đang nạp",
  DONE: "Đã nạp xong",
  FAILED: "Không nạp được (không có thay đổi)",
  CANCELLED: "Đã huỷ",
} as const;
