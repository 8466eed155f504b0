import { NextResponse, type NextRequest } from "next/server";
import { env, isDevelopment } from "@/env";
import {
  contentSecurityPolicy,
  newNonce,
  pathHasControlCharacters,
  securityHeaders,
  withoutControlCharacters,
} from "@/lib/security-headers";

/**
 * Runs before every request (Next.js 16 "proxy", formerly middleware). It gives each response its
 * security headers (src/lib/security-headers.ts) with a fresh CSP nonce, which Next.js reads from
 * the request's copy of the policy and puts on its scripts (the root layout renders per request
 * so every page gets one); and it turns away, before any page or action runs, what would
 * otherwise end in a 500: a control character in the address, an action body over the limit.
 */

/** The server actions' body limit (next.config.js, bodySizeLimit "11mb"): dossier files are 10 MB at most. */
const MAX_BODY_BYTES = 11 * 1024 * 1024;

export function proxy(request: NextRequest): NextResponse {
  const https =
    request.nextUrl.protocol === "https:" ||
    (env().TRUST_PROXY === "1" && request.headers.get("x-forwarded-proto") === "https");
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, development: isDevelopment(), https });
  const headers = withPolicy(request, nonce, policy);
  const response = refusal(request, headers) ?? NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

function withPolicy(request: NextRequest, nonce: string, policy: string): Headers {
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  return headers;
}

const text = (body: string, status: number) =>
  new NextResponse(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** A path no route can have (a folder starting with "_" is private in the App Router): the 404 page. */
const NOWHERE = "/_khong-co-trang";

function refusal(request: NextRequest, headers: Headers): NextResponse | null {
  // No page has a control character in its address: the app's own 404 page, before any lookup.
  if (pathHasControlCharacters(request.nextUrl.pathname))
    return NextResponse.rewrite(new URL(NOWHERE, request.url), { request: { headers } });
  const clean = withoutControlCharacters(request.nextUrl);
  if (clean)
    return request.method === "GET" || request.method === "HEAD"
      ? NextResponse.redirect(clean, 308)
      : text("Địa chỉ có ký tự không hợp lệ.", 400);
  // Answered from the declared length, before 50 MB are read: the upload forms check the size in
  // the browser first and show it by the field; this is for whoever posts without them.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return text("Tệp lớn hơn 10 MB.", 413);
  return null;
}
