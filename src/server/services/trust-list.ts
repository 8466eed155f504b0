import "server-only";
import type { Operator } from "@/server/auth/actor-types";
import { invalid } from "@/domain/errors";
import { TRUSTED_CERTIFICATE_MAX_BYTES, TRUSTED_CERTIFICATE_TOO_LARGE } from "@/schemas/trusted-certificate-labels";
import { describeCertificate } from "@/server/documents/pdf-signatures";
import type { NamedCertificate } from "@/server/documents/trust-chain";
import {
  addTrustedCertificates,
  trustListCertificates,
  type TrustedCertificateFacts,
} from "@/server/data/trusted-certificates";

/**
 * The operator's trust list from the files CAs publish: a .cer/.crt/.der (DER, or the same as
 * Base64), or a .pem holding one or more certificates (a CA's bundle: root and intermediates).
 * Only CA certificates (basicConstraints cA) are taken: a signer's own certificate on the list
 * would make every file it signs trusted without any CA vouching for it.
 */

const NOT_CERTIFICATE = "Tệp không phải chứng thư số X.509 (PEM, DER hoặc .cer).";
const NOT_CA = "Chứng thư số này không phải của tổ chức cấp chứng thư (CA): chỉ thêm chứng thư gốc hoặc trung gian.";

/** The DER certificates in an uploaded file, in their order. */
function certificatesIn(bytes: Uint8Array): Buffer[] {
  const buf = Buffer.from(bytes);
  if (buf[0] === 0x30) return [buf];
  const text = buf.toString("latin1");
  const blocks = [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)];
  if (blocks.length) return blocks.map((m) => Buffer.from(m[1]!.replace(/\s/g, ""), "base64"));
  // A .cer saved as bare Base64 (no PEM armour), as some CA sites offer it.
  const bare = text.replace(/\s/g, "");
  return /^[A-Za-z0-9+/]+=*$/.test(bare) ? [Buffer.from(bare, "base64")] : [];
}

/** Reads the file's CA certificates, refusing the whole file (with the reason, on the field) if any is not one. */
export function readTrustedCertificateFile(bytes: Uint8Array): TrustedCertificateFacts[] {
  if (bytes.byteLength > TRUSTED_CERTIFICATE_MAX_BYTES)
    throw invalid(TRUSTED_CERTIFICATE_TOO_LARGE, { file: TRUSTED_CERTIFICATE_TOO_LARGE });
  const ders = certificatesIn(bytes);
  if (!ders.length) throw invalid(NOT_CERTIFICATE, { file: NOT_CERTIFICATE });
  return ders.map((der) => {
    const cert = describeCertificate(der);
    if (!cert) throw invalid(NOT_CERTIFICATE, { file: NOT_CERTIFICATE });
    if (!cert.x509.ca) throw invalid(NOT_CA, { file: NOT_CA });
    return {
      fingerprint: cert.x509.fingerprint256.replace(/:/g, "").toLowerCase(),
      der: cert.der,
      subject: cert.name,
      issuer: cert.issuerName,
      validFrom: new Date(cert.x509.validFrom),
      validTo: new Date(cert.x509.validTo),
    };
  });
}

export async function uploadTrustedCertificates(operator: Operator, file: { bytes: Uint8Array }) {
  return addTrustedCertificates(operator, readTrustedCertificateFile(file.bytes));
}

/** The trust list as the signature reader takes it. */
export async function loadTrustList(): Promise<NamedCertificate[]> {
  const rows = await trustListCertificates();
  return rows.map((r) => describeCertificate(r.der)).filter((c): c is NonNullable<typeof c> => c !== null);
}
