import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/server/auth/actor";
import { orNotFound } from "@/server/actions/page-guard";
import { findDecision } from "@/server/data/awards";
import { isMyUnit } from "@/server/data/scope";
import { mySigningCertificate } from "@/server/data/signing-certificates";
import type { SignatureReading } from "@/server/data/issued-documents";
import { can } from "@/domain/auth/permissions";
import { formatDong } from "@/domain/text/format";
import { formatViDate, formatViDateTime } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { certificateTitle, totalLabel } from "@/domain/awards/reward";
import { SignatureResult } from "@/components/documents/signature-result";
import { RecordSignedForm, SignWithUnitForm } from "./issued-forms";

export const metadata: Metadata = { title: "Quyết định khen thưởng" };

/**
 * One award decision: its documents (.docx, PDF, certificates), and the decision of record — the
 * signed document actually sent out, with what its digital signatures were found to be. The
 * deciding unit's office or chair records it (upload, or sign here with the unit's certificate);
 * the awardees' units read and download it.
 */
export default async function DecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const { decision, form } = await orNotFound(findDecision(actor, id));
  const mine = isMyUnit(actor, decision.unitId);
  const records = mine && can(actor.roles, "decision.record");
  const certificate = records ? await mySigningCertificate(actor) : null;
  const usable = certificate && certificate.validTo > new Date() ? certificate : null;
  const reading = decision.issuedVerification as unknown as SignatureReading | null;
  const number = `${decision.number}/QĐ-UBND`;
  return (
    <>
      <PageHeader
        title={`Quyết định số ${number}`}
        description={`${form.name} · ký ngày ${formatViDate(decision.decidedOn)} · ${decision.unit.name}`}
      />
      <div className="space-y-6">
        <section
          aria-labelledby="noi-dung"
          className="space-y-3 rounded-lg border border-slate-300 bg-white p-4 text-sm"
        >
          <h2 id="noi-dung" className="font-semibold">
            Nội dung quyết định
          </h2>
          <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="text-slate-600">Người ký</dt>
            <dd>{decision.signerName}</dd>
            <dt className="text-slate-600">Số được khen</dt>
            <dd>{decision.awards.length}</dd>
            <dt className="text-slate-600">{totalLabel(decision.rewardKind)}</dt>
            <dd>{decision.rewardKind === "NONE" ? "Không kèm tiền thưởng" : formatDong(decision.total)}</dd>
          </dl>
          <div className="flex flex-wrap gap-2">
            <a href={`/quyet-dinh/${decision.id}/pdf`} className={buttonClass("secondary")}>
              Tải PDF
            </a>
            <a href={`/quyet-dinh/${decision.id}/van-ban`} className={buttonClass("secondary")}>
              Tải .docx
            </a>
            {/* A gift or a sum given on its own has no certificate (reward.ts). */}
            {certificateTitle({ name: form.name, catalogueCode: decision.awards[0]?.catalogueCode ?? null }) ? (
              <a href={`/quyet-dinh/${decision.id}/giay-khen`} className={buttonClass("secondary")}>
                Giấy khen (.pdf)
              </a>
            ) : null}
          </div>
        </section>

        <section
          aria-labelledby="van-ban-da-ky"
          className="space-y-3 rounded-lg border border-slate-300 bg-white p-4 text-sm"
        >
          <h2 id="van-ban-da-ky" className="font-semibold">
            Văn bản đã ký (bản lưu chính thức)
          </h2>
          {decision.issuedFileKey && reading ? (
            <>
              <p>
                Ghi nhận lúc {formatViDateTime(decision.issuedAt!)} bởi {decision.issuedByName}:{" "}
                <a href={`/quyet-dinh/${decision.id}/van-ban-da-ky`} className="break-all text-blue-800 underline">
                  {decision.issuedFileName}
                </a>
              </p>
              <SignatureResult {...reading} />
            </>
          ) : (
            <p className="text-slate-700">Chưa ghi nhận văn bản đã ký, đóng dấu và phát hành của quyết định này.</p>
          )}
          {records ? (
            <div className="space-y-4 border-t border-slate-200 pt-3">
              {usable ? <SignWithUnitForm decisionId={decision.id} subject={usable.subject} /> : null}
              <RecordSignedForm decisionId={decision.id} replacing={Boolean(decision.issuedFileKey)} />
              {!usable ? (
                <p className="text-slate-700">
                  Để ký số trên máy chủ, quản trị đơn vị tải chứng thư số của đơn vị (.p12) tại{" "}
                  <Link href="/chung-thu-so" className="text-blue-800 underline">
                    Chứng thư số của đơn vị
                  </Link>
                  {certificate ? " (chứng thư hiện có đã hết hạn)" : ""}.
                </p>
              ) : null}
            </div>
          ) : null}
        </section>
      </div>
    </>
  );
}
