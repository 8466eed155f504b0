import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import type { Actor } from "@/server/auth/actor-types";
import { placeName } from "@/domain/units/hierarchy";
import { formatViDate, todayInVietnam } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { PLAN_KIND_LABELS, type TPlanInput } from "@/schemas/plan";
import { findPlan, listCitablePlans, listPlans, PLAN_SORT_KEYS } from "@/server/data/plan-reads";
import { formValuesOf, toPlanInput } from "@/server/data/plan-mapping";
import { isMyUnit, writeScope } from "@/server/data/scope";
import { parseTableParams } from "@/lib/table-params";
import { copiedParts, copyTargetYear, shiftPlanYears } from "@/domain/plans/copy-plan";
import { PlanForm } from "../_form/plan-form";
import { createPlanAction } from "../actions";
import { citableChoices, registrableOptions } from "../citable";
import { CopySources, type CopySource } from "./copy-sources";

export const metadata: Metadata = { title: "Soạn kế hoạch" };

const docLabel = (p: { number: string | null; symbol: string; issuedOn: Date | null }) =>
  p.number ? `Kế hoạch số ${p.number}/${p.symbol}${p.issuedOn ? ` ngày ${formatViDate(p.issuedOn)}` : ""}` : "Dự thảo";

/** The unit's latest plans (its own, any status), newest first: what "last year's plan" can be. */
async function ownPlanChoices(actor: Actor): Promise<CopySource[]> {
  const params = parseTableParams({}, { sortKeys: PLAN_SORT_KEYS, defaultSort: "year", defaultDir: "desc" });
  const { rows } = await listPlans(actor, params, { unitId: writeScope(actor, "plan.write").unitId });
  return rows.map((p) => ({
    id: p.id,
    label: `${p.year} · ${PLAN_KIND_LABELS[p.kind]} · ${docLabel(p)}: ${p.title}`,
  }));
}

/** Plans issued by the units above, which this unit builds its own from (the cascade). */
async function parentPlanChoices(actor: Actor): Promise<CopySource[]> {
  return (await listCitablePlans(actor))
    .filter((p) => !isMyUnit(actor, p.unitId))
    .map((p) => ({ id: p.id, label: `${docLabel(p)} – ${p.unit.name}: ${p.title}` }));
}

function blankPlan(actor: Actor, year: string): TPlanInput {
  return {
    kind: "ANNUAL",
    title: "",
    place: placeName(actor.unit.name),
    symbol: "KH-UBND",
    periodFrom: `${year}-01-01`,
    periodFromIssue: false,
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
}

/**
 * Last year's plan of the unit as a new plan's first values: its content with the dates a year
 * on (copy-plan.ts), the award forms as new ones (no ids: the copy's registrations and proposals
 * are its own). Null when `id` is not a plan of the actor's unit.
 */
async function copyOfOwnPlan(actor: Actor, id: string, thisYear: number) {
  const source = await findPlan(actor, id).catch(() => null);
  if (!source || !isMyUnit(actor, source.unitId)) return null;
  const content = toPlanInput(source);
  const toYear = copyTargetYear(source.year, thisYear);
  const shifted = shiftPlanYears(content, toYear - Number(content.periodFrom.slice(0, 4)));
  const values = formValuesOf({ ...shifted, awardForms: shifted.awardForms.map(({ id: _id, ...f }) => f) });
  return {
    values,
    notice: `Đã sao chép từ ${docLabel(source)} “${source.title}”: ${copiedParts(content).join(", ")}. Ngày tháng đã lùi sang năm ${toYear} (thực hiện ${formatViDate(shifted.periodFrom)} – ${formatViDate(shifted.periodTo)}). Kiểm tra lại căn cứ, số lượng và thời hạn trước khi lưu.`,
  };
}

export default async function NewPlanPage({ searchParams }: { searchParams: Promise<{ tu?: string | string[] }> }) {
  const actor = await requirePermission("plan.write");
  const year = todayInVietnam().slice(0, 4);
  const { tu } = await searchParams;
  const copy = typeof tu === "string" && tu ? await copyOfOwnPlan(actor, tu, Number(year)) : null;
  const [ownPlans, parentPlans, citable, registrable] = [
    await ownPlanChoices(actor),
    await parentPlanChoices(actor),
    await citableChoices(actor),
    await registrableOptions(actor),
  ];
  return (
    <>
      <PageHeader title="Soạn kế hoạch phát động phong trào thi đua" description={actor.unit.name} />
      <div className="space-y-6">
        <CopySources ownPlans={ownPlans} parentPlans={parentPlans} />
        {copy ? <Notice tone="info">{copy.notice}</Notice> : null}
        {tu && !copy ? <Notice tone="error">Không tìm thấy kế hoạch của đơn vị để sao chép.</Notice> : null}
        <PlanForm
          // A copy is a new form with its own first values (server-rendered), not a reset of the one typed in.
          key={copy ? String(tu) : "trong"}
          initial={copy?.values ?? blankPlan(actor, year)}
          citable={citable}
          registrable={registrable}
          save={createPlanAction}
          cancelHref="/ke-hoach"
        />
      </div>
    </>
  );
}
