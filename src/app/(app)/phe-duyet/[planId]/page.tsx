import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { approvalBoard } from "@/server/data/approval-plans";
import { orNotFound } from "@/server/actions/page-guard";
import { formatDong } from "@/domain/text/format";
import { formatViDate, todayInVietnam } from "@/lib/dates";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { ApproveAllForm, ApproveSelectedForm, RejectItemForm, SignDecisionForm } from "./board-forms";
import {
  APPROVAL_STATUS_LABELS,
  APPROVAL_STATUSES,
  approvable,
  approvalStatus,
  type ApprovalStatus,
} from "@/domain/council/approval-status";
import { RoundFilter } from "@/components/ui/round-filter";
import { FilterButton, FilterField } from "@/components/ui/filter-fields";
import { inputClass } from "@/components/ui/field";

export const metadata: Metadata = { title: "Phê duyệt, quyết định khen thưởng" };

type Board = Awaited<ReturnType<typeof approvalBoard>>;
type Item = Board["items"][number];

/** The id of the board's one form, which the rows' checkboxes name in their `form` attribute. */
const SELECTION_FORM = "chon-phe-duyet";

const facts = (i: Item) => ({ result: i.result, approval: i.approval, decided: i.decisionId !== null });

/** An item's state as the chair reads it (the board lists closed ballots only, so a result is there). */
function stateLabel(i: Item): string {
  const status = approvalStatus(facts(i));
  if (status === "co-quyet-dinh") return "Đã phê duyệt · đã có quyết định khen thưởng";
  if (status === "da-duyet") return "Đã phê duyệt";
  return status ? APPROVAL_STATUS_LABELS[status] : "";
}

/**
 * The council's result as the chair reads it: passed or not, and the votes for (online, paper and
 * written opinions in one count: the ballot is secret).
 */
function councilResult(i: Item): string {
  const votes = `${i.agree} phiếu đồng ý`;
  return `${i.result === "PASSED" ? "Đạt" : "Không đạt"} (${votes}; họp ngày ${formatViDate(i.meeting.heldOn)})`;
}

type Search = { dot?: string; "hinh-thuc"?: string; "trang-thai"?: string; tim?: string; trang?: string };

/** The board's filters from the URL; anything unknown reads as no filter. */
function filtersOf(search: Search) {
  const status = APPROVAL_STATUSES.find((s) => s === search["trang-thai"]);
  const name = (search.tim ?? "").trim().slice(0, 100);
  return {
    roundKey: search.dot,
    formId: search["hinh-thuc"] || undefined,
    status,
    name: name || undefined,
    page: search.trang,
  };
}

export default async function ApprovalBoardPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<Search>;
}) {
  const { planId } = await params;
  const search = await searchParams;
  const filters = filtersOf(search);
  const actor = await requirePermission("award.approve");
  const { plan, forms, items, formId, listed, decisions, spent, budget, rounds, roundKey } = await orNotFound(
    approvalBoard(actor, planId, filters),
  );
  const today = todayInVietnam();
  const formNames = new Map(plan.awardForms.map((f) => [f.id, f.name]));
  const formLabel = (f: (typeof forms)[number]) =>
    `${f.name} – ${RECIPIENT_KIND_LABELS[f.recipientKind]} · ${f.round.label}`;
  // The list's other filters stay when paging; the round stays when filtering.
  const pageHref = (to: number) =>
    `/phe-duyet/${plan.id}?${new URLSearchParams(
      Object.entries({
        dot: search.dot,
        "hinh-thuc": formId,
        "trang-thai": filters.status,
        tim: filters.name,
        trang: String(to),
      }).filter((e): e is [string, string] => Boolean(e[1])),
    ).toString()}#danh-sach`;
  const shownForms = formId ? forms.filter((f) => f.id === formId) : forms;
  const statusCount = (s: ApprovalStatus) => shownForms.reduce((n, f) => n + f.byStatus[s], 0);
  return (
    <>
      <PageHeader
        title={`Phê duyệt khen thưởng: ${plan.title}`}
        description={
          <>
            Người, tập thể được Hội đồng Thi đua - Khen thưởng bỏ phiếu đề nghị theo{" "}
            <Link href={`/ke-hoach/${plan.id}`} className="text-blue-800 underline">
              kế hoạch
            </Link>
            . Phê duyệt trong số lượng kế hoạch cho phép, rồi ký quyết định cho từng hình thức.
          </>
        }
      />
      <RoundFilter path={`/phe-duyet/${plan.id}`} rounds={rounds} current={roundKey} />
      {/* On a phone the approvals come first (max-md:order-1 puts the budget, the quota table and the
          decisions after them); they held the action ~1,000 px down. None of the moved parts can take focus. */}
      <div className="flex flex-col gap-6">
        <section
          aria-labelledby="kinh-phi"
          className="space-y-2 rounded-lg border border-slate-300 bg-white p-4 text-sm max-md:order-1"
        >
          <h2 id="kinh-phi" className="font-semibold">
            Kinh phí khen thưởng
          </h2>
          <p data-testid="budget">
            {plan.budgetAmount !== null ? (
              <>
                Kinh phí của kế hoạch: <strong>{formatDong(plan.budgetAmount)}</strong> ·{" "}
              </>
            ) : (
              <>Kế hoạch chưa ghi tổng kinh phí khen thưởng · </>
            )}
            Tổng tiền thưởng các quyết định đã ký: <strong>{formatDong(spent)}</strong>
            {budget.remaining !== null && budget.overBy === 0 ? <> · Còn lại: {formatDong(budget.remaining)}</> : null}
          </p>
          {budget.overBy > 0 ? (
            <Notice tone="error">
              Tổng tiền thưởng các quyết định ({formatDong(spent)}) vượt kinh phí của kế hoạch (
              {formatDong(budget.budget!)}) {formatDong(budget.overBy)}. Cần bổ sung kinh phí hoặc điều chỉnh kế hoạch.
            </Notice>
          ) : null}
        </section>

        <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white max-md:order-1">
          <table className="w-full text-left text-sm">
            <caption className="px-2 pt-2 text-left font-semibold">Số lượng khen thưởng theo kế hoạch</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="px-2 py-2">
                  Hình thức
                </th>
                <th scope="col" className="px-2 py-2 text-right">
                  Số lượng kế hoạch
                </th>
                <th scope="col" className="px-2 py-2 text-right">
                  Đã phê duyệt
                </th>
                <th scope="col" className="px-2 py-2 text-right">
                  Đã có quyết định
                </th>
              </tr>
            </thead>
            <tbody>
              {forms.map((f) => (
                <tr key={f.id} className="border-b border-slate-200" data-testid="quota-row">
                  <th scope="row" className="px-2 py-2 font-normal">
                    {f.name} – {RECIPIENT_KIND_LABELS[f.recipientKind]} · {f.round.label}
                  </th>
                  <td className="px-2 py-2 text-right tabular-nums">{f.quota ?? "Không giới hạn"}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{f.approved}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{f.awarded}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        {forms.map((f) => {
          if (f.passed + f.failed === 0) return null;
          return (
            <section
              key={f.id}
              aria-labelledby={`hinh-thuc-${f.id}`}
              className="space-y-4 rounded-lg border border-slate-300 bg-white p-4"
            >
              <h2 id={`hinh-thuc-${f.id}`} className="text-lg font-semibold">
                {formLabel(f)}
              </h2>
              <p className="text-sm" data-testid="form-counts">
                Hội đồng đề nghị {f.passed} · chờ phê duyệt {f.awaitingApproval} · đã phê duyệt {f.approved} · không đạt
                tại Hội đồng {f.failed}
                {" · "}
                <Link
                  href={`/phe-duyet/${plan.id}?${new URLSearchParams([
                    ...(search.dot ? [["dot", search.dot]] : []),
                    ["hinh-thuc", f.id],
                  ]).toString()}#danh-sach`}
                  className="text-blue-800 underline"
                >
                  Xem danh sách<span className="sr-only"> {formLabel(f)}</span>
                </Link>
              </p>
              {f.passed === 0 ? (
                <p className="text-sm text-slate-700">Không có người, tập thể nào đạt tại Hội đồng.</p>
              ) : null}
              {/* Kept once all are approved, so its "Đã phê duyệt" confirmation stays on the page. */}
              {f.passed > 1 ? (
                <ApproveAllForm
                  planId={plan.id}
                  awardFormId={f.id}
                  roundId={f.round.id}
                  formName={formLabel(f)}
                  pending={f.awaitingApproval}
                />
              ) : null}
              {f.approved > 0 ? (
                <div className="space-y-2 border-t border-slate-200 pt-3">
                  <h3 className="font-semibold">Ký quyết định</h3>
                  {f.awaitingDecision > 0 ? (
                    <p className="text-sm">
                      Tiền thưởng dự kiến nếu ký hôm nay: {formatDong(f.estimate)}
                      {f.estimateOpen ? ", chưa gồm mức thưởng Chủ tịch nhập khi ký" : ""}.
                    </p>
                  ) : null}
                  {f.awaitingDecision > 0 && f.afterSigning.overBy > 0 ? (
                    <Notice tone="error">
                      Ký quyết định này, tổng tiền thưởng ({formatDong(f.afterSigning.spent)}) sẽ vượt kinh phí của kế
                      hoạch ({formatDong(f.afterSigning.budget!)}).
                    </Notice>
                  ) : null}
                  <SignDecisionForm
                    planId={plan.id}
                    awardFormId={f.id}
                    roundId={f.round.id}
                    key={f.round.id}
                    formName={`${f.name} – ${RECIPIENT_KIND_LABELS[f.recipientKind]} (${f.round.label})`}
                    awaiting={f.awaitingDecision}
                    money={{
                      catalogueCode: f.catalogueCode,
                      cashValue: f.cashValue,
                      rewardKind: f.rewardKind,
                      giftDescription: f.giftDescription,
                      kinds: f.awaitingKinds,
                    }}
                    defaults={{
                      decidedOn: today,
                      signerName: plan.signerName,
                      budgetSource: plan.budgetSource,
                      number: "",
                    }}
                  />
                </div>
              ) : null}
            </section>
          );
        })}

        <section aria-labelledby="danh-sach" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="danh-sach" className="text-lg font-semibold">
            Người, tập thể Hội đồng đã bỏ phiếu ({listed.count})
          </h2>
          <form method="get" action={`/phe-duyet/${plan.id}`} className="flex flex-wrap items-end gap-3 text-sm">
            {search.dot ? <input type="hidden" name="dot" value={search.dot} /> : null}
            <FilterField label="Hình thức">
              <select name="hinh-thuc" defaultValue={formId ?? ""} className={inputClass}>
                <option value="">Tất cả hình thức</option>
                {forms.map((f) => (
                  <option key={f.id} value={f.id}>
                    {formLabel(f)}
                  </option>
                ))}
              </select>
            </FilterField>
            <FilterField label="Trạng thái">
              <select name="trang-thai" defaultValue={filters.status ?? ""} className={inputClass}>
                <option value="">Tất cả</option>
                {APPROVAL_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {APPROVAL_STATUS_LABELS[s]} ({statusCount(s)})
                  </option>
                ))}
              </select>
            </FilterField>
            <FilterField label="Tên người, tập thể">
              <input type="search" name="tim" defaultValue={filters.name ?? ""} className={inputClass} />
            </FilterField>
            <FilterButton />
          </form>
          {items.length === 0 ? (
            <p className="text-sm text-slate-700">
              {formId || filters.status || filters.name
                ? "Không có người, tập thể nào theo bộ lọc này."
                : "Chưa có người, tập thể nào được Hội đồng bỏ phiếu."}
            </p>
          ) : (
            <ApproveSelectedForm planId={plan.id} formId={SELECTION_FORM} />
          )}
          <ul className="space-y-3">
            {items.map((i) => (
              <li
                key={i.id}
                className="space-y-2 rounded-md border border-slate-200 p-3 text-sm"
                data-testid="approval-item"
              >
                <div className="flex items-start gap-3">
                  {approvable(facts(i)) ? (
                    <input
                      type="checkbox"
                      form={SELECTION_FORM}
                      name="itemId"
                      value={i.id}
                      id={`chon-${i.id}`}
                      className="mt-0.5 h-6 w-6 shrink-0"
                    />
                  ) : null}
                  <div className="min-w-0 space-y-1">
                    <p className="font-semibold">
                      {approvable(facts(i)) ? (
                        <label htmlFor={`chon-${i.id}`}>{i.nominee.label}</label>
                      ) : (
                        i.nominee.label
                      )}{" "}
                      <span className="font-normal text-slate-700">· {i.nominee.batch.unit.name}</span>
                    </p>
                    <p className="text-slate-700">{formNames.get(i.nominee.batch.awardFormId) ?? i.formName}</p>
                    <p>{i.nominee.summary}</p>
                    <p>
                      Hội đồng: {councilResult(i)} ·{" "}
                      <Link href={`/de-nghi/${i.nominee.batch.id}`} className="text-blue-800 underline">
                        Hồ sơ đề nghị của {i.nominee.label}
                      </Link>
                    </p>
                    <p data-testid="approval-state">
                      <strong>{stateLabel(i)}</strong>
                      {i.approval === "REJECTED" && i.rejectReason ? `: ${i.rejectReason}` : ""}
                    </p>
                  </div>
                </div>
                {/* Until the decision is signed the chair may still refuse one the council passed. */}
                {i.result === "PASSED" && i.decisionId === null && i.approval !== "REJECTED" ? (
                  <details>
                    <summary className="min-h-6 cursor-pointer text-blue-800 underline">
                      Không phê duyệt<span className="sr-only"> {i.nominee.label}</span>…
                    </summary>
                    <div className="pt-2">
                      <RejectItemForm planId={plan.id} itemId={i.id} label={i.nominee.label} />
                    </div>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
          {listed.pages > 1 ? (
            <nav aria-label="Trang của danh sách" className="flex items-center gap-2 text-sm">
              {listed.page > 1 ? (
                <Link href={pageHref(listed.page - 1)} className="text-blue-800 underline">
                  Trước
                </Link>
              ) : null}
              <span>
                Trang {listed.page}/{listed.pages} ({listed.perPage} người, tập thể mỗi trang)
              </span>
              {listed.page < listed.pages ? (
                <Link href={pageHref(listed.page + 1)} className="text-blue-800 underline">
                  Sau
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>

        <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white max-md:order-1">
          <table className="w-full text-left text-sm" id="quyet-dinh">
            <caption className="px-2 pt-2 text-left font-semibold">Quyết định đã ký</caption>
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
                  Tổng tiền thưởng
                </th>
                <th scope="col" className="px-2 py-2">
                  Tải về
                </th>
              </tr>
            </thead>
            <tbody>
              {decisions.length === 0 ? (
                <tr>
                  <td colSpan={6} className="px-2 py-3 text-slate-700">
                    Chưa có quyết định nào.
                  </td>
                </tr>
              ) : null}
              {decisions.map((d) => (
                <tr key={d.id} className="border-b border-slate-200 align-top" data-testid="decision-row">
                  <th scope="row" className="px-2 py-2 font-normal whitespace-nowrap">
                    {d.number}/QĐ-UBND
                  </th>
                  <td className="px-2 py-2 whitespace-nowrap">{formatViDate(d.decidedOn)}</td>
                  <td className="px-2 py-2">
                    {formNames.get(d.awardFormId) ?? ""} · {d.awardRound.label}
                  </td>
                  <td className="px-2 py-2 text-right tabular-nums">{d.awardCount}</td>
                  <td className="px-2 py-2 text-right tabular-nums">{formatDong(d.total)}</td>
                  <td className="space-y-1 px-2 py-2">
                    <Link href={`/quyet-dinh/${d.id}`} className="block text-blue-800 underline">
                      Văn bản đã ký, bản PDF, ký số
                      <span className="sr-only"> của quyết định số {d.number}</span>
                    </Link>
                    <a href={`/quyet-dinh/${d.id}/van-ban`} className="block text-blue-800 underline">
                      Quyết định số {d.number}/QĐ-UBND (.docx)
                    </a>
                    {d.certificate ? (
                      <a href={`/quyet-dinh/${d.id}/giay-khen`} className="block text-blue-800 underline">
                        Giấy khen theo quyết định số {d.number} (.pdf)
                      </a>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
