import type { Metadata } from "next";
import { requireOperator } from "@/server/auth/actor";
import { listTrustedCertificates } from "@/server/data/trusted-certificates";
import { certificateValidityAt } from "@/domain/documents/certificate-validity";
import { formatViDate } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteButton } from "@/components/forms/delete-button";
import { removeTrustedCertificateAction } from "./actions";
import { TrustedCertificateUpload } from "./upload-form";

export const metadata: Metadata = { title: "Chứng thư số tin cậy" };

/** "AB:CD:…" in groups a person can compare with the CA's published fingerprint. */
const grouped = (hex: string) => hex.toUpperCase().match(/.{2}/g)!.join(":");

/**
 * The installation's trust list: the CA certificates a signed document's certificate must chain to
 * for the app to call its signature trusted. Without any, every signature reads "không thuộc danh
 * sách tin cậy".
 */
export default async function TrustedCertificatesPage() {
  const operator = await requireOperator();
  const rows = await listTrustedCertificates(operator);
  const now = new Date();
  return (
    <>
      <PageHeader
        title="Chứng thư số tin cậy"
        description="Văn bản ký số được coi là tin cậy khi chứng thư số của người ký được cấp (trực tiếp hoặc qua tổ chức trung gian) bởi một chứng thư trong danh sách này. Ứng dụng không kết nối mạng để tra cứu: danh sách do quản trị hệ thống cập nhật."
      />
      <div className="space-y-6">
        <TrustedCertificateUpload />
        {rows.length ? (
          <ul className="space-y-3" aria-label="Danh sách chứng thư tin cậy">
            {rows.map((r) => {
              const validity = certificateValidityAt(r, now);
              return (
                <li key={r.id} className="rounded-lg border border-slate-300 bg-white p-4 text-sm">
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div className="min-w-0 space-y-1">
                      <p className="font-semibold">{r.subject}</p>
                      <p>
                        {r.subject === r.issuer ? "Chứng thư gốc (tự cấp)" : `Do ${r.issuer} cấp`} · hiệu lực từ{" "}
                        {formatViDate(r.validFrom)} đến {formatViDate(r.validTo)}
                        {validity === "EXPIRED"
                          ? " (đã hết hạn)"
                          : validity === "NOT_YET_VALID"
                            ? " (chưa có hiệu lực)"
                            : ""}
                      </p>
                      <p className="break-all font-mono text-xs">SHA-256: {grouped(r.fingerprint)}</p>
                      <p className="text-xs text-slate-700">
                        Thêm bởi {r.addedByName} ngày {formatViDate(r.createdAt)}
                      </p>
                    </div>
                    <DeleteButton
                      action={removeTrustedCertificateAction.bind(null, r.id)}
                      label="Gỡ khỏi danh sách"
                      confirmText={`Gỡ "${r.subject}" khỏi danh sách tin cậy? Văn bản ghi nhận sau đó, ký bằng chứng thư do tổ chức này cấp, sẽ được báo "không thuộc danh sách tin cậy"; kết quả đã ghi nhận trước giữ nguyên.`}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="text-sm">
            Chưa có chứng thư tin cậy nào: mọi chữ ký số sẽ được báo &quot;không thuộc danh sách tin cậy&quot;.
          </p>
        )}
      </div>
    </>
  );
}
