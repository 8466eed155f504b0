import "server-only";
import { db } from "@/server/db/client";

/**
 * Of these storage keys, the ones a row points to: a dossier file, a decision's issued document, or a
 * background export.
 * Installation-wide maintenance for the orphan sweep (services/sweep-files.ts), run from the shell,
 * not by any user: it reads keys the caller already holds and returns no row of any unit, hence no
 * actor and no scope.
 */
export async function referencedStorageKeys(keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const dossier = await db().dossierFile.findMany({
    where: { storageKey: { in: keys } },
    select: { storageKey: true },
  });
  const issued = await db().awardDecision.findMany({
    where: { issuedFileKey: { in: keys } },
    select: { issuedFileKey: true },
  });
  const exported = await db().exportFile.findMany({
    where: { storageKey: { in: keys } },
    select: { storageKey: true },
  });
  return new Set([
    ...dossier.map((r) => r.storageKey),
    ...issued.map((r) => r.issuedFileKey!),
    ...exported.map((r) => r.storageKey!),
  ]);
}
