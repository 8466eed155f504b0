import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { placeName } from "@/domain/units/hierarchy";
import { todayInVietnam } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import type { TPlanInput } from "@/schemas/plan";
import { PlanForm } from "../_form/plan-form";
import { createPlanAction } from "../actions";
import { registrableOptions } from "../citable";
import { citableChoices } from "../citable";

export const metadata: Metadata = { title: "Soạn kế hoạch" };

export default async function NewPlanPage() {
  const actor = await requirePermission("plan.write");
  const year = todayInVietnam().slice(0, 4);
  const initial: TPlanInput = {
    kind: "ANNUAL",
    title: "",
    place: placeName(actor.unit.name),
    symbol: "KH-UBND",
    periodFrom: `${year}-01-01`,
    periodTo: `${year}-12-31`,
    bases: [],
    purposes: [],
    requirements: [],
    slogan: "",
    contents: [],
    participantCollectives: [],
    participantIndividuals: [],
    awardForms: [
      {
        name: "",
        authority: "",
        conferral: "OWN",
        recipientKind: "INDIVIDUAL",
        quota: "",
        subQuotas: [],
        criteria: [],
        cashValue: "",
        dossier: [],
        phase: "",
        catalogueCode: "",
        capPercent: "",
      },
    ],
    registrationItems: [],
    registrationDeadline: "",
    dossierDeadline: "",
    phases: [],
    budgetSource: "",
    budgetAmount: "",
    rewardRules: "",
    duties: [],
    recipients: ["Lưu: VT"],
    signerAuthority: "TM. ỦY BAN NHÂN DÂN",
    signerTitle: "CHỦ TỊCH",
    signerName: "",
  };
  return (
    <>
      <PageHeader title="Soạn kế hoạch phát động phong trào thi đua" description={actor.unit.name} />
      <PlanForm
        initial={initial}
        citable={await citableChoices(actor)}
        registrable={await registrableOptions(actor)}
        save={createPlanAction}
        cancelHref="/ke-hoach"
      />
    </>
  );
}
