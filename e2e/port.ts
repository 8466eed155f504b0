import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * First port of the two e2e app instances: E2E_PORT, else derived from the checkout's path (as the
 * embedded PostgreSQL's port is), so two checkouts can run their suites at the same time.
 */
export function e2ePort(): number {
  if (process.env.E2E_PORT) return Number(process.env.E2E_PORT);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const hash = createHash("sha256").update(root).digest().readUInt32BE(0);
  return 31000 + (hash % 1000) * 2;
}
