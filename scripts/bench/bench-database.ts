/**
 * The throw-away database every benchmark in scripts/bench runs in, so each script holds only what
 * it measures. The server is DATABASE_URL's (its role needs CREATEDB) or the embedded one, started
 * here if it is not running and then stopped again (one already running is reused and left up). The
 * database is created fresh, given the real migrations, and dropped at the end — also when the
 * benchmark fails — unless KEEP_BENCH_DB=1 keeps it to look into.
 */
import { createDatabase, dropDatabase, setDatabaseOption, startEmbeddedPostgres, withDatabase } from "../db/embedded";
import { deployMigrations } from "../db/migrate";

export const benchLog = (s: string) => console.log(`[bench] ${s}`);

export interface BenchDatabase {
  /** The database's name, e.g. thidua_bench_board_20261201164012_4242. */
  name: string;
  /** Its connection URL: what the script sets as DATABASE_URL before importing src/server. */
  url: string;
  /** Whether it lives on the embedded server (else on DATABASE_URL's). */
  embedded: boolean;
}

/**
 * Runs `bench` in a fresh database named `<prefix>_<UTC timestamp>_<pid>`. `settings` are database
 * settings (ALTER DATABASE … SET) every later session gets, e.g. synchronous_commit=off for a bulk
 * load; `log` is where the lifecycle lines go (scripts whose stdout is the report log to stderr).
 * `bench` must close its own connections before it returns: the drop ends any still open.
 */
export async function withBenchDatabase<T>(
  prefix: string,
  bench: (database: BenchDatabase) => Promise<T>,
  { settings = {}, log = benchLog }: { settings?: Record<string, string>; log?: (line: string) => void } = {},
): Promise<T> {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres();
  const server = process.env.DATABASE_URL ?? embedded!.url;
  const name = `${prefix}_${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${process.pid}`;
  const where = embedded
    ? `embedded (${embedded.started ? "started here" : "already running, reused"})`
    : "DATABASE_URL";
  try {
    log(`server: ${where}; database ${name}`);
    await createDatabase(server, name);
    for (const [option, value] of Object.entries(settings)) await setDatabaseOption(server, name, option, value);
    const url = withDatabase(server, name);
    log(`migrated (${(await deployMigrations(url)).length} migrations) into ${name}`);
    return await bench({ name, url, embedded: embedded !== null });
  } finally {
    if (process.env.KEEP_BENCH_DB === "1") log(`kept database ${name} (KEEP_BENCH_DB=1)`);
    else
      await dropDatabase(server, name).then(
        () => log(`dropped database ${name}`),
        (e: unknown) => log(`could not drop ${name}: ${String(e)}`),
      );
    await embedded?.stop();
  }
}

/** Runs a benchmark's main and exits with its code (1 and the error when it throws). */
export function runBench(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
