import { ZPlanInput } from "@/schemas/plan";
import { createPlan, transitionPlan } from "@/server/data/plans";
import { createActor, createTree } from "./factories";

/** A district's issued plan with one award form, the district actor holding every role it needs. */
export async function districtPlan(opts: {
  quota: number | "";
  dossierDeadline?: string;
  dossier?: boolean | string[];
  subQuotas?: { category: string; quota: number }[];
  catalogueCode?: string;
  capPercent?: number;
  cashValue?: number;
  recipientKind?: "INDIVIDUAL" | "COLLECTIVE";
  formName?: string;
  /** How the form rewards; default: the fixed value if given, the catalogue's coefficient if a code is, else nothing. */
  rewardKind?: "CATALOGUE" | "CASH" | "GIFT" | "NONE";
  giftDescription?: string;
  /** A plan that awards in rounds (đợt): how often, each year's deadline ("15/12"), its period and reviews. */
  recurrence?: "ONCE" | "YEARLY" | "AT_REVIEWS" | "YEARLY_AND_REVIEWS";
  roundDeadline?: string;
  periodFrom?: string;
  periodTo?: string;
  phases?: { name: string; reviewDate: string }[];
}) {
  const tree = await createTree();
  const chair = await createActor(tree.d1, ["CHAIR", "OFFICER", "REVIEWER"]);
  const plan = await createPlan(
    chair,
    ZPlanInput.parse({
      // Reviews (sơ kết, tổng kết) belong to a multi-year phase plan only.
      kind: opts.phases?.length ? "PHASE" : "THEMATIC",
      title: "Thi đua cải cách hành chính năm 2026",
      place: "Huyện",
      symbol: "KH-UBND",
      periodFrom: opts.periodFrom ?? "2026-01-01",
      periodTo: opts.periodTo ?? "2099-12-31",
      bases: [],
      purposes: ["Mục đích"],
      requirements: [],
      slogan: "",
      contents: ["Nội dung"],
      participantCollectives: [],
      participantIndividuals: [],
      awardForms: [
        {
          name: opts.formName ?? "Giấy khen của Chủ tịch UBND huyện",
          authority: "Chủ tịch UBND huyện",
          conferral: "OWN",
          recipientKind: opts.recipientKind ?? "INDIVIDUAL",
          catalogueCode: opts.catalogueCode ?? "",
          capPercent: opts.capPercent ?? "",
          quota: opts.quota,
          subQuotas: opts.subQuotas ?? [],
          criteria: ["Tiêu chuẩn"],
          cashValue: opts.cashValue ?? "",
          // A form that names no money pays nothing here, as the tests written before reward kinds assume.
          rewardKind: opts.rewardKind ?? (opts.cashValue ? "CASH" : opts.catalogueCode ? "CATALOGUE" : "NONE"),
          giftDescription: opts.giftDescription ?? "",
          recurrence: opts.recurrence ?? "ONCE",
          roundDeadline: opts.roundDeadline ?? "",
          dossier:
            opts.dossier === false
              ? []
              : (Array.isArray(opts.dossier) ? opts.dossier : ["Báo cáo thành tích"]).map((name) => ({
                  name,
                  template: name === "Báo cáo thành tích" ? "Mẫu số 03" : "",
                  copies: 1,
                })),
        },
      ],
      registrationItems: [],
      registrationDeadline: "",
      dossierDeadline: opts.dossierDeadline ?? "2099-12-01",
      phases: opts.phases ?? [],
      budgetSource: "",
      rewardRules: "",
      duties: [],
      recipients: ["Lưu: VT"],
      signerAuthority: "TM. ỦY BAN NHÂN DÂN",
      signerTitle: "CHỦ TỊCH",
      signerName: "Người Ký",
    }),
  );
  await transitionPlan(chair, plan.id, "issue");
  return { tree, chair, plan, formId: plan.awardForms[0]!.id };
}
