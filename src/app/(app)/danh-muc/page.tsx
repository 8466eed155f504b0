import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { CATALOGUE_VERSION, awardAmount, baseSalaryOn, catalogue } from "@/domain/catalogue/catalogue";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { listLocalForms } from "@/server/data/local-forms";
import { todayInVietnam, formatViDate } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteButton } from "@/components/forms/delete-button";
import { LocalFormForm } from "./local-form-form";
import { deleteLocalFormAction } from "./actions";

export const metadata: Metadata = { title: "Danh mục danh hiệu, hình thức khen thưởng" };

const money = new Intl.NumberFormat("vi-VN");

export default async function CataloguePage() {
  const actor = await requirePermission("plan.read");
  const today = todayInVietnam();
  const base = baseSalaryOn(today);
  const local = await listLocalForms(actor);
  return (
    <>
      <PageHeader
        title="Danh mục danh hiệu thi đua, hình thức khen thưởng"
        description={`Theo Luật Thi đua, khen thưởng 2022 và các nghị định hướng dẫn (phiên bản ${CATALOGUE_VERSION.id}). Mức lương cơ sở hiện hành: ${base ? `${money.format(base.amount)} đồng (${base.source})` : "—"}.`}
      />
      <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Danh hiệu thi đua và hình thức khen thưởng</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="px-2 py-2">
                Tên
              </th>
              <th scope="col" className="px-2 py-2">
                Loại
              </th>
              <th scope="col" className="px-2 py-2">
                Đối tượng
              </th>
              <th scope="col" className="px-2 py-2">
                Thẩm quyền
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
            {catalogue.map((e) => (
              <tr key={e.code} className="border-b border-slate-200 align-top">
                <th scope="row" className="px-2 py-2 font-medium">
                  {e.name}
                  {e.validTo ? <span className="block text-xs font-normal">Đến {formatViDate(e.validTo)}</span> : null}
                  {!e.verified ? (
                    <span className="block text-xs font-normal text-amber-800">
                      Chưa đối chiếu đủ: {e.unverified.join("; ")}
                    </span>
                  ) : null}
                </th>
                <td className="px-2 py-2">{e.kind === "TITLE" ? "Danh hiệu" : "Hình thức"}</td>
                <td className="px-2 py-2">{e.nominee.map((n) => RECIPIENT_KIND_LABELS[n]).join(", ")}</td>
                <td className="px-2 py-2">{e.conferredBy}</td>
                <td className="px-2 py-2 whitespace-nowrap">
                  {e.nominee.map((n) => {
                    const a = awardAmount(e, n, today);
                    return (
                      <span key={n} className="block">
                        {RECIPIENT_KIND_LABELS[n]}:{" "}
                        {a ? `${money.format(a.amount)} đ (${a.coefficient} × lương cơ sở)` : "—"}
                      </span>
                    );
                  })}
                </td>
                <td className="px-2 py-2 text-xs">{e.article}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
                  {f.value ? ` – ${money.format(f.value)} đồng/suất` : ""}
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
