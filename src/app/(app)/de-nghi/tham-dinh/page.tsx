import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { listInbox } from "@/server/data/nominations/batches";
import { formatViDateTime } from "@/lib/dates";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { PageHeader } from "@/components/ui/page-header";
import { BATCH_STATUS_LABELS } from "../labels";

export const metadata: Metadata = { title: "Thẩm định hồ sơ" };

export default async function InboxPage() {
  const actor = await requirePermission("nomination.review");
  const batches = await listInbox(actor);
  return (
    <>
      <PageHeader
        title="Hồ sơ đề nghị khen thưởng gửi đến"
        description={`Các tờ trình gửi ${actor.unit.name} thẩm định.`}
      />
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Hộp hồ sơ đến</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="px-2 py-2">
                Đơn vị
              </th>
              <th scope="col" className="px-2 py-2">
                Hình thức
              </th>
              <th scope="col" className="px-2 py-2">
                Số đề nghị
              </th>
              <th scope="col" className="px-2 py-2">
                Gửi lúc
              </th>
              <th scope="col" className="px-2 py-2">
                Trạng thái
              </th>
            </tr>
          </thead>
          <tbody>
            {batches.length === 0 ? (
              <tr>
                <td colSpan={5} className="px-2 py-4 text-slate-700">
                  Chưa có hồ sơ nào gửi đến.
                </td>
              </tr>
            ) : null}
            {batches.map((b) => (
              <tr key={b.id} className="border-b border-slate-200">
                <th scope="row" className="px-2 py-2 font-normal">
                  <Link href={`/de-nghi/${b.id}`} className="text-blue-800 underline">
                    {b.unit.name}
                  </Link>
                </th>
                <td className="px-2 py-2">
                  {b.awardForm.name} – {RECIPIENT_KIND_LABELS[b.awardForm.recipientKind]}
                </td>
                <td className="px-2 py-2">{b.nomineeCount}</td>
                <td className="px-2 py-2">{b.submittedAt ? formatViDateTime(b.submittedAt) : "—"}</td>
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
