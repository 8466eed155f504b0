import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { CATALOGUE_SOURCES } from "@/domain/catalogue/catalogue";
import { catalogueReference } from "@/domain/catalogue/reference";
import { baseSalaryOn } from "@/domain/law/base-salary";
import { eraOn } from "@/domain/law/eras";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { formatDong } from "@/domain/text/format";
import { listLocalForms } from "@/server/data/local-forms";
import { todayInVietnam, formatViDate } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteButton } from "@/components/forms/delete-button";
import { LocalFormForm } from "./local-form-form";
import { deleteLocalFormAction } from "./actions";
import { rewardInHistory } from "@/domain/awards/reward";

export const metadata: Metadata = { title: "Danh mục danh hiệu, hình thức khen thưởng" };

/**
 * The catalogue as a legal reference for users: who confers each title and form today, its
 * conditions, the bonus today and the articles, searchable by name. Sources and open points are
 * for administrators, behind "Nguồn".
 */
export default async function CataloguePage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requirePermission("plan.read");
  const { q = "" } = await searchParams;
  const today = todayInVietnam();
  const era = eraOn(today);
  const base = baseSalaryOn(today);
  const rows = catalogueReference(today, q);
  const admin = actor.roles.includes("ADMIN");
  const local = await listLocalForms(actor);
  return (
    <>
      <PageHeader
        title="Danh mục danh hiệu thi đua, hình thức khen thưởng"
        description={`Theo ${era.law.name} và ${era.decree.name}, áp dụng ngày ${formatViDate(today)}. Mức lương cơ sở: ${base ? `${formatDong(base.amount)} (${base.source})` : "—"}.`}
      />
      <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-2">
        <label htmlFor="q" className="text-sm font-medium">
          Tìm danh hiệu, hình thức
        </label>
        <input id="q" name="q" type="search" defaultValue={q} className="rounded border border-slate-400 px-2 py-1" />
        <button type="submit" className="rounded bg-blue-800 px-3 py-1 text-sm text-white">
          Tìm
        </button>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Danh hiệu thi đua và hình thức khen thưởng</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="px-2 py-2">
                Tên
              </th>
              <th scope="col" className="px-2 py-2">
                Đối tượng
              </th>
              <th scope="col" className="px-2 py-2">
                Thẩm quyền
              </th>
              <th scope="col" className="px-2 py-2">
                Điều kiện
              </th>
              <th scope="col" className="px-2 py-2">
                Tiền thưởng hôm nay
              </th>
              <th scope="col" className="px-2 py-2">
                Căn cứ
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={6} className="px-2 py-3 text-slate-700">
                  Không có danh hiệu, hình thức nào có tên chứa “{q}”.
                </td>
              </tr>
            ) : null}
            {rows.map((r) => (
              <tr key={r.code} className="border-b border-slate-200 align-top" data-testid="catalogue-row">
                <th scope="row" className="px-2 py-2 font-medium">
                  {r.name}
                  <span className="block text-xs font-normal">
                    {r.kind === "TITLE" ? "Danh hiệu thi đua" : "Hình thức khen thưởng"}
                  </span>
                  {r.until ? <span className="block text-xs font-normal">{r.until}</span> : null}
                </th>
                <td className="px-2 py-2">{r.nominee.map((n) => RECIPIENT_KIND_LABELS[n]).join(", ")}</td>
                <td className="px-2 py-2">{r.conferredBy ?? "Không còn áp dụng"}</td>
                <td className="px-2 py-2">
                  {r.conditions.length ? (
                    <ul className="list-disc space-y-1 pl-4">
                      {r.conditions.map((c) => (
                        <li key={c.text}>
                          {c.text} <span className="text-xs text-slate-700">({c.article})</span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="px-2 py-2">
                  {r.conferredBy
                    ? r.amounts.map((a) => (
                        <span key={a.kind} className="block">
                          {RECIPIENT_KIND_LABELS[a.kind]}:{" "}
                          {a.amount !== null ? (
                            <>
                              <span className="whitespace-nowrap">{formatDong(a.amount)}</span>{" "}
                              <span className="text-xs text-slate-700">({a.article})</span>
                            </>
                          ) : (
                            "do người quyết định khen thưởng xác định"
                          )}
                        </span>
                      ))
                    : "—"}
                </td>
                <td className="px-2 py-2 text-xs">
                  {r.articles}
                  {admin && r.open.length ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-blue-800">Nguồn</summary>
                      <ul className="list-disc pl-4 text-amber-900">
                        {r.open.map((o) => (
                          <li key={o}>{o}</li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {admin ? (
        <details className="mt-4 rounded-lg border border-slate-300 bg-white p-4 text-sm" data-testid="sources">
          <summary className="cursor-pointer font-semibold">Nguồn</summary>
          <p className="mt-2">Danh mục được đối chiếu với các văn bản sau; điểm chưa rõ ghi tại từng dòng.</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {CATALOGUE_SOURCES.map((s) => (
              <li key={s}>{s}</li>
            ))}
            {era.votes.note ? <li>{era.votes.note}</li> : null}
            {era.certificate.note ? <li>{era.certificate.note}</li> : null}
          </ul>
        </details>
      ) : null}
      <section aria-labelledby="rieng" className="mt-8 space-y-4 rounded-lg border border-slate-300 bg-white p-6">
        <h2 id="rieng" className="text-lg font-semibold">
          Hình thức khen thưởng của {actor.unit.name}
        </h2>
        {local.length ? (
          <ul className="space-y-2 text-sm">
            {local.map((f) => (
              <li
                key={f.id}
                className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 pb-2"
              >
                <span>
                  {f.name} – {f.nominee.map((n) => RECIPIENT_KIND_LABELS[n]).join(", ")}
                  {rewardInHistory(f.rewardKind, f.value, f.giftDescription)
                    ? ` – ${rewardInHistory(f.rewardKind, f.value, f.giftDescription)}${f.rewardKind === "NONE" ? "" : "/suất"}`
                    : ""}
                </span>
                {can(actor.roles, "localform.write") ? (
                  <DeleteButton
                    action={deleteLocalFormAction.bind(null, f.id)}
                    confirmText={`Xoá hình thức "${f.name}"?`}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">Đơn vị chưa có hình thức riêng.</p>
        )}
        {can(actor.roles, "localform.write") ? <LocalFormForm /> : null}
      </section>
    </>
  );
}
