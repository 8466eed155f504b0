// Prisma's schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm), talking to
// PostgreSQL through the pg driver adapter (@prisma/adapter-pg).
//
// Why: Prisma 7's CLI (`prisma migrate ...`) downloads a native schema-engine binary, and this
// machine cannot download it. The wasm build is the same engine (same migration SQL, same
// `_prisma_migrations` bookkeeping), so a database and a migrations folder handled here stay
// valid for the ordinary `prisma migrate deploy/dev/status` wherever the native engine exists.
//
// Obstacles handled here (each found by trying):
// 1. The package's entry does `import "./x.wasm"` (bundler style). Node cannot, so we
//    instantiate the .wasm ourselves against the package's JS glue.
// 2. The engine leaves a 10 s setTimeout that keeps Node alive after the work is done: our
//    setTimeout import unref()s its timers.
// 3. adapter-pg throws on columns of PostgreSQL's internal `"char"` type (OID 18), which the
//    engine's introspection queries return (e.g. pg_constraint.contype), and the engine then
//    insists on reading them as a Rust char (a panic if they arrive as text). A pg.Client
//    subclass relabels catalog-only types as text and remembers the "char" columns; a queryRaw
//    wrapper reports those as ColumnType Character.
// 4. adapter-pg's executeScript splits scripts on ";", which breaks any function/trigger body
//    (`$$ ... ; ... $$`). We send the whole script in one simple-protocol query, as the native
//    engine does (one implicit transaction per script).
// 5. adapter-pg's own shadow database uses `{...config, database}`, which a connectionString
//    overrides (so the "shadow" would be the main database!), and drops the database while its
//    pool is still connected. We create/drop the shadow database ourselves (DROP ... WITH FORCE).
// 6. Adapters must be disposed or the pool (holding the migration advisory lock) stays open:
//    every adapter we hand out is tracked and disposed when the engine is done.

import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";
import { createDatabase, dropDatabase, withDatabase } from "./embedded";

type Bg = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let loaded: Promise<Bg> | undefined;

/** Loads and instantiates the wasm module once per process. */
function loadWasm(): Promise<Bg> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg: Bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = fs.readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    // The Rust panic hook reports through this global (Prisma's CLI defines it the same way).
    const g = globalThis as {
      PRISMA_WASM_PANIC_REGISTRY?: { message: string; get(): string; set_message(m: string): void };
    };
    g.PRISMA_WASM_PANIC_REGISTRY ??= {
      message: "",
      get() {
        return this.message;
      },
      set_message(m: string) {
        this.message = `RuntimeError: ${m}`;
      },
    };
    const imports: Record<string, unknown> = { ...bg };
    for (const key of Object.keys(imports)) {
      if (key.startsWith("__wbg_setTimeout_")) {
        const orig = imports[key] as (f: () => void, ms: number) => ReturnType<typeof setTimeout>;
        imports[key] = (f: () => void, ms: number) => {
          const t = orig(f, ms);
          t.unref?.();
          return t;
        };
      }
    }
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return loaded;
}

// PostgreSQL catalog types adapter-pg does not know. The engine reads `"char"` columns
// (pg_constraint.contype, pg_class.relkind, ...) as a Rust char, so those must reach it as
// ColumnType Character; the others read fine as text.
// 18 "char", 22 int2vector, 24 regproc, 30 oidvector, 194 pg_node_tree, 1033 aclitem,
// 2205 regclass, 2206 regtype, 3361 pg_ndistinct, 3402 pg_dependencies, 5017 pg_mcv_list.
const CHAR_OID = 18;
const CATALOG_TEXT_OIDS = new Set([CHAR_OID, 22, 24, 30, 194, 1033, 2205, 2206, 3361, 3402, 5017]);
const TEXT_OID = 25;
const COLUMN_TYPE_CHARACTER = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils

/** Result rows array -> indexes of its `"char"` columns (adapter-pg passes `rows` through). */
const charColumns = new WeakMap<unknown[], number[]>();

type AnyResult = { fields?: { dataTypeID: number }[]; rows?: unknown[] };
function relabelCatalogTypes<T>(res: T): T {
  for (const r of (Array.isArray(res) ? res : [res]) as AnyResult[]) {
    const chars: number[] = [];
    r?.fields?.forEach((f, i) => {
      if (f.dataTypeID === CHAR_OID) chars.push(i);
      if (CATALOG_TEXT_OIDS.has(f.dataTypeID)) f.dataTypeID = TEXT_OID;
    });
    if (chars.length && Array.isArray(r.rows)) charColumns.set(r.rows, chars);
  }
  return res;
}

/** pg.Client whose results adapter-pg can map (see header, point 3). */
class CatalogSafeClient extends pg.Client {
  // pg's query() has many overloads (promise, callback, submittable); wrap them generically.
  query(...args: unknown[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: unknown, res: unknown) =>
        (last as Function)(err, err ? res : relabelCatalogTypes(res));
      return (super.query as Function)(...args);
    }
    const ret = (super.query as Function)(...args);
    return ret && typeof ret.then === "function" && !("submit" in ret) ? ret.then(relabelCatalogTypes) : ret;
  }
}

type ResultSet = { columnTypes: number[]; rows: unknown[][] };
type Queryable = { queryRaw(q: unknown): Promise<ResultSet> };

/** Turns the `"char"` columns marked by CatalogSafeClient back into Character columns. */
function patchQueryRaw<Q extends Queryable>(q: Q): Q {
  const orig = q.queryRaw.bind(q);
  q.queryRaw = async (query: unknown) => {
    const out = await orig(query);
    for (const i of charColumns.get(out.rows) ?? []) out.columnTypes[i] = COLUMN_TYPE_CHARACTER;
    return out;
  };
  return q;
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>> & {
  underlyingDriver(): pg.Pool;
  onError(e: unknown): never;
};

/** Adapter factory for the engine: main database + shadow databases on the same server. */
class MigrationAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  private readonly open = new Set<{ dispose(): Promise<void> }>();
  private readonly shadowDbs = new Set<string>();

  constructor(private readonly url: string) {}

  private async adapterFor(url: string): Promise<PgAdapter> {
    const factory = new PrismaPg({ connectionString: url, Client: CatalogSafeClient } as pg.PoolConfig);
    const adapter = patchQueryRaw((await factory.connect()) as PgAdapter as PgAdapter & Queryable);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => patchQueryRaw((await startTransaction(...args)) as never);
    // Whole script in one simple-protocol round trip (header, point 4).
    adapter.executeScript = async (script: string) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (e) {
        adapter.onError(e);
      }
    };
    const dispose = adapter.dispose.bind(adapter);
    let disposed = false;
    adapter.dispose = async () => {
      if (disposed) return;
      disposed = true;
      this.open.delete(adapter);
      await dispose();
    };
    this.open.add(adapter);
    return adapter;
  }

  connect() {
    return this.adapterFor(this.url);
  }

  async connectToShadowDb() {
    const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "_")}`;
    await createDatabase(this.url, name);
    this.shadowDbs.add(name);
    const adapter = await this.adapterFor(withDatabase(this.url, name));
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await this.dropShadow(name);
    };
    return adapter;
  }

  private async dropShadow(name: string) {
    if (!this.shadowDbs.delete(name)) return;
    await dropDatabase(this.url, name);
  }

  /** Closes every pool still open and drops shadow databases the engine did not release. */
  async closeAll() {
    for (const a of [...this.open]) await a.dispose().catch(() => {});
    for (const name of [...this.shadowDbs]) await this.dropShadow(name).catch(() => {});
  }
}

/** Message of an error thrown by the engine (it rejects with objects as well as Errors). */
export function engineErrorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === "object") {
    const o = e as Record<string, unknown>;
    const msg = o.message ?? o.error ?? (o.meta as Record<string, unknown> | undefined)?.message;
    if (typeof msg === "string") return (typeof o.error_code === "string" ? `${o.error_code}: ` : "") + msg;
    return JSON.stringify(e);
  }
  return String(e);
}

/**
 * Runs `fn` with a schema engine connected to `url` (main database; shadow databases are
 * created next to it on demand), then frees the engine and closes every connection.
 */
export async function withSchemaEngine<T>(
  url: string,
  schemaFiles: { path: string; content: string }[] | undefined,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const bg = await loadWasm();
  const factory = new MigrationAdapterFactory(url);
  const bound = bindMigrationAwareSqlAdapterFactory(factory as never);
  const logger = (line: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error("[schema-engine]", line);
  };
  const datamodels = schemaFiles?.map((f) => [f.path, f.content] as [string, string]);
  let engine: SchemaEngine | undefined;
  try {
    engine = await bg.SchemaEngine.new({ datamodels }, logger, bound);
    return await fn(engine);
  } catch (e) {
    // JS errors thrown inside the adapter reach us as "External error id#N": the original is
    // kept in the binder's registry.
    let msg = engineErrorMessage(e);
    const id = /External error id#(\d+)/.exec(msg)?.[1];
    const registry = (
      bound as unknown as { errorRegistry?: { consumeError(id: number): { error: unknown } | undefined } }
    ).errorRegistry;
    const original = id !== undefined ? registry?.consumeError(Number(id))?.error : undefined;
    if (original) msg = msg.replace(/External error id#\d+/, engineErrorMessage(original));
    throw new Error(msg, { cause: e });
  } finally {
    try {
      engine?.free();
    } finally {
      await factory.closeAll();
    }
  }
}
