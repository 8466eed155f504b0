import "server-only";
import { X509Certificate, constants, createHash, verify as verifySignature, type KeyObject } from "node:crypto";
import forge from "node-forge";
import type { CertificateAtSigning, SignatureFinding, SigningTimeSource } from "@/domain/documents/signature-verdict";
import { certificateValidityAt } from "@/domain/documents/certificate-validity";
import { trustOf, type NamedCertificate } from "./trust-chain";

/**
 * Reads the digital signatures of a PDF (PAdES / adbe.pkcs7.detached, ETSI.CAdES.detached: a CMS
 * SignedData, RFC 5652, over the file's bytes but the signature) and checks each, offline: the
 * signed byte range covers the whole file but the signature's own /Contents, the digest of those
 * bytes equals the messageDigest signed attribute, the signature over the DER of the signed
 * attributes verifies with the signer's certificate, the certificate was valid when signed, and it
 * chains to the trust list the caller passes (trust-chain.ts).
 * signature-verdict.ts (src/domain/documents) judges and words what this finds.
 *
 * node-forge parses the ASN.1 only: its PKCS#7 verification is not implemented and its certificate
 * reader handles RSA keys alone, so certificates are read and signatures verified by Node's own
 * crypto (X509Certificate, crypto.verify: RSA PKCS#1 v1.5, RSA-PSS and ECDSA alike).
 */

type Asn1 = forge.asn1.Asn1;
const { Class, Type } = forge.asn1;

const OID = {
  signedData: "1.2.840.113549.1.7.2",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  timestampToken: "1.2.840.113549.1.9.16.2.14",
  rsaPss: "1.2.840.113549.1.1.10",
  commonName: "2.5.4.3",
  organisation: "2.5.4.10",
  subjectKeyIdentifier: "2.5.29.14",
};

const DIGESTS: Record<string, string> = {
  "1.3.14.3.2.26": "sha1",
  "2.16.840.1.101.3.4.2.4": "sha224",
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
};
/** Signature algorithms that name their hash (else the signer's digest algorithm is the hash). */
const SIGNATURE_HASH: Record<string, string> = {
  "1.2.840.113549.1.1.5": "sha1",
  "1.2.840.113549.1.1.14": "sha224",
  "1.2.840.113549.1.1.11": "sha256",
  "1.2.840.113549.1.1.12": "sha384",
  "1.2.840.113549.1.1.13": "sha512",
  "1.2.840.10045.4.1": "sha1",
  "1.2.840.10045.4.3.2": "sha256",
  "1.2.840.10045.4.3.3": "sha384",
  "1.2.840.10045.4.3.4": "sha512",
};

const UNREADABLE = "Không đọc được chữ ký số trong tệp (dữ liệu chữ ký hỏng hoặc không theo chuẩn PAdES/CMS).";
const UNSUPPORTED = "Chữ ký số loại này (dấu thời gian tài liệu, hoặc chữ ký bao gói nội dung) chưa được kiểm tra.";
const NO_SIGNER = "Không tìm thấy chứng thư số của người ký trong chữ ký.";

// ---------------------------------------------------------------------------------------------
// ASN.1 helpers

const fromDer = (bytes: string): Asn1 =>
  (forge.asn1.fromDer as unknown as (b: string, o: object) => Asn1)(bytes, {
    strict: false,
    // The /Contents hex is padded with zeros after the DER: read the first element only.
    parseAllBytes: false,
    // Keep BIT STRINGs as they are, so a certificate re-encodes to its exact bytes.
    decodeBitStrings: false,
  });
const der = (a: Asn1) => forge.asn1.toDer(a).getBytes();
const kids = (a: Asn1 | undefined): Asn1[] => (a && Array.isArray(a.value) ? a.value : []);
const raw = (a: Asn1 | undefined): string => (a && typeof a.value === "string" ? a.value : "");
const oidOf = (a: Asn1 | undefined) => forge.asn1.derToOid(raw(a));
const isContext = (a: Asn1 | undefined, n: number) => a?.tagClass === Class.CONTEXT_SPECIFIC && a.type === n;
const binary = (s: string) => Buffer.from(s, "binary");

function timeOf(a: Asn1 | undefined): Date | null {
  if (!a) return null;
  if (a.type === Type.UTCTIME) return forge.asn1.utcTimeToDate(raw(a));
  if (a.type === Type.GENERALIZEDTIME) return forge.asn1.generalizedTimeToDate(raw(a));
  return null;
}

/** A directory string as text: UTF8String, BMPString (UTF-16BE) or the single-byte kinds. */
function textOf(a: Asn1): string {
  const bytes = binary(raw(a));
  if (a.type === Type.UTF8) return bytes.toString("utf8");
  if (a.type === Type.BMPSTRING) return bytes.swap16().toString("utf16le");
  return bytes.toString("latin1");
}

/** "Nguyễn Văn A" from a Name's common name, with its organisation when that differs: "CA2, VNPT". */
function nameOf(name: Asn1 | undefined): string | null {
  const attributes = kids(name).flatMap((rdn) => kids(rdn));
  const pick = (oid: string) =>
    attributes.filter((at) => oidOf(kids(at)[0]) === oid).map((at) => textOf(kids(at)[1]!).trim());
  const parts = [...pick(OID.commonName), ...pick(OID.organisation)].filter(Boolean);
  return parts.length ? [...new Set(parts)].join(", ") : null;
}

/** The parts of a certificate the signer identifier and the checks need. */
type Certificate = {
  x509: X509Certificate;
  serial: string;
  issuerDer: string;
  subjectDer: string;
  subject: Asn1;
  issuer: Asn1;
  keyId: string | null;
};

function readCertificate(a: Asn1): Certificate | null {
  try {
    const tbs = kids(kids(a)[0]);
    const offset = isContext(tbs[0], 0) ? 1 : 0; // [0] version is optional
    const issuer = tbs[offset + 2]!;
    const subject = tbs[offset + 4]!;
    const extensions = kids(kids(tbs.find((t) => isContext(t, 3)))[0]);
    const ski = extensions.find((e) => oidOf(kids(e)[0]) === OID.subjectKeyIdentifier);
    const keyId = ski ? raw(fromDer(raw(kids(ski).at(-1)))) : null;
    return {
      x509: new X509Certificate(binary(der(a))),
      serial: serialHex(raw(tbs[offset])),
      issuerDer: der(issuer),
      subjectDer: der(subject),
      subject,
      issuer,
      keyId,
    };
  } catch {
    return null;
  }
}

/**
 * A CA certificate file as the operator uploads it (DER bytes), with the names the app shows,
 * or null when the bytes are no X.509 certificate.
 */
export function describeCertificate(
  bytes: Uint8Array,
): (NamedCertificate & { issuerName: string; der: Buffer }) | null {
  try {
    const cert = readCertificate(fromDer(Buffer.from(bytes).toString("binary")));
    if (!cert) return null;
    const name = nameOf(cert.subject) ?? cert.x509.subject;
    return { x509: cert.x509, name, issuerName: nameOf(cert.issuer) ?? cert.x509.issuer, der: cert.x509.raw };
  } catch {
    return null;
  }
}

const serialHex = (bytes: string) =>
  binary(bytes)
    .toString("hex")
    .replace(/^(00)+(?=.)/, "");

// ---------------------------------------------------------------------------------------------
// The signatures in the file

type SignatureField = { byteRange: [number, number, number, number]; contents: Buffer; dictionary: string };

/**
 * Each signature dictionary with its /ByteRange and the hex /Contents in the gap the byte range
 * leaves (by construction, the only bytes a signature does not cover). A byte range that does
 * not frame a hex string is reported as unreadable rather than skipped.
 */
function signatureFields(pdf: Buffer): (SignatureField | { broken: true })[] {
  const text = pdf.toString("latin1");
  const out: (SignatureField | { broken: true })[] = [];
  for (const m of text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)) {
    const byteRange = m.slice(1, 5).map(Number) as [number, number, number, number];
    const [, length, start] = byteRange;
    const gap = text.slice(byteRange[0] + length, start);
    const hex = /^<([0-9A-Fa-f\s]*)>$/.exec(gap)?.[1];
    if (hex === undefined || start > pdf.length) {
      out.push({ broken: true });
      continue;
    }
    // The signature dictionary around the /ByteRange: for its /M and /SubFilter.
    const from = text.lastIndexOf("<<", m.index);
    const to = text.indexOf(">>", start);
    out.push({
      byteRange,
      contents: Buffer.from(hex.replace(/\s/g, ""), "hex"),
      dictionary: text.slice(Math.max(0, from), to < 0 ? text.length : to),
    });
  }
  return out;
}

/** "D:20241205100000+07'00'" (a PDF date) as an instant. */
function pdfDate(dictionary: string): Date | null {
  const m = /\/M\s*\(D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(dictionary);
  if (!m) return null;
  const [y, mo = "01", d = "01", h = "00", mi = "00", s = "00", zone = "Z"] = m.slice(1);
  const offset = zone === "Z" ? "Z" : `${zone.slice(0, 3)}:${zone.replace(/'/g, "").slice(3, 5) || "00"}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

// ---------------------------------------------------------------------------------------------
// One signature

function verifyWith(key: KeyObject, hash: string, pss: boolean, data: Buffer, signature: Buffer): boolean {
  try {
    if (key.asymmetricKeyType === "rsa" || key.asymmetricKeyType === "rsa-pss")
      return verifySignature(
        hash,
        data,
        pss
          ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }
          : { key, padding: constants.RSA_PKCS1_PADDING },
        signature,
      );
    return verifySignature(hash, data, key, signature);
  } catch {
    return false;
  }
}

/** The attribute values of a SET OF Attribute, by type. */
function attributes(set: Asn1 | undefined): Map<string, Asn1[]> {
  return new Map(kids(set).map((at) => [oidOf(kids(at)[0]), kids(kids(at)[1])] as const));
}

/**
 * The time a signature timestamp (RFC 3161, an unsigned attribute) gives, if its message imprint
 * is the hash of this signature's value. The timestamp authority's own signature is not verified.
 */
function timestampTime(token: Asn1 | undefined, signatureValue: Buffer): Date | null {
  try {
    const signed = kids(kids(kids(token)[1])[0]);
    const eContent = kids(signed[2])[1];
    const tstInfo = kids(fromDer(raw(kids(eContent)[0])));
    const imprint = kids(tstInfo[2]);
    const hash = DIGESTS[oidOf(kids(imprint[0])[0])];
    if (!hash) return null;
    const digest = createHash(hash).update(signatureValue).digest();
    return digest.equals(binary(raw(imprint[1]))) ? timeOf(tstInfo[4]) : null;
  } catch {
    return null;
  }
}

const EMPTY: Omit<SignatureFinding, "problem"> = {
  signer: null,
  issuer: null,
  signedAt: null,
  signedAtSource: null,
  certificateFrom: null,
  certificateTo: null,
  coversWholeFile: false,
  digestMatches: false,
  signatureValid: false,
  certificate: "UNKNOWN",
  issuerVerified: null,
};
const unreadable = (problem: string): SignatureFinding => ({ ...EMPTY, problem });

function checkSignature(pdf: Buffer, field: SignatureField, trustList: NamedCertificate[]): SignatureFinding {
  const [a, b, c, d] = field.byteRange;
  const coversWholeFile = a === 0 && c + d === pdf.length && c <= pdf.length;
  let cms: Asn1;
  try {
    cms = fromDer(field.contents.toString("binary"));
  } catch {
    return unreadable(UNREADABLE);
  }
  if (oidOf(kids(cms)[0]) !== OID.signedData) return unreadable(UNREADABLE);
  // ContentInfo: the content type, then the SignedData inside [0] EXPLICIT.
  const parts = kids(kids(kids(cms)[1])[0]);
  // Detached signatures only: encapsulated content (adbe.pkcs7.sha1, a document timestamp) is not read.
  if (kids(parts[2]).length > 1) return unreadable(UNSUPPORTED);
  const certificates = kids(parts.find((p) => isContext(p, 0)))
    .filter((p) => p.tagClass === Class.UNIVERSAL && p.type === Type.SEQUENCE)
    .map(readCertificate)
    .filter((x): x is Certificate => x !== null);
  const signerInfo = kids(kids(parts.at(-1))[0]);
  if (!signerInfo.length) return unreadable(UNREADABLE);

  let i = 1;
  const sid = signerInfo[i++]!;
  const digestOid = oidOf(kids(signerInfo[i++])[0]);
  const signedAttrs = isContext(signerInfo[i], 0) ? signerInfo[i++] : undefined;
  const signatureOid = oidOf(kids(signerInfo[i++])[0]);
  const signatureValue = binary(raw(signerInfo[i++]));
  const unsignedAttrs = isContext(signerInfo[i], 1) ? signerInfo[i] : undefined;

  const hash = DIGESTS[digestOid];
  if (!hash) return unreadable(UNREADABLE);
  const content = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  const contentDigest = createHash(hash).update(content).digest();
  const attrs = attributes(signedAttrs);
  const messageDigest = attrs.get(OID.messageDigest)?.[0];
  // With signed attributes, what is signed is their DER as a SET (tag 0x31, not the [0] it is stored under).
  const signedBytes = signedAttrs ? Buffer.concat([Buffer.of(0x31), binary(der(signedAttrs)).subarray(1)]) : content;
  const digestMatches = signedAttrs ? contentDigest.equals(binary(raw(messageDigest))) : true;
  const verifies = (x: Certificate) =>
    verifyWith(
      x.x509.publicKey,
      SIGNATURE_HASH[signatureOid] ?? hash,
      signatureOid === OID.rsaPss,
      signedBytes,
      signatureValue,
    );

  // The signer's certificate by its identifier. Some signers write the issuer's name differently
  // from the certificate (node-forge, hence @signpdf/signer-p12, encodes a UTF-8 issuer name twice):
  // then the certificate with that serial number, else any, whose key verifies the signature — the
  // key, not the name, is what proves which certificate signed.
  const bySid = certificates.filter((x) =>
    isContext(sid, 0)
      ? x.keyId !== null && x.keyId === raw(sid)
      : x.serial === serialHex(raw(kids(sid)[1])) && x.issuerDer === der(kids(sid)[0]!),
  );
  const bySerial = isContext(sid, 0) ? [] : certificates.filter((x) => x.serial === serialHex(raw(kids(sid)[1])));
  const candidates = [bySid, bySerial, certificates].find((list) => list.length) ?? [];
  const cert = bySid[0] && verifies(bySid[0]) ? bySid[0] : (candidates.find(verifies) ?? bySid[0] ?? bySerial[0]);
  if (!cert) return unreadable(NO_SIGNER);
  const signatureValid = verifies(cert);

  const stamped = timestampTime(attributes(unsignedAttrs).get(OID.timestampToken)?.[0], signatureValue);
  const claimed = timeOf(attrs.get(OID.signingTime)?.[0]);
  const inPdf = pdfDate(field.dictionary);
  const [signedAt, signedAtSource]: [Date | null, SigningTimeSource | null] = stamped
    ? [stamped, "TIMESTAMP"]
    : claimed
      ? [claimed, "SIGNED_ATTRIBUTE"]
      : inPdf
        ? [inPdf, "PDF"]
        : [null, null];

  const from = new Date(cert.x509.validFrom);
  const to = new Date(cert.x509.validTo);
  const certificate: CertificateAtSigning = signedAt
    ? certificateValidityAt({ validFrom: from, validTo: to }, signedAt)
    : "UNKNOWN";
  const issuerCert = certificates.find((x) => x !== cert && x.subjectDer === cert.issuerDer);

  return {
    signer: nameOf(cert.subject),
    issuer: nameOf(cert.issuer),
    signedAt: signedAt?.toISOString() ?? null,
    signedAtSource,
    certificateFrom: from.toISOString(),
    certificateTo: to.toISOString(),
    problem: null,
    // Signed bytes also include digest and signature checks: a range that leaves out more than the
    // signature, or stops before the end, means bytes nobody signed.
    coversWholeFile,
    digestMatches,
    signatureValid,
    certificate,
    issuerVerified: issuerCert ? cert.x509.verify(issuerCert.x509.publicKey) : null,
    trust: trustOf(
      cert.x509,
      certificates.map((x) => ({ x509: x.x509, name: nameOf(x.subject) ?? x.x509.subject })),
      trustList,
      signedAt,
    ),
  };
}

/**
 * Every signature of the PDF, in the order they cover the file (the last one is the latest), each
 * judged against `trustList` (the operator's trusted CA certificates). An unsigned file gives an
 * empty list.
 */
export function readPdfSignatures(bytes: Uint8Array, trustList: NamedCertificate[]): SignatureFinding[] {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return signatureFields(pdf)
    .map((f) =>
      "broken" in f
        ? { end: 0, finding: unreadable(UNREADABLE) }
        : { end: f.byteRange[2] + f.byteRange[3], finding: checkSignature(pdf, f, trustList) },
    )
    .sort((x, y) => x.end - y.end)
    .map((x) => x.finding);
}
