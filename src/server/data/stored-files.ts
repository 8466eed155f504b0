import "server-only";
import { db } from "@/server/db/client";

/**
 * Of these storage keys, the ones a dossier file row points to. Installation-wide maintenance
 * for the orphan sweep (services/sweep-files.ts), run from the shell, not by any user: it reads
 * keys the caller already holds and returns no row of any unit, hence no actor and no scope.
 */
export async function referencedStorageKeys(keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows = await db().dossierFile.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } });
  return new Set(rows.map((r) => r.storageKey));
}
