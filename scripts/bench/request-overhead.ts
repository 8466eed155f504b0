/**
 * Benchmark of what every request or the busiest lists pay before their own work (issue 15):
 * loading the actor, the organisations list (/to-chuc) and the reviewer inbox (/de-nghi/tham-dinh).
 *
 *   npm run bench:requests
 *
 * 1. Creates a throw-away database `thidua_bench_req_<ts>` on DATABASE_URL's server (or the
 *    embedded one, started here if not running) and applies the real migrations.
 * 2. Loads a province in SQL (generate_series, deterministic): 1 tỉnh, 5 huyện, 100 xã; 50 per
 *    commune = 5 000 organisations; 500 per commune = 50 000 people, each in one of the commune's
 *    organisations; one issued province plan whose award form has BENCH_BATCHES (1 000) submitted
 *    batches, one per commune in turn, of 3 nominees each (3 000 nominees).
 * 3. Times, each BENCH_RUNS (200) times after BENCH_WARMUP (20), sequentially, warm cache:
 *    - the actor load: "before" is the former Prisma findFirst with includes (5 statements, one
 *      after the other), "after" is findActorBySession (one statement);
 *    - the organisations list page 1 for a commune officer and for the province chair: "before"
 *      with Prisma's `_count` include, "after" listOrganisations (counts for the page's rows);
 *    - the province chair's inbox: "before" with `_count`, "after" listInbox.
 * 4. Prints p50/p95 per case and the EXPLAIN (ANALYZE, BUFFERS) of every statement of the slowest
 *    case (captured from a query-logging client swapped in for one call), then drops the database
 *    (unless KEEP_BENCH_DB=1).
 *
 * Environment: DATABASE_URL, BENCH_RUNS (200), BENCH_WARMUP (20), BENCH_BATCHES (1000), KEEP_BENCH_DB=1.
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { runBench, withBenchDatabase, type BenchDatabase } from "./bench-database";
import { childPath, depthOf } from "../../src/domain/units/hierarchy";
import { parseTableParams } from "../../src/lib/table-params";
import type { Actor } from "../../src/server/auth/actor-types";
import type { RoleCode } from "../../src/domain/auth/permissions";

const intEnv = (name: string, dflt: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : dflt;
};
const RUNS = intEnv("BENCH_RUNS", 200);
const WARMUP = intEnv("BENCH_WARMUP", 20);
const BATCHES = intEnv("BENCH_BATCHES", 1000);
const DISTRICTS = 5;
const COMMUNES_PER_DISTRICT = 20;
const ORGS_PER_COMMUNE = 50;
const PEOPLE_PER_COMMUNE = 500;
const NOMINEES_PER_BATCH = 3;

const t0 = performance.now();
const log = (line: string) => console.error(`[bench ${((performance.now() - t0) / 1000).toFixed(1)} s] ${line}`);

/** The province, in SQL: units from JS (paths by the app's childPath), the rest by generate_series. */
async function load(c: pg.Client) {
  const units: { id: string; code: string; name: string; kind: string; parentId: string | null; path: string }[] = [];
  const add = (id: string, name: string, kind: string, parent: (typeof units)[number] | null) => {
    const row = { id, code: id, name, kind, parentId: parent?.id ?? null, path: childPath(parent?.path ?? null, id) };
    units.push(row);
    return row;
  };
  const province = add("bp", "Tỉnh Thử Tải", "TINH", null);
  const communes: (typeof units)[number][] = [];
  for (let d = 1; d <= DISTRICTS; d++) {
    const district = add(`bd${d}`, `Huyện Thử ${d}`, "HUYEN", province);
    for (let k = 1; k <= COMMUNES_PER_DISTRICT; k++) {
      const n = (d - 1) * COMMUNES_PER_DISTRICT + k;
      communes.push(add(`bc${String(n).padStart(3, "0")}`, `Xã Thử ${n}`, "XA", district));
    }
  }
  for (const u of units)
    await c.query(
      `INSERT INTO "Unit" ("id","code","name","kind","parentId","path","depth") VALUES ($1,$2,$3,$4::"UnitKind",$5,$6,$7)`,
      [u.id, u.code, u.name, u.kind, u.parentId, u.path, depthOf(u.path)],
    );
  const C = communes.length;
  // Commune n (1-based) is 'bc' || lpad(n, 3, '0'); organisation o of commune n is 'bo<n>_<o>'.
  const commune = (n: string) => `'bc' || lpad((${n})::text, 3, '0')`;
  await c.query(`
    INSERT INTO "Organisation" ("id","unitId","name","searchText","kind","updatedAt")
    SELECT 'bo' || n || '_' || o, ${commune("n")}, 'Thôn ' || o, 'thon ' || o, 'THON_TO_DAN_PHO', now()
      FROM generate_series(1, ${C}) n, generate_series(1, ${ORGS_PER_COMMUNE}) o`);
  await c.query(`
    INSERT INTO "Person" ("id","unitId","fullName","sortName","searchText","dateOfBirth","gender","staffKind","position","organisationId","updatedAt")
    SELECT 'bx' || n || '_' || k, ${commune("n")}, 'Người Thử ' || k, 'nguoi thu ' || lpad(k::text, 4, '0'),
           'nguoi thu ' || k, date '1980-01-01' + (k % 7000), CASE WHEN k % 2 = 0 THEN 'NAM' ELSE 'NU' END::"Gender",
           'CONG_CHUC', 'Cán bộ', 'bo' || n || '_' || (1 + k % ${ORGS_PER_COMMUNE}), now()
      FROM generate_series(1, ${C}) n, generate_series(1, ${PEOPLE_PER_COMMUNE}) k`);
  await c.query(`
    INSERT INTO "Plan" ("id","unitId","kind","status","symbol","place","year","title","periodFrom","periodTo","slogan",
                        "budgetSource","rewardRules","signerAuthority","signerTitle","signerName","updatedAt","searchText")
    VALUES ('bplan','bp','ANNUAL','ISSUED','KH-UBND','Thử',2026,'Kế hoạch thi đua 2026','2026-01-01','2026-12-31','',
            '','','UBND tỉnh','Chủ tịch','Người Ký',now(),'ke hoach thi dua 2026')`);
  await c.query(`
    INSERT INTO "PlanAwardForm" ("id","planId","position","name","authority","conferral","recipientKind")
    VALUES ('bform','bplan',1,'Bằng khen của Chủ tịch UBND tỉnh','Chủ tịch UBND tỉnh','OWN','INDIVIDUAL')`);
  await c.query(`
    INSERT INTO "AwardRound" ("id","awardFormId","key","position","label","year","periodFrom","periodTo","dossierDeadline")
    VALUES ('bround','bform','ONCE',0,'Năm 2026',2026,'2026-01-01','2026-12-31','2026-11-30')`);
  await c.query(`
    INSERT INTO "NominationBatch" ("id","planId","awardFormId","roundId","unitId","status","submittedAt","updatedAt")
    SELECT 'bb' || b, 'bplan', 'bform', 'bround', ${commune(`1 + b % ${C}`)}, 'SUBMITTED', now() - b * interval '1 minute', now()
      FROM generate_series(1, ${BATCHES}) b`);
  await c.query(`
    INSERT INTO "Nominee" ("id","batchId","position","kind","personId","label","summary","periodFrom","periodTo")
    SELECT 'bn' || b || '_' || i, 'bb' || b, i, 'INDIVIDUAL', 'bx' || (1 + b % ${C}) || '_' || i, 'Người Thử ' || i,
           'Hoàn thành xuất sắc nhiệm vụ', '2026-01-01', '2026-12-31'
      FROM generate_series(1, ${BATCHES}) b, generate_series(1, ${NOMINEES_PER_BATCH}) i`);
  for (const t of ["Unit", "Organisation", "Person", "Plan", "PlanAwardForm", "NominationBatch", "Nominee"])
    await c.query(`VACUUM (ANALYZE) "${t}"`);
  return { province, communes };
}

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;

const main = () => withBenchDatabase("thidua_bench_req", overhead, { log });

async function overhead({ name: dbName, url }: BenchDatabase): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  const disconnect: (() => Promise<unknown>)[] = [];
  try {
    await client.connect();
    log("loading the province");
    const { province, communes } = await load(client);
    log("loaded");

    process.env.DATABASE_URL = url;
    process.env.AUTH_SECRET ??= "request-overhead-benchmark-secret-not-for-production";
    const { db } = await import("../../src/server/db/client");
    const { findActorBySession } = await import("../../src/server/data/sessions");
    const { listOrganisations, ORGANISATION_SORT_KEYS } = await import("../../src/server/data/organisations");
    const { listInbox, INBOX_SORT_KEYS } = await import("../../src/server/data/nominations/batches");
    const { readScope, batchesSentToMyUnit } = await import("../../src/server/data/scope");
    const { PrismaClient } = await import("../../src/generated/prisma/client");
    const { PrismaPg } = await import("@prisma/adapter-pg");
    disconnect.push(() => db().$disconnect());

    async function makeActor(unitId: string, roles: RoleCode[], label: string): Promise<Actor> {
      const user = await db().user.create({
        data: { email: `${label}@bench.thidua.vn`, name: `Bench ${label}`, passwordHash: "x" },
      });
      await db().membership.createMany({ data: roles.map((role) => ({ userId: user.id, unitId, role })) });
      const session = await db().session.create({
        data: { userId: user.id, activeUnitId: unitId, expiresAt: new Date(Date.now() + 3_600_000) },
      });
      const actor = await findActorBySession(session.id);
      if (!actor) throw new Error(`actor ${label} not found`);
      return actor;
    }
    const officer = await makeActor(communes[0]!.id, ["OFFICER"], "canbo");
    const chair = await makeActor(province.id, ["CHAIR"], "chutich");
    const params = parseTableParams({}, { sortKeys: ORGANISATION_SORT_KEYS, defaultSort: "name" });
    const inboxParams = parseTableParams(
      {},
      { sortKeys: INBOX_SORT_KEYS, defaultSort: "submittedAt", defaultDir: "desc" },
    );

    /** The former actor load, as it was before issue 15 (Prisma includes: one statement per relation). */
    const actorBefore = (sessionId: string) =>
      db().session.findFirst({
        where: { id: sessionId, expiresAt: { gt: new Date() }, user: { active: true } },
        include: {
          activeUnit: true,
          user: {
            include: {
              memberships: {
                include: { unit: { select: { id: true, name: true } } },
                orderBy: { createdAt: "asc" },
              },
            },
          },
        },
      });
    /** The former organisations list: `_count` joins a count of the whole Person table. */
    const organisationsBefore = (actor: Actor) => {
      const where = readScope(actor, "organisation.read");
      return Promise.all([
        db().organisation.findMany({
          where,
          orderBy: [{ name: "asc" }, { id: "asc" }],
          take: params.pageSize,
          include: { unit: { select: { name: true } }, _count: { select: { people: true } } },
        }),
        db().organisation.count({ where }),
      ]);
    };
    /** The former inbox: `_count` joins a count of the whole Nominee table. */
    const inboxBefore = (actor: Actor) =>
      db().nominationBatch.findMany({
        where: batchesSentToMyUnit(actor),
        orderBy: [{ status: "asc" }, { submittedAt: "desc" }],
        include: {
          unit: { select: { name: true } },
          awardForm: { select: { name: true, recipientKind: true, plan: { select: { title: true } } } },
          _count: { select: { nominees: true } },
        },
      });

    type Case = { name: string; run: () => Promise<unknown> };
    const cases: Case[] = [
      { name: "Actor load · before (Prisma includes)", run: () => actorBefore(officer.sessionId) },
      { name: "Actor load · after (findActorBySession)", run: () => findActorBySession(officer.sessionId) },
      { name: "Organisations page 1 · commune officer · before (_count)", run: () => organisationsBefore(officer) },
      { name: "Organisations page 1 · commune officer · after", run: () => listOrganisations(officer, params) },
      { name: "Organisations page 1 · province chair · before (_count)", run: () => organisationsBefore(chair) },
      { name: "Organisations page 1 · province chair · after", run: () => listOrganisations(chair, params) },
      { name: `Inbox · province chair (${BATCHES} batches) · before (_count)`, run: () => inboxBefore(chair) },
      { name: `Inbox · province chair (${BATCHES} batches) · after`, run: () => listInbox(chair, inboxParams) },
    ];
    const results: { name: string; p50: number; p95: number }[] = [];
    for (const c of cases) {
      for (let i = 0; i < WARMUP; i++) await c.run();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const s = performance.now();
        await c.run();
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      results.push({ name: c.name, p50: percentile(times, 50), p95: percentile(times, 95) });
      log(`${c.name}: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`);
    }

    const cpus = os.cpus();
    const load1 = os.loadavg()[0]!.toFixed(2);
    const pgVersion = (await client.query("SHOW server_version")).rows[0].server_version as string;
    console.log(`# Request overhead benchmark (actor load, organisations list, reviewer inbox)\n`);
    console.log(
      `- Machine: ${cpus.length} × ${cpus[0]?.model ?? "?"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load average (1 min) at the end ${load1}`,
    );
    console.log(`- PostgreSQL ${pgVersion}, database ${dbName}`);
    console.log(
      `- Dataset: 1 province, ${DISTRICTS} districts, ${communes.length} communes, ${communes.length * ORGS_PER_COMMUNE} organisations, ${communes.length * PEOPLE_PER_COMMUNE} people, ${BATCHES} submitted batches, ${BATCHES * NOMINEES_PER_BATCH} nominees`,
    );
    console.log(`- Method: ${WARMUP} warm-up + ${RUNS} timed calls per case, sequential, warm cache\n`);
    console.log("| case | p50 ms | p95 ms |");
    console.log("|---|---:|---:|");
    for (const r of results) console.log(`| ${r.name} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} |`);

    // EXPLAIN of every statement of the slowest case, captured through a query-logging client.
    const seen: { query: string; params: unknown[] }[] = [];
    const logging = new PrismaClient({
      adapter: new PrismaPg({ connectionString: url }),
      log: [{ emit: "event", level: "query" }],
    });
    disconnect.push(() => logging.$disconnect());
    logging.$on("query", (e) => seen.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }));
    const slowest = results.reduce((a, b) => (b.p50 > a.p50 ? b : a));
    const holder = globalThis as unknown as { prisma?: unknown };
    const saved = holder.prisma;
    holder.prisma = logging;
    try {
      await cases.find((c) => c.name === slowest.name)!.run();
    } finally {
      holder.prisma = saved;
    }
    console.log(`\n## EXPLAIN (ANALYZE, BUFFERS) of the slowest case: ${slowest.name} (${seen.length} statements)\n`);
    for (const s of seen) {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.query}`, s.params);
      // Lines cut at 300 characters: an IN list of a thousand ids says nothing more at full length.
      const cut = (line: string) => (line.length > 300 ? `${line.slice(0, 300)} …` : line);
      const plan = rows.map((r: Record<string, string>) => cut(r["QUERY PLAN"]!)).join("\n");
      console.log("```sql\n" + cut(s.query) + "\n```\n```\n" + plan + "\n```\n");
    }
    return 0;
  } finally {
    await Promise.allSettled(disconnect.map((d) => d()));
    await client.end().catch(() => {});
  }
}

runBench(main);
