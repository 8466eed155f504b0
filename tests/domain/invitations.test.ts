import { describe, expect, it } from "vitest";
import { LINK_TTL_HOURS, linkExpiry, linkState } from "@/domain/auth/invitations";

describe("one-time links (issue 11)", () => {
  const now = new Date("2026-03-02T08:00:00Z");
  it("an invitation lasts a week, a password link a day", () => {
    expect(LINK_TTL_HOURS).toEqual({ ROLES: 168, PASSWORD: 24 });
    expect(linkExpiry("PASSWORD", now).toISOString()).toBe("2026-03-03T08:00:00.000Z");
  });
  it("is usable once, before it expires, unless replaced", () => {
    const fresh = { usedAt: null, revokedAt: null, expiresAt: linkExpiry("ROLES", now) };
    expect(linkState(fresh, now)).toBe("usable");
    expect(linkState({ ...fresh, usedAt: now }, now)).toBe("used");
    expect(linkState({ ...fresh, revokedAt: now }, now)).toBe("revoked");
    expect(linkState({ ...fresh, expiresAt: now }, now)).toBe("expired");
  });
});
