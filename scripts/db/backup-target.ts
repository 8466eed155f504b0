// What `npm run backup` and `npm run restore` work on: the app's database (DATABASE_URL, or the
// embedded server's database, started if the app is not running) and its files store.
import path from "node:path";
import { REPO_ROOT, startEmbeddedPostgres, withDatabase } from "./embedded";
import { DEFAULT_DB_NAME } from "./prepare";

export async function backupTarget() {
  const s3Bucket = process.env.S3_BUCKET || undefined;
  const filesDir = s3Bucket ? undefined : path.resolve(process.env.FILES_DIR || path.join(REPO_ROOT, ".data", "files"));
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, filesDir, s3Bucket, stop: async () => {} };
  const server = await startEmbeddedPostgres();
  return { url: withDatabase(server.url, DEFAULT_DB_NAME), filesDir, s3Bucket, stop: server.stop };
}
