/** What a province may let its communes set otherwise (the council's quy chế), without zod: the form loads zod only when it first checks. */
export const PROVINCE_RULE_KEYS = ["QUORUM", "WRITTEN_OPINIONS", "THRESHOLDS"] as const;
export const PROVINCE_RULE_KEY_LABELS: Record<(typeof PROVINCE_RULE_KEYS)[number], string> = {
  QUORUM: "Số thành viên dự họp tối thiểu",
  WRITTEN_OPINIONS: "Tính ý kiến bằng văn bản của thành viên vắng mặt",
  THRESHOLDS: "Tỷ lệ phiếu đồng ý theo danh hiệu, hình thức",
};
