import "server-only";
import type { X509Certificate } from "node:crypto";
import type { TrustFinding } from "@/domain/documents/signature-verdict";
import { certificateValidityAt } from "@/domain/documents/certificate-validity";

/**
 * Whether a signer's certificate chains to the installation's trust list, offline (no AIA fetch,
 * no OCSP: the server has no network). The chain is built from the certificates the signature
 * carries and the trusted ones (RFC 5280 §6.1, simplified): each step is a CA certificate
 * (basicConstraints cA) whose name and key identifier match the issuer of the one below
 * (checkIssued) and whose key verifies its signature, until a certificate whose SHA-256
 * fingerprint is on the list. A look-alike CA with a trusted CA's name but its own key never
 * verifies, so it never reaches the list.
 */

export type NamedCertificate = { x509: X509Certificate; name: string };

/** A chain longer than this is no real PKI (Vietnam's is root → licensed CA → signer). */
const MAX_DEPTH = 6;

/** Every chain (the CAs above `signer`, nearest first) that ends on a trusted certificate. */
function chainsToList(signer: X509Certificate, pool: NamedCertificate[], trusted: Set<string>): NamedCertificate[][] {
  const found: NamedCertificate[][] = [];
  const walk = (cert: X509Certificate, path: NamedCertificate[]) => {
    if (path.length >= MAX_DEPTH) return;
    for (const next of pool) {
      const fingerprint = next.x509.fingerprint256;
      if (fingerprint === cert.fingerprint256 || path.some((p) => p.x509.fingerprint256 === fingerprint)) continue;
      if (!next.x509.ca || !cert.checkIssued(next.x509) || !cert.verify(next.x509.publicKey)) continue;
      const chain = [...path, next];
      if (trusted.has(fingerprint)) found.push(chain);
      else walk(next.x509, chain);
    }
  };
  walk(signer, []);
  return found;
}

/**
 * How `signer` stands against the trust list: TRUSTED when a chain of CAs all valid at `signedAt`
 * reaches it; CA_NOT_VALID when chains reach it but each passes a CA outside its validity then;
 * UNTRUSTED when none does. Without a signing time the CAs' validity is not judged (the signer's
 * own certificate is then "UNKNOWN" too, and said so).
 */
export function trustOf(
  signer: X509Certificate,
  embedded: NamedCertificate[],
  trustList: NamedCertificate[],
  signedAt: Date | null,
): TrustFinding {
  const trusted = new Set(trustList.map((t) => t.x509.fingerprint256));
  // The trusted certificates first: a CA the signature carries and the list holds is the same certificate.
  const pool = [...trustList, ...embedded.filter((e) => !trusted.has(e.x509.fingerprint256))];
  const chains = chainsToList(signer, pool, trusted);
  if (!chains.length) return { kind: "UNTRUSTED" };
  const lapsed = (c: NamedCertificate) =>
    signedAt !== null &&
    certificateValidityAt({ validFrom: new Date(c.x509.validFrom), validTo: new Date(c.x509.validTo) }, signedAt) !==
      "VALID";
  const good = chains.find((chain) => !chain.some(lapsed));
  if (good) return { kind: "TRUSTED", chain: good.map((c) => c.name) };
  const chain = chains[0]!;
  return { kind: "CA_NOT_VALID", chain: chain.map((c) => c.name), authority: chain.find(lapsed)!.name };
}
