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
 * the time of signing, and whether it chains to a CA on the installation's trust list (the CAs
 * the operator keeps, offline: server/documents/trust-chain.ts), each CA valid at that time too
 * (RFC 5280 §6.1). Not checked: whether a certificate was revoked (that needs the CA's CRL or
 * OCSP service; the app has no network and keeps no CRLs).
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
  /** How the certificate chains to the trust list; absent in readings stored before the list existed. */
  trust?: TrustFinding;
};

/**
 * The chain from the signer's certificate to the trust list: TRUSTED with the CAs from the signer's
 * issuer up to the trusted one (`chain`, names), CA_NOT_VALID when the only chain found passes a CA
 * that was not valid when the document was signed, UNTRUSTED when no chain reaches the list.
 */
export type TrustFinding =
  | { kind: "TRUSTED"; chain: string[] }
  | { kind: "CA_NOT_VALID"; chain: string[]; authority: string }
  | { kind: "UNTRUSTED" };

export type SignatureStatus = "VALID" | "UNTRUSTED" | "EXPIRED" | "TAMPERED" | "INVALID" | "UNSIGNED";
/** What one signature amounts to; a file's status is the worst of its signatures'. */
export type SignatureVerdict = Exclude<SignatureStatus, "UNSIGNED">;

const UNTRUSTED_TEXT = "Chữ ký đúng nhưng chứng thư số không thuộc danh sách tin cậy";

export const SIGNATURE_HEADLINES: Record<SignatureStatus, string> = {
  VALID: "Chữ ký hợp lệ",
  UNTRUSTED: UNTRUSTED_TEXT,
  EXPIRED: "Chứng thư số không còn hiệu lực khi ký",
  TAMPERED: "Tệp đã bị sửa sau khi ký",
  INVALID: "Chữ ký số không hợp lệ",
  UNSIGNED: "Tệp không có chữ ký số",
};

/**
 * What one signature amounts to, the first failing check deciding: it must verify with its
 * certificate (RFC 5652 §5.4), match the bytes it covers and, for the file's `last` signature,
 * cover the file to its end (ISO 32000-1 §12.8.1: an earlier signature is followed by the next
 * one's incremental update); its certificate and every CA above it must have been valid when it
 * signed (RFC 5280 §6.1.3); and the chain must reach the trust list. A reading stored before the
 * list existed (no `trust`) keeps the verdict it had.
 */
export function signatureVerdict(f: SignatureFinding, last: boolean): SignatureVerdict {
  if (f.problem !== null || !f.signatureValid) return "INVALID";
  if (!f.digestMatches || (last && !f.coversWholeFile)) return "TAMPERED";
  if (f.certificate === "EXPIRED" || f.certificate === "NOT_YET_VALID" || f.trust?.kind === "CA_NOT_VALID")
    return "EXPIRED";
  if (f.trust?.kind === "UNTRUSTED") return "UNTRUSTED";
  return "VALID";
}

const SEVERITY: SignatureVerdict[] = ["INVALID", "TAMPERED", "EXPIRED", "UNTRUSTED", "VALID"];

/** The file's status: the worst of its signatures' verdicts; no signature at all is UNSIGNED. */
export function signatureStatus(findings: SignatureFinding[]): SignatureStatus {
  if (!findings.length) return "UNSIGNED";
  const verdicts = findings.map((f, i) => signatureVerdict(f, i === findings.length - 1));
  return SEVERITY.find((v) => verdicts.includes(v))!;
}

/** The one sentence that sums up a signature, shown above its facts. */
export function verdictSentence(f: SignatureFinding, last: boolean): string {
  const issuer = f.issuer ?? "tổ chức không rõ";
  switch (signatureVerdict(f, last)) {
    case "INVALID":
      return f.problem ?? SIGNATURE_HEADLINES.INVALID;
    case "TAMPERED":
      return SIGNATURE_HEADLINES.TAMPERED;
    case "EXPIRED":
      if (f.certificate === "NOT_YET_VALID") return "Chứng thư số chưa có hiệu lực tại thời điểm ký";
      if (f.certificate === "EXPIRED") return "Chứng thư số đã hết hạn tại thời điểm ký";
      return `Chứng thư số của tổ chức cấp ${f.trust?.kind === "CA_NOT_VALID" ? f.trust.authority : issuer} không còn hiệu lực tại thời điểm ký`;
    case "UNTRUSTED":
      return UNTRUSTED_TEXT;
    case "VALID":
      return f.trust
        ? `Chữ ký hợp lệ, chứng thư số do ${issuer} cấp (thuộc danh sách tin cậy)`
        : `Chữ ký hợp lệ, chứng thư số do ${issuer} cấp (chưa đối chiếu danh sách tin cậy)`;
  }
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
  if (f.trust?.kind === "TRUSTED" || f.trust?.kind === "CA_NOT_VALID")
    lines.push(`Chuỗi chứng thực: ${f.trust.chain.join(" → ")} (thuộc danh sách tin cậy)`);
  if (f.trust?.kind === "UNTRUSTED")
    lines.push("Không lập được chuỗi chứng thực đến tổ chức cấp nào trong danh sách tin cậy của hệ thống");
  return lines;
}
