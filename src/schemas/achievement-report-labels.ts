/** The achievement report form's choices, without zod: the form loads zod only when it first checks. */

/** III.1 "Danh hiệu thi đua" and III.2 "Hình thức khen thưởng" are two tables in the template. */
export const AWARD_HISTORY_KINDS = ["TITLE", "FORM"] as const;
export const AWARD_HISTORY_KIND_LABELS: Record<(typeof AWARD_HISTORY_KINDS)[number], string> = {
  TITLE: "Danh hiệu thi đua",
  FORM: "Hình thức khen thưởng",
};
