/** The plan form's choices and their Vietnamese labels, without zod: the form loads zod only when it first checks. */
export const PLAN_KINDS = ["ANNUAL", "THEMATIC", "PHASE"] as const;
export const PLAN_KIND_LABELS: Record<(typeof PLAN_KINDS)[number], string> = {
  ANNUAL: "Hằng năm",
  THEMATIC: "Chuyên đề",
  PHASE: "Giai đoạn",
};

export const PLAN_STATUSES = ["DRAFT", "SUBMITTED", "ISSUED", "IN_PROGRESS", "CLOSED"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const RECIPIENT_KINDS = ["COLLECTIVE", "INDIVIDUAL"] as const;

/** OWN: conferred by the issuing unit's authority; PROPOSED: proposed to a higher authority. */
export const CONFERRALS = ["OWN", "PROPOSED"] as const;
export const CONFERRAL_LABELS: Record<(typeof CONFERRALS)[number], string> = {
  OWN: "Đơn vị khen thưởng",
  PROPOSED: "Đề nghị cấp trên khen thưởng",
};
