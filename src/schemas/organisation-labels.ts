/** The kinds of organisation and their Vietnamese labels, without zod: the list shows them in the browser. */
export const ORGANISATION_KINDS = ["CO_QUAN", "BAN_NGANH", "DOAN_THE", "BO_PHAN", "THON_TO_DAN_PHO"] as const;

export const ORGANISATION_KIND_LABELS: Record<(typeof ORGANISATION_KINDS)[number], string> = {
  CO_QUAN: "Cơ quan",
  BAN_NGANH: "Ban, ngành",
  DOAN_THE: "Đoàn thể",
  BO_PHAN: "Bộ phận",
  THON_TO_DAN_PHO: "Thôn, tổ dân phố",
};
