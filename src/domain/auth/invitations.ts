/**
 * One-time links (issue 11): an invitation to take roles in a unit, or a link to set a password.
 * A link is usable once, until it expires, unless a newer link for the same thing replaced it.
 */

export type LinkKind = "ROLES" | "PASSWORD";

/**
 * How long a link stays usable. An invitation is handed over by people (and, later, by mail), so
 * it gets a week; a password link opens an existing account, so it lives one day, the common
 * practice for reset links.
 */
export const LINK_TTL_HOURS: Record<LinkKind, number> = { ROLES: 7 * 24, PASSWORD: 24 };

export function linkExpiry(kind: LinkKind, now: Date): Date {
  return new Date(now.getTime() + LINK_TTL_HOURS[kind] * 3_600_000);
}

export type LinkState = "usable" | "used" | "revoked" | "expired";

export function linkState(
  link: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): LinkState {
  if (link.usedAt) return "used";
  if (link.revokedAt) return "revoked";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "usable";
}

export const LINK_STATE_MESSAGES: Record<Exclude<LinkState, "usable">, string> = {
  used: "Liên kết này đã được dùng. Mỗi liên kết chỉ dùng được một lần.",
  revoked: "Liên kết này đã được thay bằng một liên kết mới hoặc đã bị huỷ. Hãy dùng liên kết mới nhất.",
  expired: "Liên kết này đã hết hạn. Hãy nhờ người quản trị gửi liên kết mới.",
};

/** Passwords set through the app (invitation, reset, change): the same length rule everywhere. */
export const MIN_PASSWORD_LENGTH = 10;
