import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { availablePlanActions, isPublished } from "@/domain/plans/lifecycle";
import { planOutline } from "@/domain/plans/plan-outline";
import { isAboveMyUnit, isMyUnit } from "@/server/data/scope";
import { findPlan, listPlanRevisions, listCascadedPlans } from "@/server/data/plan-reads";
import { toPlanDocument } from "@/server/data/plan-mapping";
import { orNotFound } from "@/server/actions/page-guard";
import { formatViDate, formatViDateTime, toIsoDate, todayInVietnam } from "@/lib/dates";
import { PLAN_STATUS_LABELS } from "@/domain/labels";
import { PLAN_KIND_LABELS } from "@/schemas/plan";
import { PageHeader } from "@/components/ui/page-header";
import { PlanDocumentView } from "@/components/documents/plan-document-view";
import { PlanActions } from "./plan-actions";
import { planAwardSpending } from "@/server/data/approval-plans";
import { formatDong } from "@/domain/text/format";
import { formatLooseDate, looseFromStored, type DatePrecision } from "@/domain/plans/loose-date";

export const metadata: Metadata = { title: "Kế hoạch" };

/** A deadline as the plan writes it; one given by month or year says when it falls ("đến hết 31/12/2025"). */
function deadlineShown(day: Date, precision: DatePrecision) {
  const written = formatLooseDate(looseFromStored(toIsoDate(day), precision));
  return precision === "DAY" ? written : `${written} (đến hết ngày ${formatViDate(day)})`;
}

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("plan.read");
  const plan = await orNotFound(findPlan(actor, id));
  const ownUnit = isMyUnit(actor, plan.unitId);
  const actions = ownUnit ? availablePlanActions(plan.status, actor.roles) : [];
  const canCascade =
    !ownUnit && isPublished(plan.status) && isAboveMyUnit(actor, plan.unitId) && can(actor.roles, "plan.write");
  const [revisions, cascaded, spending] = await Promise.all([
    listPlanRevisions(actor, plan.id),
    listCascadedPlans(actor, plan.id),
    ownUnit ? planAwardSpending(actor, plan.id) : null,
  ]);
  return (
    <>
      <PageHeader
        title={plan.title}
        description={
          <>
            {plan.unit.name} · {PLAN_KIND_LABELS[plan.kind]} · <strong>{PLAN_STATUS_LABELS[plan.status]}</strong>
            {plan.number ? ` · Số ${plan.number}/${plan.symbol}` : ""}
            {plan.issuedOn ? ` ngày ${formatViDate(plan.issuedOn)}` : ""}
            {plan.version > 1 ? ` · sửa đổi lần ${plan.version - 1}` : ""}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0">
          <PlanDocumentView outline={planOutline(toPlanDocument(plan))} />
        </div>
        <aside className="space-y-4 print:hidden">
          {isPublished(plan.status) && (ownUnit || isAboveMyUnit(actor, plan.unitId)) ? (
            <section
              aria-labelledby="dang-ky"
              className="space-y-2 rounded-lg border border-slate-300 bg-white p-4 text-sm"
            >
              <h2 id="dang-ky" className="font-semibold">
                Đăng ký, đề nghị và khen thưởng
              </h2>
              {plan.registrationDeadline ? (
                <p>Hạn đăng ký: {deadlineShown(plan.registrationDeadline, plan.registrationDeadlinePrecision)}</p>
              ) : null}
              <Link href={`/ke-hoach/${plan.id}/dang-ky`} className="block text-blue-800 underline">
                Đăng ký của {actor.unit.name}
              </Link>
              {ownUnit && can(actor.roles, "nomination.review") ? (
                <Link href={`/ke-hoach/${plan.id}/chi-tieu`} className="block text-blue-800 underline">
                  Chỉ tiêu khen thưởng và gia hạn hồ sơ
                </Link>
              ) : null}
              {ownUnit && can(actor.roles, "council.read") ? (
                <Link href="/hoi-dong" className="block text-blue-800 underline">
                  Hội đồng thi đua – khen thưởng, phiên họp
                </Link>
              ) : null}
              {spending && (spending.decisions > 0 || spending.budget !== null) ? (
                <p data-testid="plan-spending">
                  Tiền thưởng theo {spending.decisions} quyết định: {formatDong(spending.spent)}
                  {spending.budget !== null
                    ? ` / kinh phí ${formatDong(spending.budget)}${spending.overBy ? ` (vượt ${formatDong(spending.overBy)})` : ""}`
                    : ""}
                  .
                </p>
              ) : null}
              {ownUnit && can(actor.roles, "award.approve") ? (
                <Link href={`/phe-duyet/${plan.id}`} className="block text-blue-800 underline">
                  Phê duyệt, quyết định khen thưởng
                </Link>
              ) : null}
              {ownUnit && can(actor.roles, "registration.review") ? (
                <Link href={`/ke-hoach/${plan.id}/dang-ky/tong-hop`} className="block text-blue-800 underline">
                  Tổng hợp đăng ký của các đơn vị
                </Link>
              ) : null}
            </section>
          ) : null}
          <PlanActions
            planId={plan.id}
            actions={actions}
            canWriteHere={ownUnit && can(actor.roles, "plan.write")}
            canCascade={canCascade}
            isDraft={plan.status === "DRAFT"}
            today={todayInVietnam()}
          />
          {plan.parentPlan ? (
            <section
              aria-labelledby="ke-hoach-cap-tren"
              className="rounded-lg border border-slate-300 bg-white p-4 text-sm"
            >
              <h2 id="ke-hoach-cap-tren" className="font-semibold">
                Xây dựng từ kế hoạch
              </h2>
              <Link href={`/ke-hoach/${plan.parentPlan.id}`} className="mt-1 block text-blue-800 underline">
                {plan.parentPlan.number ? `Số ${plan.parentPlan.number}/${plan.parentPlan.symbol} – ` : ""}
                {plan.parentPlan.unit.name}: {plan.parentPlan.title}
              </Link>
            </section>
          ) : null}
          {cascaded.length ? (
            <section
              aria-labelledby="ke-hoach-cap-duoi"
              className="rounded-lg border border-slate-300 bg-white p-4 text-sm"
            >
              <h2 id="ke-hoach-cap-duoi" className="font-semibold">
                Kế hoạch của đơn vị cấp dưới
              </h2>
              <ul className="mt-1 space-y-1">
                {cascaded.map((c) => (
                  <li key={c.id}>
                    <Link href={`/ke-hoach/${c.id}`} className="text-blue-800 underline">
                      {c.unit.name}
                    </Link>{" "}
                    – {PLAN_STATUS_LABELS[c.status]}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {revisions.length ? (
            <section aria-labelledby="lich-su" className="rounded-lg border border-slate-300 bg-white p-4 text-sm">
              <h2 id="lich-su" className="font-semibold">
                Lịch sử ban hành, sửa đổi
              </h2>
              <ol className="mt-1 space-y-1">
                {revisions.map((r) => (
                  <li key={r.id}>
                    Bản {r.version}: {r.reason} – {r.actorName}, {formatViDateTime(r.createdAt)}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </aside>
      </div>
    </>
  );
}
