/**
 * Removes background exports past their day (7 days after they were made), orphan files (stored
 * objects no dossier file, issued decision or export row points to) and temporary files of
 * interrupted writes, older than a day (src/server/services/sweep-files.ts). Local disk
 * (FILES_DIR, default .data/files) or S3 (S3_BUCKET), as the app is configured.
 *
 *   npm run sweep-files               # removes, then prints what it removed
 *   npm run sweep-files -- --dry-run  # only prints what it would remove
 *
 * Uses DATABASE_URL, or the embedded server (.data/), migrating it first, so it works on a fresh
 * clone with nothing set. Safe to run while the app serves (e.g. from cron, nightly).
 */
import { prepareDatabase } from "./db/prepare";
import { useAppSecret } from "./app-env";

async function main(argv: string[]): Promise<number> {
  const dryRun = argv.includes("--dry-run");
  useAppSecret(); // the app's env() validates it even though a CLI sets no cookie
  const db = await prepareDatabase({ seed: false, log: () => {} });
  try {
    // Imported after prepareDatabase so the app's db client sees the DATABASE_URL it sets.
    const { sweepOrphanFiles } = await import("../src/server/services/sweep-files");
    const outcome = await sweepOrphanFiles({ dryRun });
    for (const key of outcome.expiredExports) console.log(`${dryRun ? "sẽ xóa" : "đã xóa"} tệp xuất hết hạn ${key}`);
    for (const key of outcome.orphans) console.log(`${dryRun ? "sẽ xóa" : "đã xóa"} ${key}`);
    console.log(
      `${outcome.expiredExports.length} tệp xuất hết hạn ${dryRun ? "sẽ được xóa" : "đã xóa"}; ` +
        `${outcome.checked} tệp đã kiểm tra; ${outcome.orphans.length} tệp mồ côi ${dryRun ? "sẽ được xóa" : "đã xóa"}` +
        (dryRun ? "." : `; ${outcome.leftovers} tệp tạm còn sót đã xóa.`),
    );
    return 0;
  } finally {
    await db.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
