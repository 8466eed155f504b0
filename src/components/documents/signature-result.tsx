import {
  SIGNATURE_HEADLINES,
  findingLines,
  verdictSentence,
  type SignatureFinding,
  type SignatureStatus,
} from "@/domain/documents/signature-verdict";
import { formatViDateTime } from "@/lib/dates";

const TONE: Record<SignatureStatus, string> = {
  VALID: "border-green-300 bg-green-50 text-green-900",
  UNTRUSTED: "border-amber-300 bg-amber-50 text-amber-950",
  EXPIRED: "border-amber-300 bg-amber-50 text-amber-950",
  TAMPERED: "border-red-300 bg-red-50 text-red-900",
  INVALID: "border-red-300 bg-red-50 text-red-900",
  UNSIGNED: "border-amber-300 bg-amber-50 text-amber-950",
};

/**
 * What the app read from a document's digital signatures: the file's verdict as a heading, then for
 * each signature its own verdict in one sentence and its facts (signer, issuer, time, integrity,
 * certificate, chain to the trust list), as signature-verdict.ts words them.
 */
export function SignatureResult({
  status,
  findings,
  checkedAt,
}: {
  status: SignatureStatus;
  findings: SignatureFinding[];
  checkedAt: string;
}) {
  return (
    <div className={`rounded-md border px-4 py-3 text-sm ${TONE[status]}`} data-testid="signature-result">
      <p className="font-semibold">{SIGNATURE_HEADLINES[status]}</p>
      {findings.map((f, i) => (
        <div key={i} className="mt-2">
          {findings.length > 1 ? <p className="font-medium">Chữ ký {i + 1}</p> : null}
          <p>{verdictSentence(f, i === findings.length - 1)}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5" aria-label={`Chữ ký ${i + 1}`}>
            {findingLines(f, i === findings.length - 1).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
      {status === "UNSIGNED" ? <p className="mt-2">Văn bản được lưu như bản chụp (scan) không có chữ ký số.</p> : null}
      <p className="mt-2 text-xs">
        Kiểm tra lúc {formatViDateTime(checkedAt)}. Chuỗi chứng thực được đối chiếu với danh sách chứng thư tin cậy do
        quản trị hệ thống quản lý; ứng dụng không tra cứu thu hồi chứng thư số (không có kết nối mạng).
      </p>
    </div>
  );
}
