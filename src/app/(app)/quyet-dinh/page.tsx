import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { listDecisionsOfMyUnit } from "@/server/data/issued-documents";
import { SIGNATURE_HEADLINES } from "@/domain/documents/signature-verdict";
import { formatMoney } from "@/domain/text/format";
import { formatViDate } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Quyết định đã ký, ban hành" };

/** The unit's award decisions, for its office to record the signed document each one was issued as. */
export default async function DecisionsPage() {
  const actor = await requirePermission("decision.record");
  const decisions = await listDecisionsOfMyUnit(actor);
  return (
    <>
      <PageHeader
        title="Quyết định đã ký, ban hành"
        description="Quyết định khen thưởng của đơn vị. Mở một quyết định để tải PDF, ghi nhận văn bản đã ký (có chữ ký số hoặc bản chụp) hoặc ký số bằng chứng thư của đơn vị."
      />
      {decisions.length === 0 ? (
        <p className="text-sm text-slate-700">Đơn vị chưa có quyết định khen thưởng nào.</p>
      ) : (
        <ScrollRegion label="Quyết định của đơn vị">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Quyết định khen thưởng của đơn vị</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="px-2 py-2">
                  Số quyết định
                </th>
                <th scope="col" className="px-2 py-2">
                  Ngày ký
                </th>
                <th scope="col" className="px-2 py-2">
                  Hình thức
                </th>
                <th scope="col" className="px-2 py-2 text-right">
                  Số được khen
                </th>
                <th scope="col" className="px-2 py-2 text-right">
                  Tiền thưởng (đồng)
                </th>
                <th scope="col" className="px-2 py-2">
                  Văn bản đã ký
                </th>
              </tr>
            </thead>
            <tbody>
              {decisions.map((d) => (
                <tr key={d.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="px-2 py-2 font-normal whitespace-nowrap">
                    <Link href={`/quyet-dinh/${d.id}`} className="text-blue-800 underline">
                      {d.number}/QĐ-UBND
                    </Link>
                  </th>
                  <td className="px-2 py-2 whitespace-nowrap">{formatViDate(d.decidedOn)}</td>
                  <td className="px-2 py-2">{d.formName}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{d.awards}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{formatMoney(d.total)}</td>
                  <td className="px-2 py-2">
                    {d.issuedSignature ? SIGNATURE_HEADLINES[d.issuedSignature] : "Chưa ghi nhận"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
