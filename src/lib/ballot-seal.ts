import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Sealing one vote for the council's ballot box (src/server/data/ballot-box.ts). Crypto only: no
 * database, no configuration — the caller hands in the server's secret.
 *
 * - The key is per meeting: HKDF-SHA-256 of the server's secret (AUTH_SECRET) with the box's random
 *   salt, bound to the meeting's id. The salt is in the database; the secret never is, so the
 *   database alone cannot derive the key.
 * - An envelope is AES-256-GCM with a random 96-bit nonce over ONE byte, so every envelope has the
 *   same length whatever it holds: nonce (12) ‖ ciphertext (1) ‖ tag (16). A longer plaintext for one
 *   choice (a word, JSON) would give the choice away by the column's length.
 * - The authenticated context names the meeting, the item and the envelope's own id: an envelope
 *   copied under another id, moved to another item or to another meeting no longer opens.
 */

export type SealedChoice = "AGREE" | "DISAGREE";

const BYTE: Record<SealedChoice, number> = { AGREE: 0x01, DISAGREE: 0x02 };
const NONCE = 12;
const TAG = 16;
/** The length of every envelope, whichever the choice. */
export const SEALED_LENGTH = NONCE + 1 + TAG;

/** The meeting's key: AES-256, from the server's secret and the box's salt. */
export function ballotKey(secret: string, salt: Uint8Array, meetingId: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, salt, `thidua/ballot-box/v1/${meetingId}`, 32));
}

/** What an envelope is bound to: its meeting, its item and its own id. */
export const envelopeContext = (meetingId: string, itemId: string, envelopeId: string) =>
  Buffer.from(`${meetingId}/${itemId}/${envelopeId}`, "utf8");

export function seal(key: Buffer, context: Buffer, choice: SealedChoice): Buffer<ArrayBuffer> {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv("aes-256-gcm", key, nonce).setAAD(context);
  const body = Buffer.concat([cipher.update(Buffer.of(BYTE[choice])), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** The choice in an envelope; throws when the key, the context or a byte is not the sealer's. */
export function unseal(key: Buffer, context: Buffer, sealed: Uint8Array): SealedChoice {
  if (sealed.length !== SEALED_LENGTH) throw new Error("Envelope of the wrong length.");
  const bytes = Buffer.from(sealed);
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, NONCE)).setAAD(context);
  decipher.setAuthTag(bytes.subarray(NONCE + 1));
  const [byte] = Buffer.concat([decipher.update(bytes.subarray(NONCE, NONCE + 1)), decipher.final()]);
  if (byte === BYTE.AGREE) return "AGREE";
  if (byte === BYTE.DISAGREE) return "DISAGREE";
  throw new Error("Envelope holds no choice.");
}
