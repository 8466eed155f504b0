import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/server/auth/actor";
import { findPlan } from "@/server/data/plan-reads";
import { planFormValues, toPlanInput } from "@/server/data/plan-mapping";
import { copiedParts } from "@/domain/plans/copy-plan";
import { formatViDate } from "@/lib/dates";
import { decidePlanAction } from "@/domain/plans/lifecycle";
import { orNotFound } from "@/server/actions/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { PlanForm } from "../../_form/plan-form";
import { amendPlanAction, updatePlanAction } from "../../actions";
import { registrableOptions } from "../../citable";
import { citableChoices } from "../../citable";
import { isMyUnit } from "@/server/data/scope";

export const metadata: Metadata = { title: "Sửa kế hoạch" };

/** Drafts are edited; issued plans are amended (with a reason, the previous text kept). */
export default async function EditPlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tu?: string | string[] }>;
}) {
  const { id } = await params;
  const { tu } = await searchParams;
  const actor = await requirePermission("plan.write");
  const plan = await orNotFound(findPlan(actor, id));
  if (!isMyUnit(actor, plan.unitId)) notFound();
  const edit = decidePlanAction("edit", plan.status, actor.roles);
  const amend = decidePlanAction("amend", plan.status, actor.roles);
  if (!edit.ok && !amend.ok) {
    return (
      <>
        <PageHeader title={plan.title} />
        <Notice tone="error">{edit.reason}</Notice>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={edit.ok ? "Sửa dự thảo kế hoạch" : "Sửa đổi, bổ sung kế hoạch đã ban hành"}
        description={plan.title}
      />
      {tu === "cap-tren" && plan.parentPlan ? (
        <div className="mb-6">
          <Notice tone="info">
            Dự thảo của đơn vị đã được tạo từ Kế hoạch số {plan.parentPlan.number}/{plan.parentPlan.symbol}
            {plan.parentPlan.issuedOn ? ` ngày ${formatViDate(plan.parentPlan.issuedOn)}` : ""} của{" "}
            {plan.parentPlan.unit.name}: {copiedParts(toPlanInput(plan)).join(", ")}. Sửa cho phù hợp với đơn vị rồi
            lưu.
          </Notice>
        </div>
      ) : null}
      <PlanForm
        initial={planFormValues(plan)}
        rowVersion={plan.rowVersion}
        citable={(await citableChoices(actor)).filter((c) => c.id !== plan.id)}
        registrable={await registrableOptions(actor)}
        save={edit.ok ? updatePlanAction.bind(null, plan.id) : amendPlanAction.bind(null, plan.id)}
        amend={!edit.ok}
        cancelHref={`/ke-hoach/${plan.id}`}
      />
    </>
  );
}
