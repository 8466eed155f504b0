import {
  SIGNATURE_HEADLINES,
  findingLines,
  type SignatureFinding,
  type SignatureStatus,
} from "@/domain/documents/signature-verdict";
import { formatViDateTime } from "@/lib/dates";

const TONE: Record<SignatureStatus, string> = {
  VALID: "border-green-300 bg-green-50 text-green-900",
  EXPIRED: "border-amber-300 bg-amber-50 text-amber-950",
  TAMPERED: "border-red-300 bg-red-50 text-red-900",
  INVALID: "border-red-300 bg-red-50 text-red-900",
  UNSIGNED: "border-amber-300 bg-amber-50 text-amber-950",
};

/**
 * What the app read from a document's digital signatures: the verdict as a heading, then each
 * signature's facts (signer, issuer, time, integrity, certificate), as signature-verdict.ts words them.
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
        <ul key={i} className="mt-2 list-disc space-y-0.5 pl-5" aria-label={`Chữ ký ${i + 1}`}>
          {findingLines(f, i === findings.length - 1).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ))}
      {status === "UNSIGNED" ? <p className="mt-2">Văn bản được lưu như bản chụp (scan) không có chữ ký số.</p> : null}
      <p className="mt-2 text-xs">
        Kiểm tra lúc {formatViDateTime(checkedAt)}. Ứng dụng không tra cứu thu hồi chứng thư số trực tuyến.
      </p>
    </div>
  );
}
