import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { approvalBoard } from "@/server/data/approval-plans";
import { orNotFound } from "@/server/actions/page-guard";
import { formatDong } from "@/domain/text/format";
import { pageOf } from "@/lib/page-slice";
import { formatViDate, todayInVietnam } from "@/lib/dates";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { ApproveAllForm, ApproveItemForms, SignDecisionForm } from "./board-forms";
import { RoundFilter } from "@/components/ui/round-filter";

export const metadata: Metadata = { title: "Phê duyệt, quyết định khen thưởng" };

type Board = Awaited<ReturnType<typeof approvalBoard>>;
type Item = Board["forms"][number]["items"][number];

const APPROVAL_LABELS: Record<Item["approval"], string> = {
  PENDING: "Chờ phê duyệt",
  APPROVED: "Đã phê duyệt",
  REJECTED: "Không phê duyệt",
};

/**
 * Nominees one form's section shows at a time: a province's board listed 1 482 cards, each with its
 * forms (5.9 MB of HTML). The form paged is the one named by `?hinh-thuc=`; the others show their first page.
 */
const ITEMS_PER_PAGE = 50;

/**
 * The council's result as the chair reads it: passed or not, and the votes for (online, paper and
 * written opinions in one count: the ballot is secret).
 */
function councilResult(i: Item): string {
  const votes = `${i.agree} phiếu đồng ý`;
  return `${i.result === "PASSED" ? "Đạt" : "Không đạt"} (${votes}; họp ngày ${formatViDate(i.meeting.heldOn)})`;
}

export default async function ApprovalBoardPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<{ dot?: string; "hinh-thuc"?: string; trang?: string }>;
}) {
  const { planId } = await params;
  const { dot, "hinh-thuc": pagedForm, trang } = await searchParams;
  const actor = await requirePermission("award.approve");
  const { plan, forms, decisions, spent, budget, rounds, roundKey } = await orNotFound(
    approvalBoard(actor, planId, dot),
  );
  const today = todayInVietnam();
  const formNames = new Map(plan.awardForms.map((f) => [f.id, f.name]));
  const pageHref = (formId: string, to: number) =>
    `/phe-duyet/${plan.id}?${new URLSearchParams([
      ...(dot ? [["dot", dot]] : []),
      ["hinh-thuc", formId],
      ["trang", String(to)],
    ]).toString()}#hinh-thuc-${formId}`;
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
          if (f.items.length === 0) return null;
          const passed = f.items.filter((i) => i.result === "PASSED");
          const failed = f.items.filter((i) => i.result === "FAILED");
          const awaitingApproval = passed.filter((i) => i.approval === "PENDING" && i.decisionId === null).length;
          // One page number for both lists of the form, counted on the longer one.
          const { page, pages, from, to } = pageOf(
            Math.max(passed.length, failed.length),
            f.id === pagedForm ? trang : undefined,
            ITEMS_PER_PAGE,
          );
          const onPage = (list: typeof passed) => list.slice(from, to);
          const pager =
            pages > 1 ? (
              <nav aria-label={`Trang của ${f.name} · ${f.round.label}`} className="flex items-center gap-2 text-sm">
                {page > 1 ? (
                  <Link href={pageHref(f.id, page - 1)} className="text-blue-800 underline">
                    Trước
                  </Link>
                ) : null}
                <span>
                  Trang {page}/{pages} ({ITEMS_PER_PAGE} người, tập thể mỗi trang)
                </span>
                {page < pages ? (
                  <Link href={pageHref(f.id, page + 1)} className="text-blue-800 underline">
                    Sau
                  </Link>
                ) : null}
              </nav>
            ) : null;
          return (
            <section
              key={f.id}
              aria-labelledby={`hinh-thuc-${f.id}`}
              className="space-y-4 rounded-lg border border-slate-300 bg-white p-4"
            >
              <h2 id={`hinh-thuc-${f.id}`} className="text-lg font-semibold">
                {f.name} – {RECIPIENT_KIND_LABELS[f.recipientKind]} · {f.round.label}
              </h2>
              <h3 className="font-semibold">Hội đồng đề nghị ({passed.length})</h3>
              {passed.length === 0 ? (
                <p className="text-sm text-slate-700">Không có người, tập thể nào đạt tại Hội đồng.</p>
              ) : null}
              {/* Kept once all are approved, so its "Đã phê duyệt" confirmation stays on the page. */}
              {passed.length > 1 ? (
                <ApproveAllForm
                  planId={plan.id}
                  awardFormId={f.id}
                  roundId={f.round.id}
                  formName={`${f.name} – ${RECIPIENT_KIND_LABELS[f.recipientKind]} · ${f.round.label}`}
                  pending={awaitingApproval}
                />
              ) : null}
              {pager}
              <ul className="space-y-3">
                {onPage(passed).map((i) => (
                  <li
                    key={i.id}
                    className="space-y-2 rounded-md border border-slate-200 p-3 text-sm"
                    data-testid="approval-item"
                  >
                    <p className="font-semibold">
                      {i.nominee.label}{" "}
                      <span className="font-normal text-slate-700">· {i.nominee.batch.unit.name}</span>
                    </p>
                    <p>{i.nominee.summary}</p>
                    <p>
                      Hội đồng: {councilResult(i)} ·{" "}
                      <Link href={`/de-nghi/${i.nominee.batch.id}`} className="text-blue-800 underline">
                        Hồ sơ đề nghị của {i.nominee.label}
                      </Link>
                    </p>
                    <p data-testid="approval-state">
                      <strong>{APPROVAL_LABELS[i.approval]}</strong>
                      {i.approval === "REJECTED" && i.rejectReason ? `: ${i.rejectReason}` : ""}
                      {i.decisionId ? " · đã có quyết định khen thưởng" : ""}
                    </p>
                    {/* Until the decision is signed the chair may still change an approval. */}
                    {i.decisionId === null ? (
                      <ApproveItemForms planId={plan.id} itemId={i.id} label={i.nominee.label} />
                    ) : null}
                  </li>
                ))}
              </ul>
              {onPage(failed).length ? (
                <table className="w-full text-left text-sm">
                  <caption className="text-left font-semibold">Không đạt tại Hội đồng ({failed.length})</caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="py-1 pr-2">
                        Người, tập thể
                      </th>
                      <th scope="col" className="py-1 pr-2">
                        Đơn vị
                      </th>
                      <th scope="col" className="py-1">
                        Kết quả Hội đồng
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {onPage(failed).map((i) => (
                      <tr key={i.id} className="border-b border-slate-100">
                        <th scope="row" className="py-1 pr-2 font-normal">
                          {i.nominee.label}
                        </th>
                        <td className="py-1 pr-2">{i.nominee.batch.unit.name}</td>
                        <td className="py-1">{councilResult(i)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
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
