import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  newNonce,
  pathHasControlCharacters,
  securityHeaders,
  withoutControlCharacters,
} from "@/lib/security-headers";

describe("security headers (issue 14 point 3)", () => {
  it("allows scripts only with the request's nonce, frames nowhere, objects never", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", development: false, https: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("style-src 'self' 'nonce-abc123'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "n", development: false, https: true })).toContain(
      "upgrade-insecure-requests",
    );
    expect(contentSecurityPolicy({ nonce: "n", development: true, https: false })).toContain("'unsafe-eval'");
  });

  it("sends HSTS only over HTTPS; the rest always", () => {
    expect(securityHeaders({ https: false })).toEqual({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
  });

  it("makes a new 128-bit nonce each time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });

  it("finds control characters in an address and cleans them out of its query", () => {
    expect(pathHasControlCharacters("/nhan-su/%00")).toBe(true);
    expect(pathHasControlCharacters("/nhan-su/%E0%A4%A")).toBe(true);
    expect(pathHasControlCharacters("/nh%C3%A2n-s%E1%BB%B1")).toBe(false);
    expect(withoutControlCharacters(new URL("http://x/nhan-su?q=Nguy%E1%BB%85n&trang=2"))).toBeNull();
    expect(withoutControlCharacters(new URL("http://x/nhan-su?q=%00a%1B&donVi=%00"))?.search).toBe("?q=a&donVi=");
  });
});
