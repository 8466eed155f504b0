import "server-only";
import { env } from "@/env";

/** Set by scripts/peer-address.mjs, which `npm start` preloads into the server: the socket's address. */
const PEER_ADDRESS_HEADER = "x-thidua-peer-address";

/**
 * The client's address, for per-address throttling. Behind a proxy (TRUST_PROXY=1): X-Real-IP
 * (set by the proxy) first, else the last X-Forwarded-For hop, the one our proxy appended —
 * earlier hops are whatever the client sent. Without a trusted proxy: the address of the
 * connection itself, which the client cannot forge; null only when the server was started
 * without the preload (a bare `next start`), and then only the per-account delay applies.
 */
export function clientAddress(headers: Headers): string | null {
  if (env().TRUST_PROXY !== "1") return headers.get(PEER_ADDRESS_HEADER)?.trim() || null;
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real;
  return headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || null;
}
