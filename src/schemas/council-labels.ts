/** The council forms' choices and labels, without zod: a form loads zod only when it first checks. */
export const COUNCIL_ROLES = ["CHU_TICH", "PHO_CHU_TICH", "THANH_VIEN", "THU_KY"] as const;
export const COUNCIL_ROLE_LABELS: Record<(typeof COUNCIL_ROLES)[number], string> = {
  CHU_TICH: "Chủ tịch Hội đồng",
  PHO_CHU_TICH: "Phó Chủ tịch Hội đồng",
  THANH_VIEN: "Thành viên",
  THU_KY: "Thư ký",
};
