/**
 * The headers every response carries (src/proxy.ts sets them), as pure functions so the policy can
 * be read and tested in one place.
 *
 * The Content-Security-Policy allows scripts only with this request's nonce: Next.js reads the
 * nonce from the policy on the request and puts it on its own scripts, and 'strict-dynamic' lets
 * those load the page's chunks. Style attributes stay allowed (style-src-attr): Next's own error
 * page and route announcer write some, and an attribute can style but not run anything.
 */

export type PolicyOptions = { nonce: string; development: boolean; https: boolean };

export function contentSecurityPolicy({ nonce, development, https }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    // Development only: React's dev build uses eval for its stack traces, Turbopack's HMR a socket
    // and injected styles.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Two years, the preload list's minimum; sent only over HTTPS, where a browser heeds it. */
const HSTS = "max-age=63072000; includeSubDomains";

/** The headers besides the policy: no framing, no sniffing, no referrer outside, no device access. */
export function securityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_ALL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Whether a path, once decoded, holds a control character (no page has one in its address). */
export function pathHasControlCharacters(pathname: string): boolean {
  try {
    return CONTROL.test(decodeURIComponent(pathname));
  } catch {
    return true; // a malformed escape (%E0%A4%A) names nothing either
  }
}

/**
 * The URL with control characters removed from its query values (`?q=%00`, `?donVi=%00` must not
 * reach PostgreSQL, which refuses NUL in text), or null when there were none.
 */
export function withoutControlCharacters(url: URL): URL | null {
  const entries = [...url.searchParams.entries()];
  if (!entries.some(([k, v]) => CONTROL.test(k) || CONTROL.test(v))) return null;
  const clean = new URL(url);
  clean.search = "";
  for (const [k, v] of entries) clean.searchParams.append(k.replace(CONTROL_ALL, ""), v.replace(CONTROL_ALL, ""));
  return clean;
}
