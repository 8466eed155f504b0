import { formatViDate, formatViDateTime } from "@/lib/dates";

/**
 * What the digital signatures of an issued document amount to, in Vietnamese: one status for the
 * file and a line per fact of each signature. The facts are read from the PDF by
 * server/documents/pdf-signatures.ts; this file only judges and words them, so a stored reading
 * (AwardDecision.issuedVerification) is worded the same way whenever it is shown.
 *
 * What is checked, per signature (PAdES / CMS, ISO 32000 §12.8 and RFC 5652): the signed byte range
 * is the whole file but the signature itself (nothing was added or changed after signing), the
 * digest of those bytes is the one the signature carries, the signature over the signed attributes
 * verifies with the signer's certificate, and that certificate was within its validity period at
 * the time of signing. Not checked here: whether the issuing CA is one the state recognises and
 * whether the certificate was revoked (that needs the CA's CRL or OCSP service, over the network).
 */

export type CertificateAtSigning = "VALID" | "EXPIRED" | "NOT_YET_VALID" | "UNKNOWN";
/** Where the signing time comes from: a timestamp authority, the signer's computer, or the PDF's /M entry. */
export type SigningTimeSource = "TIMESTAMP" | "SIGNED_ATTRIBUTE" | "PDF";

export type SignatureFinding = {
  /** The signer's name (the certificate subject's common name), or null when the signature cannot be read. */
  signer: string | null;
  /** The certificate's issuer (its common name, then its organisation). */
  issuer: string | null;
  /** ISO instant. */
  signedAt: string | null;
  signedAtSource: SigningTimeSource | null;
  certificateFrom: string | null;
  certificateTo: string | null;
  /** Why the signature could not be read at all (Vietnamese), else null. */
  problem: string | null;
  coversWholeFile: boolean;
  digestMatches: boolean;
  signatureValid: boolean;
  certificate: CertificateAtSigning;
  /** The issuer's certificate came with the signature and its signature over the signer's verifies; null: not included. */
  issuerVerified: boolean | null;
};

export type SignatureStatus = "VALID" | "EXPIRED" | "TAMPERED" | "INVALID" | "UNSIGNED";

export const SIGNATURE_HEADLINES: Record<SignatureStatus, string> = {
  VALID: "Chữ ký hợp lệ",
  EXPIRED: "Chứng thư số không còn hiệu lực khi ký",
  TAMPERED: "Tệp đã bị sửa sau khi ký",
  INVALID: "Chữ ký số không hợp lệ",
  UNSIGNED: "Tệp không có chữ ký số",
};

/**
 * The file's status: the worst of its signatures. Every signature must match its bytes; only the
 * last one (the one ending furthest into the file) must reach the end of the file, since a second
 * signature is itself an update appended after the first (PDF incremental update).
 */
export function signatureStatus(findings: SignatureFinding[]): SignatureStatus {
  if (!findings.length) return "UNSIGNED";
  if (findings.some((f) => f.problem !== null || !f.signatureValid)) return "INVALID";
  if (findings.some((f) => !f.digestMatches) || !findings.at(-1)!.coversWholeFile) return "TAMPERED";
  if (findings.some((f) => f.certificate === "EXPIRED" || f.certificate === "NOT_YET_VALID")) return "EXPIRED";
  return "VALID";
}

const TIME_SOURCE: Record<SigningTimeSource, string> = {
  TIMESTAMP: "theo dấu thời gian đính kèm",
  SIGNED_ATTRIBUTE: "theo máy tính của người ký",
  PDF: "theo thông tin trong tệp",
};

/** The lines shown for one signature, `last` saying whether it is the file's last signature. */
export function findingLines(f: SignatureFinding, last: boolean): string[] {
  if (f.problem) return [f.problem];
  const lines = [`Người ký: ${f.signer ?? "không rõ"}`, `Chứng thư số do ${f.issuer ?? "không rõ"} cấp`];
  lines.push(
    f.signedAt
      ? `Thời điểm ký: ${formatViDateTime(f.signedAt)} (${TIME_SOURCE[f.signedAtSource ?? "PDF"]})`
      : "Thời điểm ký: không ghi trong chữ ký",
  );
  if (!f.digestMatches) lines.push("Nội dung đã bị thay đổi sau khi ký: không khớp với chữ ký");
  else if (!f.coversWholeFile)
    lines.push(
      last
        ? "Có nội dung được thêm vào tệp sau khi ký"
        : "Sau chữ ký này tệp có thêm một lần cập nhật (thường là chữ ký tiếp theo)",
    );
  else lines.push("Nội dung không thay đổi từ khi ký");
  if (!f.signatureValid) lines.push("Chữ ký không khớp với chứng thư số của người ký");
  const period =
    f.certificateFrom && f.certificateTo
      ? ` (hiệu lực từ ${formatViDate(f.certificateFrom)} đến ${formatViDate(f.certificateTo)})`
      : "";
  lines.push(
    {
      VALID: `Chứng thư số còn hiệu lực khi ký${period}`,
      EXPIRED: `Chứng thư số đã hết hạn khi ký${period}`,
      NOT_YET_VALID: `Chứng thư số chưa có hiệu lực khi ký${period}`,
      UNKNOWN: `Không xác định được chứng thư số còn hiệu lực khi ký${period}`,
    }[f.certificate],
  );
  if (f.issuerVerified === false) lines.push("Chứng thư của tổ chức cấp đi kèm không xác nhận chứng thư người ký");
  return lines;
}
