import type { ReactNode } from "react";
import { heldLine, recordLines, titlesHeld, type RecordedAward } from "@/domain/awards/award-record";
import { formatDong } from "@/domain/text/format";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * Quá trình khen thưởng on screen and on paper: every award in the order it was earned, with its
 * decision, who conferred it, the unit it was given in (a predecessor's name after a merger) and a
 * revocation where there is one; then how many times each title is held. `action` adds a last
 * column (the unit's own entered awards can be deleted); it is left out of the printout.
 */
export function AwardRecordView({
  subject,
  awards,
  action,
}: {
  subject: string;
  awards: readonly RecordedAward[];
  action?: (award: RecordedAward) => ReactNode;
}) {
  const lines = recordLines(awards);
  const held = titlesHeld(awards);
  if (!lines.length) return <p className="text-sm text-slate-700">Chưa có khen thưởng nào được ghi nhận.</p>;
  return (
    <>
      <ScrollRegion label={`Quá trình khen thưởng của ${subject}`}>
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm print:min-w-0 print:text-[11pt]">
          <caption className="sr-only">Quá trình khen thưởng của {subject}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="py-2 pr-3">
                Năm
              </th>
              <th scope="col" className="pr-3">
                Danh hiệu, hình thức
              </th>
              <th scope="col" className="pr-3">
                Quyết định
              </th>
              <th scope="col" className="pr-3">
                Cấp khen thưởng
              </th>
              <th scope="col" className="pr-3">
                Đơn vị, ghi chú
              </th>
              {action ? (
                <th scope="col" className="print:hidden">
                  <span className="sr-only">Thao tác</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {lines.map((a) => (
              <tr key={a.id} className={`border-b border-slate-200 align-top ${a.revocation ? "text-slate-600" : ""}`}>
                <th scope="row" className="py-2 pr-3 font-normal tabular-nums">
                  {a.year}
                </th>
                <td className="py-2 pr-3">
                  {a.revocation ? <s>{a.name}</s> : a.name}
                  {a.revocation ? <span className="sr-only"> (đã thu hồi)</span> : null}
                </td>
                <td className="py-2 pr-3">{a.decision}</td>
                <td className="py-2 pr-3">{a.conferredBy}</td>
                <td className="py-2 pr-3">
                  {a.unitName}
                  {a.amount ? <span className="block">{formatDong(a.amount)}</span> : null}
                  {a.revocation ? <span className="block font-medium text-red-800">{a.revocation}</span> : null}
                </td>
                {action ? <td className="py-2 print:hidden">{action(a)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {held.length ? (
        <div className="mt-4 text-sm">
          <h3 className="font-semibold">Tổng hợp</h3>
          <ul className="mt-1 list-disc pl-5">
            {held.map((h) => (
              <li key={h.label}>{heldLine(h)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
