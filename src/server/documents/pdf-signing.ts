import "server-only";
import forge from "node-forge";
import { SignPdf } from "@signpdf/signpdf";
import { P12Signer } from "@signpdf/signer-p12";

/**
 * Signing a PDF on the server with a PKCS#12 (.p12/.pfx) certificate: @signpdf/signpdf fills the
 * placeholder pdf-kit.ts reserved (`renderPdf({ signature })`) with a detached CMS signature made by
 * @signpdf/signer-p12 (node-forge, RSA with SHA-256, signing time as a signed attribute). The
 * result is checked like any uploaded file (pdf-signatures.ts).
 */

/** Room for the CMS in the file: the certificate chain of a national CA fits in well under 16 KB. */
export const SIGNATURE_BYTES = 16_384;

export type CertificateSummary = { subject: string; issuer: string; validFrom: Date; validTo: Date };

const WRONG_P12 = "Không mở được tệp chứng thư số: sai mật khẩu, hoặc không phải tệp .p12/.pfx.";
const NO_KEY = "Tệp .p12 không có khóa bí mật kèm chứng thư số của người ký.";

const nameText = (attributes: forge.pki.CertificateField[]) =>
  ["CN", "O"]
    .map((short) => attributes.find((a) => a.shortName === short)?.value)
    .filter((v): v is string => typeof v === "string")
    // forge keeps UTF8String values as their bytes in a binary string.
    .map((v) => forge.util.decodeUtf8(v))
    .join(", ");

/**
 * What a .p12 holds, or why it cannot be used: it must open with the passphrase and hold an RSA
 * private key with the certificate that matches it (what @signpdf/signer-p12 signs with).
 */
export function readP12(
  p12: Uint8Array,
  passphrase: string,
): { ok: true; certificate: CertificateSummary } | { ok: false; message: string } {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString("binary")));
    parsed = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  } catch {
    return { ok: false, message: WRONG_P12 };
  }
  const key = parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!]?.[0]
    ?.key as forge.pki.rsa.PrivateKey | undefined;
  const certs = (parsed.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [])
    .map((b) => b.cert)
    .filter((c): c is forge.pki.Certificate => c !== undefined);
  const mine = key
    ? certs.find((c) => {
        const pub = c.publicKey as forge.pki.rsa.PublicKey;
        return pub.n?.compareTo(key.n) === 0 && pub.e?.compareTo(key.e) === 0;
      })
    : undefined;
  if (!mine) return { ok: false, message: NO_KEY };
  return {
    ok: true,
    certificate: {
      subject: nameText(mine.subject.attributes),
      issuer: nameText(mine.issuer.attributes),
      validFrom: mine.validity.notBefore,
      validTo: mine.validity.notAfter,
    },
  };
}

/** Signs a PDF that carries a signature placeholder; `signingTime` goes in the signed attributes. */
export async function signPdf(pdf: Buffer, p12: Uint8Array, passphrase: string, signingTime: Date): Promise<Buffer> {
  const signer = new P12Signer(Buffer.from(p12), { passphrase });
  return new SignPdf().sign(pdf, signer, signingTime);
}
