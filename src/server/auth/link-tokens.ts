import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { env } from "@/env";

/**
 * Tokens of one-time links (invitations, password links). 32 random bytes; only their SHA-256 is
 * stored, so a copy of the database opens no account. A fast hash is enough: the token is random,
 * not a password someone chose.
 */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The link to hand over: APP_URL when set (behind a proxy, a public name), else this machine. */
export function linkUrl(token: string): string {
  const base = env().APP_URL ?? `http://localhost:${env().PORT}`;
  return `${base.replace(/\/+$/, "")}/moi/${token}`;
}

/** What the issuing screen shows of a link just made (the token is never stored, so only now). */
export function linkView(link: { token: string; expiresAt: Date; email: string; unitName?: string }) {
  return {
    url: linkUrl(link.token),
    email: link.email,
    unitName: link.unitName,
    expiresAt: link.expiresAt.toISOString(),
  };
}
