import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { canEditBatch } from "@/domain/nominations/batch-rules";
import { findBatch } from "@/server/data/nominations/batches";
import { listOrganisationChoices } from "@/server/data/organisations";
import { listPeopleChoices } from "@/server/data/people";
import { orNotFound } from "@/server/actions/page-guard";
import { formatViDate, formatViDateTime, toIsoDate } from "@/lib/dates";
import { RECIPIENT_KIND_LABELS } from "@/domain/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import type { Reason } from "@/domain/eligibility/principles";
import { DeleteButton } from "@/components/forms/delete-button";
import { BATCH_STATUS_LABELS, DOCUMENT_STATE_LABELS, EVENT_LABELS } from "../labels";
import { acceptWholeBatchAction, removeNomineeAction } from "../actions";
import { ActionButton } from "@/components/forms/action-button";
import { AddNomineesForm } from "./add-nominees-form";
import { AddNomineeForm, DecideBatchForm, ReviewDocumentForm, SubmitBatchForm, WithdrawBatchForm } from "./batch-forms";
import { MultiUploadForm } from "./multi-upload";
import { maxFilesPerDocument } from "@/server/data/nominations/dossier-documents";
import { dossierProgress, dossierProgressText } from "@/domain/nominations/dossier-progress";
import { isMyUnit } from "@/server/data/scope";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Tờ trình đề nghị khen thưởng" };

export default async function BatchPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("plan.read");
  const { batch, eligibility, reviewing } = await orNotFound(findBatch(actor, id));
  const own = isMyUnit(actor, batch.unitId) && can(actor.roles, "nomination.write");
  const editable = own && canEditBatch(batch.status);
  const form = batch.awardForm;
  const [people, organisations] = editable
    ? await Promise.all([listPeopleChoices(actor), listOrganisationChoices(actor)])
    : [[], []];
  // A new nominee's achievements default to the batch's round ("Năm 2024", the sơ kết's years), not this year.
  const roundPeriod = { from: toIsoDate(batch.awardRound.periodFrom), to: toIsoDate(batch.awardRound.periodTo) };
  const dossier = dossierProgress(batch.nominees.flatMap((n) => n.documents));
  const maxFiles = maxFilesPerDocument();
  // Whoever is already on the batch is not offered again (the server refuses a duplicate anyway).
  const onBatch = new Set(batch.nominees.map((n) => n.personId ?? n.organisationId ?? ""));
  const personChoices = people
    .filter((p) => !onBatch.has(p.id))
    .map((p) => ({ id: p.id, label: `${p.fullName} – ${p.position}` }));
  const organisationChoices = organisations.filter((o) => !onBatch.has(o.id)).map((o) => ({ id: o.id, label: o.name }));
  return (
    <>
      <PageHeader
        title={`Tờ trình: ${form.name} – ${RECIPIENT_KIND_LABELS[form.recipientKind]}`}
        description={
          <>
            {batch.unit.name} đề nghị theo kế hoạch{" "}
            <Link href={`/ke-hoach/${form.plan.id}`} className="text-blue-800 underline">
              {form.plan.title}
            </Link>{" "}
            ({form.plan.unit.name}) · <strong>{BATCH_STATUS_LABELS[batch.status]}</strong>
            {batch.round > 1 ? ` · lần ${batch.round}` : ""}
            {` · đợt ${batch.awardRound.label}`}
            {batch.awardRound.dossierDeadline
              ? ` · hạn nộp hồ sơ ${formatViDate(batch.awardRound.dossierDeadline)}`
              : ""}
          </>
        }
      />
      <div className="space-y-6">
        {dossier.total ? (
          <p className="text-sm" data-testid="batch-progress">
            Hồ sơ của tờ trình: <strong>{dossierProgressText(dossier)}</strong>
            {dossier.filed < dossier.total ? " (còn thiếu hoặc cần sửa được nêu ở từng người, tập thể)" : ""}
          </p>
        ) : null}
        {batch.nominees.map((n) => (
          <section
            key={n.id}
            aria-labelledby={`nominee-${n.id}`}
            className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
            data-testid="nominee"
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <h2 id={`nominee-${n.id}`} className="font-semibold">
                  {n.label}
                </h2>
                <p className="text-sm">{n.summary}</p>
                <p className="text-xs text-slate-700">
                  Thành tích từ {formatViDate(n.periodFrom)} đến {formatViDate(n.periodTo)}
                  {n.category ? ` · nhóm ${n.category}` : ""}
                </p>
                {n.documents.length ? (
                  <p className="text-sm font-medium" data-testid="nominee-progress">
                    {dossierProgressText(dossierProgress(n.documents))}
                  </p>
                ) : null}
              </div>
              {editable ? (
                <DeleteButton
                  label={`Bỏ ${n.label}`}
                  action={removeNomineeAction.bind(null, batch.id, n.id)}
                  confirmText={`Bỏ ${n.label} khỏi tờ trình?`}
                />
              ) : null}
            </div>
            <EligibilityNote reasons={eligibility.get(n.id) ?? []} />
            <ScrollRegion label={`Hồ sơ của ${n.label}`}>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Hồ sơ của {n.label}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-1">
                      Giấy tờ
                    </th>
                    <th scope="col">Tình trạng</th>
                    <th scope="col">Tệp</th>
                  </tr>
                </thead>
                <tbody>
                  {n.documents.length === 0 ? (
                    <tr>
                      <td colSpan={3} className="py-1 text-slate-700">
                        Kế hoạch không yêu cầu giấy tờ cho hình thức này.
                      </td>
                    </tr>
                  ) : null}
                  {n.documents.map((d) => (
                    <tr key={d.id} className="border-b border-slate-100 align-top">
                      <th scope="row" className="py-2 pr-2 font-normal">
                        {d.name}
                        {d.template ? (
                          <span className="block text-xs text-slate-700">
                            {d.template} · {d.copies} bản
                          </span>
                        ) : null}
                      </th>
                      <td className="py-2 pr-2" data-testid="document-state">
                        {DOCUMENT_STATE_LABELS[d.state]}
                        {d.comment ? <span className="block text-xs text-red-800">{d.comment}</span> : null}
                      </td>
                      <td className="space-y-2 py-2">
                        {d.files.map((f) => (
                          <a key={f.id} href={`/tep/${f.id}`} className="block text-blue-800 underline">
                            {f.fileName}
                          </a>
                        ))}
                        {editable ? (
                          <MultiUploadForm
                            batchId={batch.id}
                            documentId={d.id}
                            name={`${n.label} – ${d.name}`}
                            maxFiles={maxFiles}
                            filed={d.files.length}
                          />
                        ) : null}
                        {editable && /báo cáo thành tích/iu.test(d.name) ? (
                          <Link
                            href={`/de-nghi/${batch.id}/bao-cao/${d.id}`}
                            className="block text-sm text-blue-800 underline"
                          >
                            Lập báo cáo thành tích trong ứng dụng ({n.label})
                          </Link>
                        ) : null}
                        {reviewing && batch.status === "SUBMITTED" ? (
                          <ReviewDocumentForm batchId={batch.id} documentId={d.id} name={`${n.label} – ${d.name}`} />
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
        ))}
        {editable ? (
          <section aria-labelledby="them" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="them" className="font-semibold">
              Thêm người, tập thể được đề nghị
            </h2>
            <AddNomineeForm
              batchId={batch.id}
              kind={form.recipientKind}
              people={personChoices}
              organisations={organisationChoices}
              unitName={actor.unit.name}
              categories={form.subQuotas.map((q) => q.category)}
              period={roundPeriod}
            />
          </section>
        ) : null}
        {editable ? (
          <section aria-labelledby="them-nhieu" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="them-nhieu" className="font-semibold">
              Thêm nhiều người, tập thể cùng lúc
            </h2>
            <AddNomineesForm
              batchId={batch.id}
              kind={form.recipientKind}
              choices={
                form.recipientKind === "INDIVIDUAL"
                  ? personChoices
                  : [...(onBatch.has("") ? [] : [{ id: "", label: actor.unit.name }]), ...organisationChoices]
              }
              categories={form.subQuotas.map((q) => q.category)}
              period={roundPeriod}
            />
          </section>
        ) : null}
        {editable ? <SubmitBatchForm batchId={batch.id} /> : null}
        {!reviewing && batch.status === "SUBMITTED" && batch.submittedAt ? (
          <Notice tone="success">
            Đã gửi tờ trình lúc {formatViDateTime(batch.submittedAt)} tới {form.plan.unit.name}: đơn vị thẩm định sẽ xem
            xét; kết quả được báo trong mục Thông báo.
          </Notice>
        ) : null}
        {own && batch.status === "SUBMITTED" ? <WithdrawBatchForm batchId={batch.id} /> : null}
        {reviewing && batch.status === "SUBMITTED" ? (
          <section aria-labelledby="ket-luan" className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="ket-luan" className="mb-2 font-semibold">
              Kết luận thẩm định
            </h2>
            <div className="mb-4 space-y-1 border-b border-slate-200 pb-4">
              <ActionButton
                action={acceptWholeBatchAction.bind(null, batch.id)}
                label="Chấp nhận toàn bộ tờ trình"
                pendingLabel="Đang chấp nhận…"
                confirmText={`Đánh dấu “Đạt” tất cả giấy tờ đã nộp của ${batch.nominees.length} người, tập thể và chấp nhận tờ trình, chuyển Hội đồng?`}
              />
              <p className="text-xs text-slate-700">
                Mọi giấy tờ đã nộp được đánh dấu “Đạt” và tờ trình được chấp nhận trong một bước. Giấy tờ còn thiếu hoặc
                cần sửa phải được xem riêng.
              </p>
            </div>
            <DecideBatchForm batchId={batch.id} />
          </section>
        ) : null}
        <section aria-labelledby="lich-su" className="rounded-lg border border-slate-300 bg-white p-4 text-sm">
          <h2 id="lich-su" className="font-semibold">
            Lịch sử xử lý
          </h2>
          <ol className="mt-1 space-y-1">
            {batch.events.map((e) => (
              <li key={e.id}>
                Lần {e.round} · {formatViDateTime(e.at)} · {EVENT_LABELS[e.action] ?? e.action}
                {e.comment ? `: ${e.comment}` : ""}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}

/** Per nominee: the rules that bar it now, each with its legal article, or that none does. */
function EligibilityNote({ reasons }: { reasons: Reason[] }) {
  if (reasons.length === 0) {
    return (
      <p className="text-sm text-green-800" data-testid="eligibility">
        Đủ điều kiện theo các quy định hệ thống kiểm tra được (kỷ luật, đơn thư, xếp loại, sáng kiến, khen thưởng liên
        tục).
      </p>
    );
  }
  return (
    <div className="rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900" data-testid="eligibility">
      <p className="font-medium">Chưa đủ điều kiện:</p>
      <ul className="list-disc pl-5">
        {reasons.map((r) => (
          <li key={r.code}>
            {r.message} <span className="text-xs">({r.article})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
