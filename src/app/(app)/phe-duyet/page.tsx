import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { listPlansAwaitingApproval } from "@/server/data/approval-plans";
import { numberLine } from "@/domain/text/format";
import { formatViDate } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Phê duyệt, quyết định khen thưởng" };

export default async function ApprovalPlansPage() {
  const actor = await requirePermission("award.approve");
  const plans = await listPlansAwaitingApproval(actor);
  return (
    <>
      <PageHeader
        title="Phê duyệt, quyết định khen thưởng"
        description={`Kế hoạch của ${actor.unit.name} đã có kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng.`}
      />
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Kế hoạch có kết quả bỏ phiếu của Hội đồng</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="px-2 py-2">
                Kế hoạch
              </th>
              <th scope="col" className="px-2 py-2 text-right">
                Hội đồng đề nghị
              </th>
              <th scope="col" className="px-2 py-2 text-right">
                Chờ phê duyệt
              </th>
              <th scope="col" className="px-2 py-2 text-right">
                Đã phê duyệt, chờ ký quyết định
              </th>
              <th scope="col" className="px-2 py-2 text-right">
                Đã có quyết định
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.length === 0 ? (
              <tr>
                <td colSpan={5} className="px-2 py-4 text-slate-700">
                  Chưa có kế hoạch nào đã bỏ phiếu xong tại Hội đồng.
                </td>
              </tr>
            ) : null}
            {plans.map((p) => (
              <tr key={p.id} className="border-b border-slate-200" data-testid="approval-plan">
                <th scope="row" className="px-2 py-2 font-normal">
                  <Link href={`/phe-duyet/${p.id}`} className="font-medium text-blue-800 underline">
                    {p.title}
                  </Link>
                  <span className="block text-xs text-slate-700">
                    {numberLine(p.number, p.symbol)}
                    {p.issuedOn ? ` ngày ${formatViDate(p.issuedOn)}` : ""}
                  </span>
                </th>
                <td className="px-2 py-2 text-right tabular-nums">{p.passed}</td>
                <td className="px-2 py-2 text-right tabular-nums">{p.pending}</td>
                <td className="px-2 py-2 text-right tabular-nums">{p.awaitingDecision}</td>
                <td className="px-2 py-2 text-right tabular-nums">{p.decided}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
