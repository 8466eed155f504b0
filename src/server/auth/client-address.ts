import "server-only";
import { env } from "@/env";

/**
 * The client's address, for per-address throttling. Only trusted when the app runs behind a
 * proxy (TRUST_PROXY=1); otherwise anyone could forge it, so it is ignored and only the
 * per-account limit applies. X-Real-IP (set by the proxy) first; else the last X-Forwarded-For
 * hop, the one our proxy appended — earlier hops are whatever the client sent.
 */
export function clientAddress(headers: Headers): string | null {
  if (env().TRUST_PROXY !== "1") return null;
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real;
  return headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || null;
}
