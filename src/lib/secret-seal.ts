import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Sealing a unit's signing certificate (the .p12 and its passphrase) for storage: AES-256-GCM
 * under a key derived, HKDF-SHA-256, from the server's secret (AUTH_SECRET), the row's random salt
 * and the unit's id. The database holds the salt and the ciphertext, never the secret, so a copy
 * of the database alone does not open it; a sealed value moved to another unit does not open either.
 * Crypto only: the caller hands in the secret.
 */

const NONCE = 12;
const TAG = 16;

const keyOf = (secret: string, salt: Uint8Array, unitId: string) =>
  Buffer.from(hkdfSync("sha256", secret, salt, `thidua/signing-certificate/v1/${unitId}`, 32));

export type SigningSecret = { p12: Buffer; passphrase: string };

export function sealSigningSecret(secret: string, unitId: string, value: SigningSecret) {
  const salt = randomBytes(32);
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv("aes-256-gcm", keyOf(secret, salt, unitId), nonce);
  const plain = Buffer.from(JSON.stringify({ p12: value.p12.toString("base64"), passphrase: value.passphrase }));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { salt, sealed: Buffer.concat([nonce, body, cipher.getAuthTag()]) };
}

/** The .p12 and passphrase; throws when the secret, the unit or a byte is not the sealer's. */
export function openSigningSecret(secret: string, unitId: string, salt: Uint8Array, sealed: Uint8Array): SigningSecret {
  const bytes = Buffer.from(sealed);
  const decipher = createDecipheriv("aes-256-gcm", keyOf(secret, salt, unitId), bytes.subarray(0, NONCE));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG));
  const plain = Buffer.concat([decipher.update(bytes.subarray(NONCE, bytes.length - TAG)), decipher.final()]);
  const { p12, passphrase } = JSON.parse(plain.toString("utf8")) as { p12: string; passphrase: string };
  return { p12: Buffer.from(p12, "base64"), passphrase };
}
