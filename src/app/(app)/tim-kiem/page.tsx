import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { requireActor } from "@/server/auth/actor";
import { PLAN_STATUS_LABELS } from "@/domain/labels";
import { formatViDate } from "@/lib/dates";
import { normalizeQuery, type SearchParams } from "@/lib/table-params";
import { SEARCH_GROUP_SIZE, SEARCH_MIN_LENGTH, searchInScope } from "@/server/data/search";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { SearchForm } from "../search-form";

export const metadata: Metadata = { title: "Tìm kiếm" };

/**
 * What the header's search box finds in the actor's scope, grouped by kind, each group at most
 * SEARCH_GROUP_SIZE rows with a link to its full list when there are more.
 */
export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const raw = (await searchParams).q;
  const q = normalizeQuery(typeof raw === "string" ? raw : (raw?.[0] ?? ""));
  const results = q ? await searchInScope(actor, q) : null;
  const found = results
    ? results.people.rows.length +
      results.organisations.rows.length +
      results.plans.rows.length +
      results.decisions.rows.length
    : 0;
  const encoded = encodeURIComponent(q);
  return (
    <>
      <PageHeader
        title="Tìm kiếm"
        description="Cán bộ, tổ chức, kế hoạch và quyết định khen thưởng trong phạm vi đơn vị của bạn."
      />
      <div className="mb-6 max-w-xl">
        <SearchForm defaultValue={q} id="tim-kiem-trang" tone="light" />
      </div>
      {!q ? null : !results ? (
        <Notice tone="info">Nhập ít nhất {SEARCH_MIN_LENGTH} ký tự để tìm.</Notice>
      ) : found === 0 ? (
        <Notice tone="info">Không tìm thấy kết quả nào cho “{q}”.</Notice>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <ResultGroup
            title="Cán bộ, người lao động"
            count={results.people.rows.length}
            more={results.people.more ? `/nhan-su?q=${encoded}` : null}
          >
            {results.people.rows.map((p) => (
              <Result key={p.id} href={`/nhan-su/${p.id}`} title={p.fullName}>
                {[p.position, p.organisation?.name, p.unit.name].filter(Boolean).join(" · ")}
              </Result>
            ))}
          </ResultGroup>
          <ResultGroup
            title="Tổ chức, tập thể"
            count={results.organisations.rows.length}
            more={results.organisations.more ? `/to-chuc?q=${encoded}` : null}
          >
            {results.organisations.rows.map((o) => (
              <Result key={o.id} href={`/to-chuc/${o.id}`} title={o.name}>
                {o.unit.name}
                {o.active ? "" : " · ngừng hoạt động"}
              </Result>
            ))}
          </ResultGroup>
          <ResultGroup
            title="Kế hoạch thi đua"
            count={results.plans.rows.length}
            more={results.plans.more ? `/ke-hoach?q=${encoded}` : null}
          >
            {results.plans.rows.map((p) => (
              <Result key={p.id} href={`/ke-hoach/${p.id}`} title={p.title}>
                {p.number ? `Số ${p.number}/${p.symbol} · ` : ""}
                {p.unit.name} · năm {p.year} · {PLAN_STATUS_LABELS[p.status]}
              </Result>
            ))}
          </ResultGroup>
          <ResultGroup title="Quyết định khen thưởng" count={results.decisions.rows.length} more={null}>
            {results.decisions.rows.map((d) => (
              <Result
                key={d.id}
                href={`/quyet-dinh/${d.id}`}
                title={`Quyết định số ${d.number}/QĐ-UBND ngày ${formatViDate(d.decidedOn)}`}
              >
                {d.formName} · {d.unit.name}
              </Result>
            ))}
          </ResultGroup>
        </div>
      )}
    </>
  );
}

function ResultGroup({
  title,
  count,
  more,
  children,
}: {
  title: string;
  count: number;
  more: string | null;
  children: ReactNode;
}) {
  return (
    <section aria-label={title} className="rounded-md border border-slate-300 bg-white p-4">
      <h2 className="text-lg font-semibold text-slate-900">
        {title}{" "}
        <span className="text-sm font-normal text-slate-700">({more ? `hơn ${SEARCH_GROUP_SIZE}` : count})</span>
      </h2>
      {count === 0 ? (
        <p className="mt-2 text-sm text-slate-700">Không có.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200">{children}</ul>
      )}
      {more ? (
        <p className="mt-3 text-sm">
          <Link href={more} className="text-blue-800 underline">
            Xem tất cả trong danh sách
          </Link>
        </p>
      ) : null}
    </section>
  );
}

function Result({ href, title, children }: { href: string; title: string; children: ReactNode }) {
  return (
    <li className="py-2">
      <Link href={href} className="font-medium text-blue-800 underline">
        {title}
      </Link>
      <p className="text-sm text-slate-700">{children}</p>
    </li>
  );
}
