import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { mySigningCertificate } from "@/server/data/signing-certificates";
import { formatViDate, formatViDateTime } from "@/lib/dates";
import { certificateValidityAt, type CertificateValidity } from "@/domain/documents/certificate-validity";
import { PageHeader } from "@/components/ui/page-header";
import { CertificateForms } from "./certificate-forms";

export const metadata: Metadata = { title: "Chứng thư số của đơn vị" };

const VALIDITY_NOTE: Record<CertificateValidity, string> = {
  VALID: "",
  EXPIRED: " (đã hết hạn)",
  NOT_YET_VALID: " (chưa đến ngày có hiệu lực)",
};

/**
 * The unit's own signing certificate (.p12), kept by its administrator, with which the office signs
 * award decisions on the server. Stored sealed under the server's secret; shown here by what it is.
 */
export default async function SigningCertificatePage() {
  const actor = await requirePermission("signing.manage");
  const certificate = await mySigningCertificate(actor);
  return (
    <>
      <PageHeader
        title="Chứng thư số của đơn vị"
        description="Tệp .p12 (.pfx) của đơn vị để văn thư ký số quyết định khen thưởng ngay trên ứng dụng. Tệp và mật khẩu được mã hóa trước khi lưu."
      />
      <div className="max-w-2xl space-y-6">
        <section
          aria-labelledby="hien-co"
          className="space-y-2 rounded-lg border border-slate-300 bg-white p-4 text-sm"
        >
          <h2 id="hien-co" className="font-semibold">
            Chứng thư đang dùng
          </h2>
          {certificate ? (
            <dl
              className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]"
              data-testid="unit-certificate"
            >
              <dt className="text-slate-600">Chủ thể</dt>
              <dd>{certificate.subject}</dd>
              <dt className="text-slate-600">Tổ chức cấp</dt>
              <dd>{certificate.issuer}</dd>
              <dt className="text-slate-600">Hiệu lực</dt>
              <dd>
                từ {formatViDate(certificate.validFrom)} đến {formatViDate(certificate.validTo)}
                {VALIDITY_NOTE[certificateValidityAt(certificate, new Date())]}
              </dd>
              <dt className="text-slate-600">Tải lên</dt>
              <dd>
                {certificate.uploadedBy}, lúc {formatViDateTime(certificate.createdAt)}
              </dd>
            </dl>
          ) : (
            <p className="text-slate-700">Đơn vị chưa có chứng thư số trên ứng dụng.</p>
          )}
        </section>
        <CertificateForms hasCertificate={Boolean(certificate)} />
      </div>
    </>
  );
}
