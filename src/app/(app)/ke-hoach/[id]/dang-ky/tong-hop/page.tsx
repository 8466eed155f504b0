import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { REGISTRATION_STATUS_LABELS } from "@/domain/registration/rules";
import { SUMMARY_STATUS_LABELS, SUMMARY_STATUSES } from "@/domain/registration/summary-status";
import { registrationSummaryPage } from "@/server/data/registration-review";
import { orNotFound } from "@/server/actions/page-guard";
import { formatViDate, todayInVietnam } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLink } from "@/components/forms/export-link";
import { RoundFilter } from "@/components/ui/round-filter";
import { FilterButton, FilterField } from "@/components/ui/filter-fields";
import { inputClass } from "@/components/ui/field";
import { ForwardForm, ReopenForm, ReviewForm } from "./review-forms";

export const metadata: Metadata = { title: "Tổng hợp đăng ký thi đua" };

type Search = { nam?: string; trang?: string; "trang-thai"?: string; tim?: string };

/**
 * The summary's filters from the URL; anything unknown reads as no filter (a typed "?trang-thai=x"
 * lists every unit, "?nam=abc" the plan's current year, "?trang=99" the last page).
 */
function filtersOf(search: Search) {
  const name = (typeof search.tim === "string" ? search.tim : "").trim().slice(0, 100);
  return {
    year: Number(search.nam) || undefined,
    status: SUMMARY_STATUSES.find((s) => s === search["trang-thai"]),
    name: name || undefined,
    page: typeof search.trang === "string" ? search.trang : undefined,
  };
}

/**
 * The issuing unit's view of who registered for its plan. The counts per status and the totals are
 * PostgreSQL's; the units are listed a page at a time (SUMMARY_PAGE_SIZE), filtered by status and
 * name, each with its rows, its review form and its reopen form: a province's hundred communes, all
 * listed with a form each, made the page megabytes of HTML (issue 15).
 */
export default async function RegistrationSummaryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const { id } = await params;
  const search = await searchParams;
  const filters = filtersOf(search);
  const actor = await requirePermission("registration.review");
  const { plan, years, year, columns, units, statusCounts, totals, count, page, pages, lines } = await orNotFound(
    registrationSummaryPage(actor, id, filters),
  );
  const today = todayInVietnam();
  const path = `/ke-hoach/${plan.id}/dang-ky/tong-hop`;
  // The year and the other filters stay when paging; a new filter starts at page 1.
  const hrefOf = (to: { status?: string; page?: number; name?: string }) =>
    `${path}?${new URLSearchParams(
      Object.entries({
        nam: String(year),
        "trang-thai": to.status,
        tim: to.name,
        trang: to.page && to.page > 1 ? String(to.page) : undefined,
      }).filter((e): e is [string, string] => Boolean(e[1])),
    ).toString()}`;
  const pageHref = (to: number) => `${hrefOf({ status: filters.status, name: filters.name, page: to })}#don-vi`;
  const filtered = Boolean(filters.status || filters.name);
  const link =
    "inline-flex min-h-6 items-center rounded-md border border-slate-300 bg-white px-3 py-1 text-blue-800 underline";
  const chip = (current: boolean) =>
    `inline-flex min-h-6 items-center rounded-md border px-3 py-1 text-sm ${
      current ? "border-blue-800 bg-blue-800 text-white" : "border-slate-300 bg-white text-blue-800 underline"
    }`;
  return (
    <>
      <PageHeader
        title="Tổng hợp đăng ký thi đua"
        description={
          <>
            Kế hoạch{" "}
            <Link href={`/ke-hoach/${plan.id}`} className="text-blue-800 underline">
              {plan.title}
            </Link>
            {years.length > 1 ? ` · năm ${year}` : ""}
          </>
        }
        actions={
          <ExportLink
            href={`/ke-hoach/${plan.id}/dang-ky/xuat-excel?nam=${year}`}
            label="Xuất Excel (.xlsx)"
            fileName={`dang-ky-thi-dua-${year}.xlsx`}
          />
        }
      />
      <RoundFilter
        path={path}
        param="nam"
        label="Năm đăng ký"
        rounds={years.map((y) => ({ key: String(y), label: `Năm ${y}` }))}
        current={String(year)}
      />

      <nav aria-label="Tình hình đăng ký" className="mb-4">
        <p className="mb-1 text-sm font-medium text-slate-800">Tình hình đăng ký ({units} đơn vị)</p>
        <ul className="flex flex-wrap gap-2" data-testid="registration-status-counts">
          <li>
            <Link
              href={hrefOf({})}
              aria-current={!filters.status ? "page" : undefined}
              className={chip(!filters.status)}
            >
              Tất cả: {units}
            </Link>
          </li>
          {SUMMARY_STATUSES.map((s) => (
            <li key={s}>
              <Link
                href={hrefOf({ status: s })}
                aria-current={filters.status === s ? "page" : undefined}
                className={chip(filters.status === s)}
              >
                {SUMMARY_STATUS_LABELS[s]}: {statusCounts[s]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="tong-cong" className="mb-6 overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <h2 id="tong-cong" className="px-4 pt-4 font-semibold">
          Tổng cộng các bản đăng ký đã duyệt ({statusCounts["da-duyet"]}/{units} đơn vị)
        </h2>
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">Số tập thể, cá nhân đăng ký mỗi danh hiệu, hình thức, đã được duyệt</caption>
          <thead>
            <tr className="border-b border-slate-300">
              {columns.map((c) => (
                <th key={c.code} scope="col" className="px-2 py-1 text-xs">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="font-semibold" data-testid="registration-totals">
              {columns.map((c) => (
                <td key={c.code} className="px-2 py-1 text-center">
                  {totals[c.code] ?? 0}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="don-vi" className="mb-6 space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="don-vi" className="font-semibold">
          Số lượng đăng ký theo đơn vị
        </h2>
        <form method="get" action={path} className="flex flex-wrap items-end gap-3 text-sm">
          <input type="hidden" name="nam" value={year} />
          <FilterField label="Trạng thái">
            <select name="trang-thai" defaultValue={filters.status ?? ""} className={inputClass}>
              <option value="">Tất cả ({units})</option>
              {SUMMARY_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {SUMMARY_STATUS_LABELS[s]} ({statusCounts[s]})
                </option>
              ))}
            </select>
          </FilterField>
          <FilterField label="Tên đơn vị">
            <input
              type="search"
              name="tim"
              defaultValue={filters.name ?? ""}
              placeholder="Gõ có hoặc không dấu"
              className={inputClass}
            />
          </FilterField>
          <FilterButton />
          {filtered ? (
            <Link className={link} href={hrefOf({})}>
              Xóa bộ lọc
            </Link>
          ) : null}
        </form>
        {lines.length === 0 ? (
          <p className="text-sm text-slate-700" data-testid="registration-summary-empty">
            {filtered ? "Không có đơn vị nào theo bộ lọc này." : "Chưa có đơn vị nào tham gia đăng ký kế hoạch này."}
          </p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">
                Số tập thể, cá nhân đăng ký mỗi danh hiệu, hình thức, theo đơn vị (trang {page}/{pages})
              </caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="px-2 py-1 text-left">
                    Đơn vị
                  </th>
                  <th scope="col" className="px-2 py-1 text-left">
                    Trạng thái
                  </th>
                  {columns.map((c) => (
                    <th key={c.code} scope="col" className="px-2 py-1 text-xs">
                      {c.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {lines.map((l) => (
                  <tr key={l.unitId} className="border-b border-slate-200" data-testid="registration-summary-row">
                    {/* Wide enough that a phone scrolls the table rather than breaking names a word a line. */}
                    <th scope="row" className="min-w-40 px-2 py-1 text-left font-normal">
                      <a href={`#dv-${l.unitId}`} className="inline-flex min-h-6 items-center text-blue-800 underline">
                        {l.unitName}
                      </a>
                    </th>
                    <td className="min-w-28 px-2 py-1">
                      {l.registration ? REGISTRATION_STATUS_LABELS[l.registration.status] : "Chưa đăng ký"}
                    </td>
                    {columns.map((c) => (
                      <td key={c.code} className="px-2 py-1 text-center">
                        {l.registration?.counts[c.code] || ""}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav aria-label="Trang danh sách đơn vị" className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-medium text-slate-800" data-testid="registration-summary-paging">
            {count} đơn vị{filtered ? " theo bộ lọc" : ""}
            {pages > 1 ? ` · trang ${page}/${pages}` : ""}
          </span>
          {page > 1 ? (
            <Link className={link} href={pageHref(page - 1)}>
              Trước
            </Link>
          ) : null}
          {page < pages ? (
            <Link className={link} href={pageHref(page + 1)}>
              Sau
            </Link>
          ) : null}
        </nav>
      </section>

      {lines.map(({ unitId, unitName, registration: r }) => (
        <section
          key={unitId}
          id={`dv-${unitId}`}
          aria-labelledby={`dv-tieu-de-${unitId}`}
          className="mb-4 space-y-3 rounded-lg border border-slate-300 bg-white p-4"
        >
          <h2 id={`dv-tieu-de-${unitId}`} className="font-semibold">
            {unitName} – {r ? REGISTRATION_STATUS_LABELS[r.status] : "Chưa đăng ký"}
            {r?.reopenedUntil ? (
              <span className="font-normal"> · mở lại đến {formatViDate(r.reopenedUntil)}</span>
            ) : null}
          </h2>
          {r?.returnReason ? <p className="text-sm">Lý do trả lại: {r.returnReason}</p> : null}
          {r && r.rows.length ? (
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <caption className="sr-only">Chi tiết đăng ký của {unitName}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="text-left">
                      Tập thể, cá nhân
                    </th>
                    <th scope="col" className="text-left">
                      Đăng ký
                    </th>
                    <th scope="col" className="text-left">
                      Nội dung
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {r.rows.map((row) => (
                    <tr key={row.id} className="border-b border-slate-100">
                      <th scope="row" className="py-1 text-left font-normal">
                        {row.label}
                        {row.kind === "COLLECTIVE" ? " (tập thể)" : ""}
                      </th>
                      <td>{row.items.map((code) => columns.find((c) => c.code === code)?.name ?? code).join("; ")}</td>
                      <td>{row.commitment}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="text-sm text-slate-700">
              {r ? "Bản đăng ký chưa có dòng nào." : "Đơn vị chưa lập bản đăng ký."}
            </p>
          )}
          {r?.status === "SENT" ? <ReviewForm planId={plan.id} registrationId={r.id} unitName={unitName} /> : null}
          <ReopenForm planId={plan.id} year={year} unitId={unitId} unitName={unitName} today={today} />
        </section>
      ))}

      {plan.parentPlanId ? (
        <section
          aria-labelledby="gui-cap-tren"
          className="mb-4 space-y-2 rounded-lg border border-slate-300 bg-white p-4"
        >
          <h2 id="gui-cap-tren" className="font-semibold">
            Gửi tổng hợp lên kế hoạch cấp trên
          </h2>
          <p className="text-sm">
            Các bản đăng ký đã duyệt được gộp thành bản đăng ký của {actor.unit.name} cho kế hoạch cấp trên.
          </p>
          <ForwardForm planId={plan.id} year={year} />
        </section>
      ) : null}
    </>
  );
}
