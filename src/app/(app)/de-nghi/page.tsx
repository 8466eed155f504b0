import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { listMyBatches, listProposableForms } from "@/server/data/nominations/batches";
import { listNotifications } from "@/server/data/nominations/notifications";
import { formatViDateTime } from "@/lib/dates";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { isMyUnit } from "@/server/data/scope";
import { CreateBatchForm } from "./create-batch-form";
import { BATCH_STATUS_LABELS } from "./labels";

export const metadata: Metadata = { title: "Đề nghị khen thưởng" };

export default async function NominationsPage() {
  const actor = await requirePermission("plan.read");
  const [batches, forms, notifications] = await Promise.all([
    listMyBatches(actor),
    can(actor.roles, "nomination.write") ? listProposableForms(actor) : [],
    listNotifications(actor),
  ]);
  return (
    <>
      <PageHeader
        title="Đề nghị khen thưởng"
        description={`Tờ trình và hồ sơ đề nghị khen thưởng của ${actor.unit.name}.`}
        actions={
          can(actor.roles, "nomination.review") ? (
            <Link href="/de-nghi/tham-dinh" className={buttonClass("secondary")}>
              Hồ sơ gửi đến để thẩm định
            </Link>
          ) : null
        }
      />
      {notifications.length ? (
        <section aria-labelledby="thong-bao" className="mb-6 rounded-lg border border-blue-300 bg-blue-50 p-4 text-sm">
          <h2 id="thong-bao" className="font-semibold">
            Thông báo
          </h2>
          <ul className="mt-1 space-y-1">
            {notifications.map((n) => (
              <li key={n.id}>
                <Link href={n.link} className="text-blue-900 underline">
                  {n.text}
                </Link>{" "}
                <span className="text-slate-700">({formatViDateTime(n.createdAt)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {forms.length ? (
        <section className="mb-6 rounded-lg border border-slate-300 bg-white p-4">
          <CreateBatchForm
            // A form given in rounds (each year, each review) is proposed for one round: one choice per round.
            forms={forms.flatMap((f) =>
              (f.rounds.length > 1 ? f.rounds : [null]).map((r) => ({
                id: r ? `${f.id}:${r.id}` : f.id,
                label: `${f.name} – ${RECIPIENT_KIND_LABELS[f.recipientKind]}${r ? ` – đợt ${r.label}` : ""}${f.quota !== null ? ` (chỉ tiêu ${r?.quota ?? f.quota})` : ""} · ${f.plan.unit.name}: ${f.plan.title}${f.plan.number ? ` (số ${f.plan.number}/${f.plan.symbol})` : ""}`,
                // A higher unit's forms are proposals it reviews; the unit's own are reviewed at home.
                group: isMyUnit(actor, f.plan.unitId)
                  ? `Kế hoạch của ${actor.unit.name}`
                  : `Đề nghị cấp trên – ${f.plan.unit.name} thẩm định`,
              })),
            )}
          />
        </section>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Các tờ trình của đơn vị</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="px-2 py-2">
                Hình thức
              </th>
              <th scope="col" className="px-2 py-2">
                Kế hoạch
              </th>
              <th scope="col" className="px-2 py-2">
                Số đề nghị
              </th>
              <th scope="col" className="px-2 py-2">
                Trạng thái
              </th>
            </tr>
          </thead>
          <tbody>
            {batches.length === 0 ? (
              <tr>
                <td colSpan={4} className="px-2 py-4 text-slate-700">
                  Chưa có tờ trình nào.
                </td>
              </tr>
            ) : null}
            {batches.map((b) => (
              <tr key={b.id} className="border-b border-slate-200">
                <th scope="row" className="px-2 py-2 font-normal">
                  <Link href={`/de-nghi/${b.id}`} className="text-blue-800 underline">
                    {b.awardForm.name} – {RECIPIENT_KIND_LABELS[b.awardForm.recipientKind]}
                  </Link>
                </th>
                <td className="px-2 py-2">{b.awardForm.plan.title}</td>
                <td className="px-2 py-2">{b.nomineeCount}</td>
                <td className="px-2 py-2">
                  {BATCH_STATUS_LABELS[b.status]}
                  {b.round > 1 ? ` (lần ${b.round})` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
