import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { INBOX_SORT_KEYS, listInbox } from "@/server/data/nominations/batches";
import { parseTableParams, type SearchParams } from "@/lib/table-params";
import { formatViDateTime } from "@/lib/dates";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { PageHeader } from "@/components/ui/page-header";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { inputClass } from "@/components/ui/field";
import { BATCH_STATUS_LABELS } from "../labels";
import { FilterButton } from "@/components/ui/filter-fields";

export const metadata: Metadata = { title: "Thẩm định hồ sơ" };

/** The statuses a sent batch can be in, for the filter (`?trang-thai=`). */
const SENT_STATUSES = ["SUBMITTED", "RETURNED", "ACCEPTED"] as const;

function first(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value;
}

export default async function InboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("nomination.review");
  const search = await searchParams;
  const params = parseTableParams(search, {
    sortKeys: INBOX_SORT_KEYS,
    defaultSort: "submittedAt",
    defaultDir: "desc",
  });
  const wanted = first(search["trang-thai"]);
  const status = SENT_STATUSES.find((s) => s === wanted);
  const { rows: batches, total, totalCapped, cursors } = await listInbox(actor, params, { status });
  return (
    <>
      <PageHeader
        title="Hồ sơ đề nghị khen thưởng gửi đến"
        description={`Các tờ trình gửi ${actor.unit.name} thẩm định.`}
      />
      <form method="get" aria-label="Lọc hồ sơ đến" className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="trang-thai" className="block text-sm font-medium">
            Trạng thái
          </label>
          <select id="trang-thai" name="trang-thai" defaultValue={status ?? ""} className={inputClass}>
            <option value="">Tất cả</option>
            {SENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {BATCH_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <FilterButton />
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Hộp hồ sơ đến</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="px-2 py-2">
                Đơn vị
              </th>
              <th scope="col" className="px-2 py-2">
                Kế hoạch
              </th>
              <th scope="col" className="px-2 py-2">
                Đợt
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
                <td colSpan={7} className="px-2 py-4 text-slate-700">
                  {status ? "Không có hồ sơ nào ở trạng thái này." : "Chưa có hồ sơ nào gửi đến."}
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
                <td className="px-2 py-2">{b.awardForm.plan.title}</td>
                <td className="px-2 py-2">{b.awardRound.label}</td>
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
      <KeysetPager
        path="/de-nghi/tham-dinh"
        search={search}
        page={params.page}
        total={total}
        totalCapped={totalCapped}
        cursors={cursors}
        unit="tờ trình"
      />
    </>
  );
}
