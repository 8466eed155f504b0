import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { quotaBoard } from "@/server/data/quotas";
import { orNotFound } from "@/server/actions/page-guard";
import { formatViDate, todayInVietnam } from "@/lib/dates";
import { RoundFilter } from "@/components/ui/round-filter";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { PageHeader } from "@/components/ui/page-header";
import { AllocationForm, ExtensionForm } from "./quota-forms";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Chỉ tiêu khen thưởng" };

export default async function QuotaPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ dot?: string }>;
}) {
  const { id } = await params;
  const { dot } = await searchParams;
  const actor = await requirePermission("nomination.review");
  const board = await orNotFound(quotaBoard(actor, id, dot));
  const allocate = can(actor.roles, "quota.allocate");
  return (
    <>
      <PageHeader
        title="Chỉ tiêu khen thưởng"
        description={
          <>
            Kế hoạch{" "}
            <Link href={`/ke-hoach/${board.plan.id}`} className="text-blue-800 underline">
              {board.plan.title}
            </Link>
          </>
        }
      />
      <RoundFilter path={`/ke-hoach/${board.plan.id}/chi-tieu`} rounds={board.rounds} current={board.roundKey} />
      {board.forms.map((f) => (
        <section
          key={f.id}
          aria-labelledby={`f-${f.id}`}
          className="mb-6 space-y-4 rounded-lg border border-slate-300 bg-white p-4"
        >
          <h2 id={`f-${f.id}`} className="font-semibold">
            {f.name} – {RECIPIENT_KIND_LABELS[f.recipientKind]} · {f.round.label} · chỉ tiêu{" "}
            {f.quota ?? "không giới hạn"}
            {f.subQuotas.length ? ` (${f.subQuotas.map((q) => `${q.category}: ${q.quota}`).join("; ")})` : ""}
          </h2>
          <ScrollRegion label={`Theo dõi chỉ tiêu: ${f.name}`}>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Theo dõi chỉ tiêu: {f.name}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1">
                    Đơn vị
                  </th>
                  <th scope="col">Được phân bổ</th>
                  <th scope="col">Đã đề nghị</th>
                  <th scope="col">Đã chấp nhận</th>
                </tr>
              </thead>
              <tbody>
                {f.rows.map((r) => (
                  <tr key={r.unitId} className="border-b border-slate-100" data-testid="quota-row">
                    <th scope="row" className="py-1 font-normal">
                      {r.unitName}
                    </th>
                    <td>{r.allocated}</td>
                    <td>{r.nominated}</td>
                    <td>{r.accepted}</td>
                  </tr>
                ))}
                <tr className="font-semibold">
                  <th scope="row" className="py-1">
                    Tổng
                  </th>
                  <td>{f.rows.reduce((s, r) => s + r.allocated, 0)}</td>
                  <td>{f.rows.reduce((s, r) => s + r.nominated, 0)}</td>
                  <td>{f.rows.reduce((s, r) => s + r.accepted, 0)}</td>
                </tr>
              </tbody>
            </table>
          </ScrollRegion>
          {allocate && f.quota !== null ? (
            <AllocationForm
              planId={board.plan.id}
              awardFormId={f.id}
              roundId={f.round.id}
              key={f.round.id}
              formName={`${f.name} – ${RECIPIENT_KIND_LABELS[f.recipientKind]}`}
              units={board.units}
              categories={f.subQuotas.map((q) => q.category)}
              current={Object.fromEntries(f.allocations.map((a) => [`${a.unitId}:${a.category}`, a.quantity]))}
              rowVersion={f.rowVersion}
            />
          ) : null}
          {f.round.dossierDeadline ? (
            <p className="text-sm text-slate-700">Hạn nộp hồ sơ của đợt: {formatViDate(f.round.dossierDeadline)}</p>
          ) : null}
        </section>
      ))}
      <section aria-labelledby="gia-han" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="gia-han" className="mb-2 font-semibold">
          Gia hạn nộp hồ sơ cho đơn vị
        </h2>
        <ExtensionForm planId={board.plan.id} units={board.units} today={todayInVietnam()} />
      </section>
    </>
  );
}
