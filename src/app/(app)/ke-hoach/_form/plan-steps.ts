/**
 * The plan form's steps, in the order of the printed plan except that the reviews (sơ kết, tổng
 * kết) come before the award forms, which name them. Each step lists the plan's top-level fields
 * it holds, so an error anywhere under a field ("awardForms.2.criteria") is counted on its step and
 * a link to it opens that step.
 */
export const PLAN_STEPS = [
  {
    title: "Thông tin chung",
    fields: ["title", "kind", "symbol", "place", "periodFrom", "periodFromIssue", "periodTo"],
  },
  { title: "Căn cứ, mục đích, yêu cầu", fields: ["bases", "purposes", "requirements", "slogan"] },
  { title: "Nội dung, đối tượng", fields: ["contents", "participantCollectives", "participantIndividuals"] },
  {
    title: "Đăng ký, thời hạn, sơ kết",
    fields: ["registrationItems", "registrationDeadline", "dossierDeadline", "phases"],
  },
  { title: "Hình thức khen thưởng", fields: ["awardForms"] },
  { title: "Kinh phí, tổ chức thực hiện", fields: ["budgetSource", "budgetAmount", "rewardRules", "duties"] },
  {
    title: "Nơi nhận, người ký",
    fields: ["recipients", "signerAuthority", "signerTitle", "signerName"],
  },
] as const;

/** The step holding the field at `path`; null for what sits above the steps (the amendment's reason). */
export function stepOfPath(path: string): number | null {
  const top = path.split(".")[0];
  const i = PLAN_STEPS.findIndex((s) => (s.fields as readonly string[]).includes(top ?? ""));
  return i < 0 ? null : i;
}
