import "server-only";
import { referencedStorageKeys } from "@/server/data/stored-files";
import { fileStorage } from "@/server/storage/storage";
import { type FileStorage, type StoredObject } from "@/server/storage/file-storage";
import { sweepExpiredExports } from "./background-exports";

/**
 * Removes background exports past their day (ExportFile rows and their files), then what uploads
 * left behind: objects under `dossiers/`, `decisions/` and `exports/` that no dossier file row,
 * decision's issued document or export row points to (a replaced issued document too; the object is
 * written before its row, so a failed transaction or a crash between the two
 * leaves one; storeDossierFile says why that order), and the disk store's temporary files of
 * interrupted writes. Only what is older than a day: an upload under way has its object and not
 * yet its row. Run by `npm run sweep-files` (scripts/sweep-files.ts), e.g. nightly.
 */

export const SWEPT_PREFIXES = ["dossiers/", "decisions/", "exports/"];
export const MIN_AGE_MS = 24 * 60 * 60 * 1000;
const BATCH = 500;

export type SweepOutcome = { checked: number; orphans: string[]; leftovers: number; expiredExports: string[] };

export async function sweepOrphanFiles(
  options: { storage?: FileStorage; now?: Date; dryRun?: boolean } = {},
): Promise<SweepOutcome> {
  const storage = options.storage ?? fileStorage();
  const before = new Date((options.now ?? new Date()).getTime() - MIN_AGE_MS);
  const outcome: SweepOutcome = { checked: 0, orphans: [], leftovers: 0, expiredExports: [] };
  outcome.expiredExports = await sweepExpiredExports({ storage, now: options.now, dryRun: options.dryRun });
  let batch: StoredObject[] = [];
  const sweep = async () => {
    const referenced = await referencedStorageKeys(batch.map((o) => o.key));
    for (const { key } of batch) {
      if (referenced.has(key)) continue;
      if (!options.dryRun) await storage.delete(key);
      outcome.orphans.push(key);
    }
    batch = [];
  };
  for (const prefix of SWEPT_PREFIXES) {
    for await (const object of storage.list(prefix)) {
      outcome.checked++;
      if (object.modifiedAt >= before) continue;
      batch.push(object);
      if (batch.length === BATCH) await sweep();
    }
  }
  await sweep();
  if (!options.dryRun) outcome.leftovers = await storage.removeLeftovers(before);
  return outcome;
}
