import "server-only";
import { env } from "@/env";

/** Where users reach the app: APP_URL when set (behind a proxy, a public name), else this machine. */
export function appBaseUrl(): string {
  return (env().APP_URL ?? `http://localhost:${env().PORT}`).replace(/\/+$/, "");
}
