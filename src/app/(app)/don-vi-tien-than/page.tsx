import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { listMyPredecessors } from "@/server/data/succession-moves";
import { listPlansToTakeOver } from "@/server/data/succession-plans";
import { formatViDate } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { ActionButton } from "@/components/forms/action-button";
import { takeOverPlanAction } from "./actions";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Đơn vị tiền thân" };

/**
 * The units this one succeeds (after a merger or split): their history is read here and in the
 * award ledger; their people and organisations are moved over, their open multi-year plans taken over.
 */
export default async function PredecessorsPage() {
  const actor = await requirePermission("person.read");
  const [units, plans] = await Promise.all([
    listMyPredecessors(actor),
    can(actor.roles, "plan.read") ? listPlansToTakeOver(actor) : Promise.resolve([]),
  ]);
  const mayMove = can(actor.roles, "person.write") && can(actor.roles, "organisation.write");
  const mayTakeOver = can(actor.roles, "plan.issue");
  return (
    <>
      <PageHeader
        title="Đơn vị tiền thân"
        description={`Các đơn vị đã sắp xếp vào ${actor.unit.name}. Kế hoạch, quyết định và lịch sử khen thưởng của các đơn vị này được xem (không sửa) trong Kế hoạch thi đua và Lịch sử khen thưởng.`}
      />
      {units.length === 0 ? (
        <p className="text-sm text-slate-700">Đơn vị không kế thừa đơn vị nào.</p>
      ) : (
        <ScrollRegion label="Đơn vị tiền thân">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Đơn vị tiền thân</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1">
                  Đơn vị
                </th>
                <th scope="col">Hoạt động đến hết</th>
                <th scope="col">Sắp xếp vào</th>
                <th scope="col">Còn lại</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.id} className="border-b border-slate-200 align-top" data-testid="predecessor">
                  <td className="py-1">
                    {u.name} ({u.code})
                  </td>
                  <td>{u.validTo ? formatViDate(u.validTo) : "—"}</td>
                  <td>
                    {u.successors.map((s) => (
                      <span key={s.name} className="block">
                        {s.name} từ {formatViDate(s.effectiveOn)}
                        {s.resolution ? ` (NQ ${s.resolution})` : ""}
                      </span>
                    ))}
                  </td>
                  <td>
                    {u.people} người, {u.organisations} tổ chức
                    {mayMove && u.validTo && u.people + u.organisations > 0 ? (
                      <Link href={`/don-vi-tien-than/${u.id}`} className="block text-blue-800 underline">
                        Chuyển người và tổ chức của {u.name}
                      </Link>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {plans.length ? (
        <section aria-labelledby="ke-hoach-tiep-nhan" className="mt-8">
          <h2 id="ke-hoach-tiep-nhan" className="text-lg font-semibold">
            Kế hoạch còn thực hiện của đơn vị tiền thân
          </h2>
          <p className="text-sm text-slate-700">
            Kế hoạch nhiều năm chưa kết thúc được tiếp nhận giữ nguyên số, nội dung và lịch sử sửa đổi; văn bản vẫn ghi
            đơn vị ban hành.
          </p>
          <ul className="mt-2 space-y-3">
            {plans.map((p) => (
              <li
                key={p.id}
                className="rounded-lg border border-slate-300 bg-white p-4 text-sm"
                data-testid="plan-to-take-over"
              >
                <Link href={`/ke-hoach/${p.id}`} className="font-medium text-blue-800 underline">
                  Số {p.number}/{p.symbol} – {p.title}
                </Link>
                <p>
                  {p.unit.name} · {formatViDate(p.periodFrom)} – {formatViDate(p.periodTo)}
                </p>
                {p.problem ? (
                  <p className="text-slate-700">{p.problem}</p>
                ) : mayTakeOver ? (
                  <div className="mt-2">
                    <ActionButton
                      action={takeOverPlanAction.bind(null, p.id)}
                      label="Tiếp nhận kế hoạch"
                      pendingLabel="Đang tiếp nhận…"
                      confirmText={`Tiếp nhận kế hoạch số ${p.number}/${p.symbol} của ${p.unit.name}?`}
                      redirectTo={`/ke-hoach/${p.id}`}
                    />
                  </div>
                ) : (
                  <p className="text-slate-700">Chủ tịch đơn vị tiếp nhận kế hoạch này.</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
