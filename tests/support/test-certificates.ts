import { generateKeyPairSync } from "node:crypto";
import forge from "node-forge";

/**
 * Certificates made on the spot for signature tests: a self-signed CA and signers it issues, as
 * a PKCS#12 file the way a token's software exports one. Keys come from Node's crypto (forge's own
 * RSA key generation is pure JavaScript and slow).
 */

export type TestIdentity = { key: forge.pki.rsa.PrivateKey; cert: forge.pki.Certificate };

function rsaKeys() {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString()),
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString()),
  };
}

let serial = 1;
const name = (cn: string, o: string) => [
  // With valueTagClass UTF8, forge writes the value as a UTF8String (encoding it itself).
  { name: "commonName", value: cn, valueTagClass: forge.asn1.Type.UTF8 as number },
  { name: "organizationName", value: o, valueTagClass: forge.asn1.Type.UTF8 as number },
  { name: "countryName", value: "VN" },
];

function certificate(
  subject: ReturnType<typeof name>,
  publicKey: forge.pki.PublicKey,
  issuer: { subject: ReturnType<typeof name>; key: forge.pki.rsa.PrivateKey },
  validity: { from: Date; to: Date },
  ca: boolean,
) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = (0x1000 + serial++).toString(16);
  cert.validity.notBefore = validity.from;
  cert.validity.notAfter = validity.to;
  cert.setSubject(subject);
  cert.setIssuer(issuer.subject);
  cert.setExtensions([
    { name: "basicConstraints", cA: ca },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true, keyCertSign: ca },
    { name: "subjectKeyIdentifier" },
  ]);
  cert.sign(issuer.key, forge.md.sha256.create());
  return cert;
}

export function makeCa(
  cn = "CA thử nghiệm Thi đua",
  validity = { from: new Date("2020-01-01"), to: new Date("2040-01-01") },
) {
  const { privateKey, publicKey } = rsaKeys();
  const subject = name(cn, "Phòng thử nghiệm");
  return {
    key: privateKey,
    subject,
    cert: certificate(subject, publicKey, { subject, key: privateKey }, validity, true),
  };
}

/** A CA whose certificate `parent` issues (a licensed CA under the national root). */
export function makeIntermediate(
  parent: ReturnType<typeof makeCa>,
  cn: string,
  validity = { from: new Date("2021-01-01"), to: new Date("2035-01-01") },
): ReturnType<typeof makeCa> {
  const { privateKey, publicKey } = rsaKeys();
  const subject = name(cn, "Phòng thử nghiệm");
  return { key: privateKey, subject, cert: certificate(subject, publicKey, parent, validity, true) };
}

/** A certificate's DER bytes (as a .cer file holds it). */
export const certificateDer = (cert: forge.pki.Certificate) =>
  Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), "binary");

export function makeSigner(
  ca: ReturnType<typeof makeCa>,
  cn: string,
  validity = { from: new Date("2024-01-01"), to: new Date("2030-01-01") },
): TestIdentity {
  const { privateKey, publicKey } = rsaKeys();
  return { key: privateKey, cert: certificate(name(cn, "UBND xã Thử nghiệm"), publicKey, ca, validity, false) };
}

/** The signer's key and certificate with the CA's (and any further CAs up the chain), as a .p12 under `passphrase`. */
export function toP12(
  signer: TestIdentity,
  ca: ReturnType<typeof makeCa>,
  passphrase: string,
  above: ReturnType<typeof makeCa>[] = [],
): Buffer {
  const chain = [signer.cert, ca.cert, ...above.map((c) => c.cert)];
  const asn1 = forge.pkcs12.toPkcs12Asn1(signer.key, chain, passphrase, { algorithm: "3des" });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary");
}
