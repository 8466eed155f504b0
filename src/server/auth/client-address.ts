import "server-only";
import { env } from "@/env";

/**
 * The client's address, for per-address throttling. Only trusted when the app runs behind a
 * proxy (TRUST_PROXY=1) that sets X-Forwarded-For; otherwise anyone could forge it, so it is
 * ignored and only the per-account limit applies.
 */
export function clientAddress(headers: Headers): string | null {
  if (env().TRUST_PROXY !== "1") return null;
  const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return first || headers.get("x-real-ip") || null;
}
