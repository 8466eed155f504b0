import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { REGISTRATION_STATUS_LABELS } from "@/domain/registration/rules";
import { listParticipatingUnits, registrationSummaryPage } from "@/server/data/registration-review";
import { orNotFound } from "@/server/actions/page-guard";
import { formatViDate, todayInVietnam } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { ExportLink } from "@/components/forms/export-link";
import { RoundFilter } from "@/components/ui/round-filter";
import { ForwardForm, ReopenForm, ReviewForm } from "./review-forms";

export const metadata: Metadata = { title: "Tổng hợp đăng ký thi đua" };

/**
 * Units whose registration details (rows, review and reopen forms) one page shows, and whose rows
 * are read. The count table lists every unit in a line each, counted by PostgreSQL; the details, a
 * province's hundred communes with all their rows, made the page megabytes of HTML (issue 15, point 2).
 */
const DETAILS_PER_PAGE = 20;

export default async function RegistrationSummaryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ nam?: string; trang?: string; "trang-thai"?: string }>;
}) {
  const { id } = await params;
  const search = await searchParams;
  const asked = Number(search.nam) || undefined;
  const actor = await requirePermission("registration.review");
  const awaitingOnly = search["trang-thai"] === "cho-duyet";
  const { plan, years, year, columns, lines, totals, approved, detailedCount, page, pages, details } = await orNotFound(
    registrationSummaryPage(actor, id, { year: asked, page: search.trang, awaitingOnly, perPage: DETAILS_PER_PAGE }),
  );
  const units = await listParticipatingUnits(actor, id);
  const registered = new Set(lines.map((l) => l.unitId));
  const notRegistered = units.filter((u) => !registered.has(u.id));
  const pageHref = (to: number, onlyAwaiting = awaitingOnly) =>
    `/ke-hoach/${plan.id}/dang-ky/tong-hop?${new URLSearchParams([
      ["nam", String(year)],
      ...(onlyAwaiting ? [["trang-thai", "cho-duyet"]] : []),
      ...(to > 1 ? [["trang", String(to)]] : []),
    ]).toString()}`;
  const link =
    "inline-flex min-h-6 items-center rounded-md border border-slate-300 bg-white px-3 py-1 text-blue-800 underline";
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
        path={`/ke-hoach/${plan.id}/dang-ky/tong-hop`}
        param="nam"
        label="Năm đăng ký"
        rounds={years.map((y) => ({ key: String(y), label: `Năm ${y}` }))}
        current={String(year)}
      />
      <section aria-labelledby="so-luong" className="mb-6 overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <h2 id="so-luong" className="px-4 pt-4 font-semibold">
          Số lượng đăng ký theo đơn vị
        </h2>
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">Số tập thể, cá nhân đăng ký mỗi danh hiệu, hình thức, theo đơn vị</caption>
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
              <tr key={l.id} className="border-b border-slate-200" data-testid="registration-summary-row">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {l.unitName}
                </th>
                <td className="px-2 py-1">{REGISTRATION_STATUS_LABELS[l.status]}</td>
                {columns.map((c) => (
                  <td key={c.code} className="px-2 py-1 text-center">
                    {l.counts[c.code] || ""}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="font-semibold">
              <th scope="row" className="px-2 py-1 text-left">
                Tổng cộng (đã duyệt)
              </th>
              <td className="px-2 py-1">
                {approved}/{lines.length} đơn vị
              </td>
              {columns.map((c) => (
                <td key={c.code} className="px-2 py-1 text-center">
                  {totals[c.code] || ""}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </section>

      <nav aria-label="Chi tiết đăng ký theo đơn vị" className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-slate-800">
          Chi tiết {awaitingOnly ? "các bản chờ duyệt" : "các đơn vị"}: {detailedCount} đơn vị
          {pages > 1 ? ` · trang ${page}/${pages}` : ""}
        </span>
        <Link className={link} href={pageHref(1, !awaitingOnly)}>
          {awaitingOnly ? "Xem tất cả đơn vị" : "Chỉ xem bản chờ duyệt"}
        </Link>
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

      {details.map((r) => (
        <section
          key={r.id}
          aria-labelledby={`dv-${r.id}`}
          className="mb-4 space-y-3 rounded-lg border border-slate-300 bg-white p-4"
        >
          <h2 id={`dv-${r.id}`} className="font-semibold">
            {r.unit.name} – {REGISTRATION_STATUS_LABELS[r.status]}
            {r.reopenedUntil ? (
              <span className="font-normal"> · mở lại đến {formatViDate(r.reopenedUntil)}</span>
            ) : null}
          </h2>
          {r.returnReason ? <p className="text-sm">Lý do trả lại: {r.returnReason}</p> : null}
          <table className="w-full text-sm">
            <caption className="sr-only">Chi tiết đăng ký của {r.unit.name}</caption>
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
          {r.status === "SENT" ? <ReviewForm planId={plan.id} registrationId={r.id} unitName={r.unit.name} /> : null}
          <ReopenForm planId={plan.id} year={year} unitId={r.unitId} unitName={r.unit.name} today={todayInVietnam()} />
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

      {notRegistered.length ? (
        <section aria-labelledby="chua-dang-ky" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="chua-dang-ky" className="font-semibold">
            Đơn vị chưa đăng ký
          </h2>
          {notRegistered.map((u) => (
            <div key={u.id} className="flex flex-wrap items-end justify-between gap-2 border-b border-slate-100 pb-2">
              <span>{u.name}</span>
              <ReopenForm planId={plan.id} year={year} unitId={u.id} unitName={u.name} today={todayInVietnam()} />
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
}
