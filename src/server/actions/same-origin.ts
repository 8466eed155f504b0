import "server-only";

/**
 * Whether a POST to a route handler comes from the app's own pages. Server actions get this check
 * from Next.js; a route handler (the dossier upload, which a page calls with XMLHttpRequest to
 * show each file's progress) must make it itself, or another site could post with the user's
 * cookie. Browsers send Origin on every such POST and Sec-Fetch-Site where they know it.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  // Behind a reverse proxy the browser's host is the one it forwarded (README, "Behind HTTPS").
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
