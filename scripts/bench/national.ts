/**
 * National-scale benchmark of the list pages (issue 15, "How to measure"):
 *
 *   npm run build && npm run bench:national          (BENCH_SCALE=0.1 for a tenth of the country)
 *
 * 1. Creates a throw-away database `thidua_bench_nat_<ts>` on DATABASE_URL's server (or the embedded
 *    one) and applies the real migrations.
 * 2. Loads a deterministic country in SQL (generate_series), sizes × BENCH_SCALE: the three-level tree
 *    of 63 provinces / 11 districts each / 15 communes each (≈ 706 / 10 590 at scale 1), ended 30/6/2025,
 *    and the two-level one from 1/7/2025 of 34 provinces / 3 339 communes and wards (≈ 3 321), linked as
 *    the unit import links them (UnitSuccession rows, Unit.successorId; several old communes into one new,
 *    several old provinces into one new; districts end without successor); 7 organisations per commune
 *    of either era (≈ 96 000); 507 000 people with Vietnamese names on the old units, 300 000 of them in
 *    the first province, and 169 000 present-day staff on the new ones (100 000 in the first province, the
 *    big one's successor); 3 300 000 audit entries, a commune's share by its people; then the work
 *    (national-work.ts): one issued 2026 plan per province (of both eras) and district (790) with 5 award
 *    forms and their rounds, ≈ 327 000 registration rows, ≈ 73 000 nomination batches with ≈ 430 000
 *    nominees, each province's council with a closed ballot on its plan, 304 000 awards of 2019–2025 on
 *    the old units and 30 000 of the new units' since 1/7/2025.
 * 3. Starts the production build (`next start`, .next of this checkout) on that database, signs in through
 *    the real sign-in endpoints (Auth.js: /api/auth/csrf, then /api/auth/callback/credentials) as a commune
 *    officer, a district reviewer and the province chair of the big province, and in the two-level world
 *    as the officer of a commune of the big province's successor (merged from old communes outside the
 *    measured district, their people and organisations taken over) and that province's reviewer and chair.
 * 4. Per page and role, in alternating rounds: the app with autocannon at 1 and at 20 connections
 *    (BENCH_SECONDS, and 3× that at 20), then its floor at the same parallelism — the SQL the page runs (the actor,
 *    the layout's counts and the page's own queries, captured through a query-logging Prisma client
 *    calling the same data functions) replayed with pg one statement after the other, plus one GET of a
 *    static chunk from the same server. Prints rows in scope, p50/p95 at 1 and 20, floor p95, ratio,
 *    the status of one plain GET (redirects not followed) and HTML size; then the EXPLAIN (ANALYZE, BUFFERS) of the three slowest statements of all pages.
 *
 * Environment: DATABASE_URL, BENCH_SCALE (1), BENCH_SECONDS (5), BENCH_PORT (3900), KEEP_BENCH_DB=1,
 * BENCH_SQL_ONLY=1 (steps 1, 2 and the EXPLAIN only: no build needed, no server, no load).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import bcrypt from "bcryptjs";
import { REPO_ROOT } from "../db/embedded";
import { runBench, withBenchDatabase } from "./bench-database";
import { loadWork } from "./national-work";
import { childPath, depthOf } from "../../src/domain/units/hierarchy";
import { toSearchText } from "../../src/domain/text/vietnamese";
import { parseTableParams } from "../../src/lib/table-params";
import type { Actor } from "../../src/server/auth/actor-types";

type AutocannonResult = { requests: { total: number }; non2xx: number; errors: number };
type AutocannonInstance = Promise<AutocannonResult> & {
  on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
};
const autocannon = createRequire(import.meta.url)("autocannon") as (opts: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
}) => AutocannonInstance;

const numEnv = (name: string, dflt: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : dflt;
};
const SCALE = numEnv("BENCH_SCALE", 1);
const SECONDS = numEnv("BENCH_SECONDS", 5);
const PORT = numEnv("BENCH_PORT", 3900);
const PROVINCES = Math.max(2, Math.round(63 * SCALE));
const DISTRICTS_PER_PROVINCE = 11;
const COMMUNES_PER_DISTRICT = 15;
const ORGS_PER_COMMUNE = 7;
const BIG_PROVINCE_PEOPLE = Math.round(300_000 * SCALE);
const OTHER_PEOPLE = Math.round(207_000 * SCALE);
const AUDIT_ENTRIES = Math.round(3_000_000 * SCALE);
const AWARDS = Math.round(304_000 * SCALE);
// The two-level country from 1/7/2025 (issue 15: 34 provinces, 3 321 communes): old provinces merge in
// order into NEW_PROVINCES, each old province's 165 communes into NEW_COMMUNES_PER_OLD_PROVINCE (3 or 4
// old communes each, across district lines; 63 × 53 = 3 339 at scale 1); districts end without successor.
const NEW_PROVINCES = Math.max(1, Math.round(34 * SCALE));
const NEW_COMMUNES_PER_OLD_PROVINCE = 53;
/** The present-day staff of the new units, entered anew (the seed's way): a third of the old country's. */
const NEW_BIG_PROVINCE_PEOPLE = Math.round(100_000 * SCALE);
const NEW_OTHER_PEOPLE = Math.round(69_000 * SCALE);
const NEW_AUDIT_ENTRIES = Math.round(300_000 * SCALE);
const NEW_AWARDS = Math.round(30_000 * SCALE);
const OLD_END = "2025-06-30";
const NEW_START = "2025-07-01";
const PASSWORD = "ThiDua@2024";
/** BENCH_SQL_ONLY=1: the dataset and the EXPLAIN of the pages' statements only (no build, no server). */
const SQL_ONLY = process.env.BENCH_SQL_ONLY === "1";

const t0 = performance.now();
const log = (line: string) => console.error(`[bench ${((performance.now() - t0) / 1000).toFixed(1)} s] ${line}`);

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Thanh", "Minh", "Ngọc", "Quốc", "Thu", "Xuân"];
const GIVEN = ["An", "Anh", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương"]
  .concat(["Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Trang"])
  .concat(["Tuấn", "Việt", "Yến", "Ánh"]);
const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;

/**
 * The country in SQL. Three-level units (until 30/6/2025): province 'p<p>', district 'p<p>d<d>',
 * commune 'p<p>d<d>c<c>'; two-level units (from 1/7/2025): province 'q<q>', commune 'q<q>x<k>'.
 */
async function load(c: pg.Client) {
  type U = {
    id: string;
    name: string;
    kind: string;
    parent: U | null;
    path: string;
    validFrom: string | null;
    validTo: string | null;
    successor: U | null;
  };
  const units: U[] = [];
  const add = (id: string, name: string, kind: string, parent: U | null, era: "old" | "new") => {
    const path = childPath(parent?.path ?? null, id);
    const [validFrom, validTo] = era === "old" ? [null, OLD_END] : [NEW_START, null];
    const u: U = { id, name, kind, parent, path, validFrom, validTo, successor: null };
    units.push(u);
    return u;
  };
  const newProvinces = Array.from({ length: NEW_PROVINCES }, (_, i) =>
    add(`q${i + 1}`, `Tỉnh Mới ${i + 1}`, "TINH", null, "new"),
  );
  const newCommunes: U[] = [];
  const communesOf = new Map<U, number>();
  for (let p = 1; p <= PROVINCES; p++) {
    const province = add(`p${p}`, `Tỉnh Thử ${p}`, "TINH", null, "old");
    // Old provinces merge in order: p1 and the next ones into q1, and so on (NĐ 202/2025/QH15's shape).
    const q = newProvinces[Math.floor(((p - 1) * NEW_PROVINCES) / PROVINCES)]!;
    province.successor = q;
    // This old province's communes merge into its share of q's communes (the k-th of them every 3 or 4).
    const share = Array.from({ length: NEW_COMMUNES_PER_OLD_PROVINCE }, () => null as U | null);
    let j = 0;
    for (let d = 1; d <= DISTRICTS_PER_PROVINCE; d++) {
      const district = add(`p${p}d${d}`, `Huyện Thử ${p}.${d}`, "HUYEN", province, "old");
      for (let k = 1; k <= COMMUNES_PER_DISTRICT; k++, j++) {
        const commune = add(`p${p}d${d}c${k}`, `Xã Thử ${p}.${d}.${k}`, "XA", district, "old");
        const s = Math.floor((j * NEW_COMMUNES_PER_OLD_PROVINCE) / (DISTRICTS_PER_PROVINCE * COMMUNES_PER_DISTRICT));
        if (!share[s]) {
          const x = (communesOf.get(q) ?? 0) + 1;
          communesOf.set(q, x);
          // One in five is a ward (phường), as towns' and cities' merged wards are.
          share[s] = add(
            `${q.id}x${x}`,
            `${x % 5 === 0 ? "Phường" : "Xã"} Mới ${q.id.slice(1)}.${x}`,
            x % 5 === 0 ? "PHUONG" : "XA",
            q,
            "new",
          );
          newCommunes.push(share[s]!);
        }
        commune.successor = share[s];
      }
    }
  }
  await c.query(
    `INSERT INTO "Unit" ("id","code","name","kind","parentId","path","depth","validFrom","validTo","successorId")
     SELECT * FROM unnest($1::text[], $1::text[], $2::text[], $3::"UnitKind"[], $4::text[], $5::text[], $6::int[],
                          $7::date[], $8::date[], $9::text[])`,
    [
      units.map((u) => u.id),
      units.map((u) => u.name),
      units.map((u) => u.kind),
      units.map((u) => u.parent?.id ?? null),
      units.map((u) => u.path),
      units.map((u) => depthOf(u.path)),
      units.map((u) => u.validFrom),
      units.map((u) => u.validTo),
      units.map((u) => u.successor?.id ?? null),
    ],
  );
  // The succession links as the unit import records them (apply-succession.ts): one row per old unit and
  // its successor, effective 1/7/2025, the predecessor ending the day before with its sole successor in
  // Unit.successorId. Districts end without one (the seed's "Cấp huyện chấm dứt hoạt động"). Resolution
  // numbers are invented for the test provinces, in the real ones' form.
  await c.query(`
    INSERT INTO "UnitSuccession" ("id","predecessorId","successorId","effectiveOn","resolution")
    SELECT 'us_' || u.id, u.id, u."successorId", date '${NEW_START}',
           CASE u.kind WHEN 'TINH' THEN '202/2025/QH15'
                ELSE (1600 + substring(u."successorId" from 'q([0-9]+)')::int) || '/NQ-UBTVQH15' END
      FROM "Unit" u WHERE u."successorId" IS NOT NULL`);
  const communes = units.filter((u) => u.kind === "XA" && u.validTo !== null);
  // Commune number n (0-based) in the order above; the big province's come first.
  await c.query(
    `CREATE TEMP TABLE commune AS SELECT (ord - 1)::int AS n, id FROM unnest($1::text[]) WITH ORDINALITY AS t(id, ord)`,
    [communes.map((u) => u.id)],
  );
  await c.query(`CREATE UNIQUE INDEX ON commune (n)`);
  // The same for the two-level communes: the first new province's (the big province's successor) first.
  await c.query(
    `CREATE TEMP TABLE new_commune AS SELECT (ord - 1)::int AS n, id FROM unnest($1::text[]) WITH ORDINALITY AS t(id, ord)`,
    [newCommunes.map((u) => u.id)],
  );
  await c.query(`CREATE UNIQUE INDEX ON new_commune (n)`);
  const C = communes.length;
  const bigC = DISTRICTS_PER_PROVINCE * COMMUNES_PER_DISTRICT;
  const NC = newCommunes.length;
  const newBigC = newCommunes.filter((u) => u.parent === newProvinces[0]).length;
  for (const [table, prefix] of [
    ["commune", "o"],
    ["new_commune", "on"],
  ])
    await c.query(`
      INSERT INTO "Organisation" ("id","unitId","name","searchText","kind","updatedAt")
      SELECT '${prefix}' || n || '_' || o, id, 'Thôn ' || o, 'thon ' || o, 'THON_TO_DAN_PHO', now()
        FROM ${table}, generate_series(1, ${ORGS_PER_COMMUNE}) o`);
  log(`${units.length} units (${NEW_PROVINCES + NC} two-level), ${(C + NC) * ORGS_PER_COMMUNE} organisations`);
  // Person i of an era: commune by i (the big province's communes take the first `big`), name from arrays.
  // The old units keep their people (and with them their award history); the new units' present-day
  // staff are people of their own ('y<i>'), entered anew as the seed enters Hưng Yên's: the unit import
  // links units and moves no one (apply-succession.ts).
  const [F, M, G] = [FAMILY, MIDDLE, GIVEN];
  const unaccented = (values: string[]) => sqlArray(values.map(toSearchText));
  const eras = [
    { prefix: "x", org: "o", table: "commune", big: BIG_PROVINCE_PEOPLE, other: OTHER_PEOPLE, bigC, allC: C },
    {
      prefix: "y",
      org: "on",
      table: "new_commune",
      big: NEW_BIG_PROVINCE_PEOPLE,
      other: NEW_OTHER_PEOPLE,
      bigC: newBigC,
      allC: NC,
    },
  ];
  for (const e of eras) {
    // With one new province (small scales) every person is the big one's.
    const n =
      e.allC > e.bigC
        ? `CASE WHEN i <= ${e.big} THEN i % ${e.bigC} ELSE ${e.bigC} + i % ${e.allC - e.bigC} END`
        : `i % ${e.bigC}`;
    await c.query(`
      INSERT INTO "Person" ("id","unitId","fullName","sortName","searchText","dateOfBirth","gender","staffKind","position","organisationId","updatedAt")
      SELECT '${e.prefix}' || i, ${e.table}.id, f || ' ' || m || ' ' || g, g || ' ' || f || ' ' || m || ' ' || g,
             fs || ' ' || ms || ' ' || gs, date '1965-01-01' + ((i::bigint * 7919) % 14000)::int, CASE WHEN i % 2 = 0 THEN 'NAM' ELSE 'NU' END::"Gender",
             'CONG_CHUC', 'Công chức', '${e.org}' || ${e.table}.n || '_' || (1 + i % ${ORGS_PER_COMMUNE}), now()
        FROM (SELECT i, ${n} AS n,
                     (${sqlArray(F)})[1 + i % ${F.length}] f, (${unaccented(F)})[1 + i % ${F.length}] fs,
                     (${sqlArray(M)})[1 + (i / 7) % ${M.length}] m, (${unaccented(M)})[1 + (i / 7) % ${M.length}] ms,
                     (${sqlArray(G)})[1 + (i / 3) % ${G.length}] g, (${unaccented(G)})[1 + (i / 3) % ${G.length}] gs
                FROM generate_series(1, ${e.big + e.other}) i) s
        JOIN ${e.table} USING (n)`);
  }
  const people = BIG_PROVINCE_PEOPLE + OTHER_PEOPLE;
  const newPeople = NEW_BIG_PROVINCE_PEOPLE + NEW_OTHER_PEOPLE;
  log(`${people} people of the three-level units, ${newPeople} of the two-level ones`);
  // Audit: entry j belongs to the commune of person j (so a commune's share follows its people), older as j
  // grows; the two-level units' entries are all after 1/7/2025 (the last ≈ 128 days at scale 1).
  for (const [prefix, entries, count] of [
    ["x", AUDIT_ENTRIES, people],
    ["y", NEW_AUDIT_ENTRIES, newPeople],
  ] as const)
    await c.query(`
      INSERT INTO "AuditEntry" ("at","unitId","entity","entityId","action","after")
      SELECT timestamptz '2026-12-01 00:00+07' - j * interval '37 seconds', p."unitId", 'Person', p.id,
             (ARRAY['CREATE','UPDATE','UPDATE'])[1 + j % 3]::"AuditAction", jsonb_build_object('position', 'Công chức')
        FROM generate_series(1, ${entries}) j JOIN "Person" p ON p.id = '${prefix}' || (1 + j % ${count})`);
  log(`${AUDIT_ENTRIES + NEW_AUDIT_ENTRIES} audit entries`);
  for (const t of ["Unit", "UnitSuccession", "Organisation", "Person", "AuditEntry"])
    await c.query(`VACUUM (ANALYZE) "${t}"`);
  const work = await loadWork(c, { people, newPeople, awards: AWARDS, newAwards: NEW_AWARDS, communes: C }, log);
  log(
    `${work.plans} plans, ${work.registrationRows} registration rows, ${work.batches} batches, ${work.nominees} nominees, ` +
      `${work.meetingItems} agenda items, ${work.awards} awards`,
  );
  const byId = (id: string) => units.find((u) => u.id === id)!;
  // The measured new commune: the first of the big province's successor whose predecessors all lie
  // outside the measured district (p1d1), so that the three-level rows keep their people.
  const predecessorsOf = (n: U) => units.filter((u) => u.successor === n);
  const newCommune = newCommunes.find(
    (n) => n.parent === newProvinces[0] && predecessorsOf(n).every((u) => u.parent?.id !== "p1d1"),
  )!;
  const moved = await moveFromPredecessors(c, newCommune.id);
  log(`${newCommune.id} took over ${moved.people} people and ${moved.organisations} organisations of its predecessors`);
  return {
    big: byId("p1"),
    bigDistrict: byId("p1d1"),
    bigCommune: byId("p1d1c1"),
    newProvince: newProvinces[0]!,
    newCommune,
    /** The new commune's predecessors: the old communes merged into it. */
    merged: predecessorsOf(newCommune).length,
    moved,
    units: units.length,
    communes: C,
    newCommunes: NC,
    work,
  };
}

/**
 * The successor's step after the merger (/don-vi-tien-than, moveFromPredecessor in
 * src/server/data/succession-moves.ts) as the measured new commune has taken it: every person and
 * organisation of its ended predecessors moved into it, an organisation whose name the commune already
 * has taking its old unit's name after it, each move audited in the commune. Their awards stay with the
 * unit that gave them (read through the succession). Run after the work, so the old units' 2026
 * registrations and awards were made where the people then were. The other successors have not taken
 * the step (it is each commune's, in its own time), so the three-level units keep their people.
 */
async function moveFromPredecessors(c: pg.Client, unitId: string) {
  const from = `SELECT s."predecessorId" FROM "UnitSuccession" s WHERE s."successorId" = $1`;
  const organisations = await c.query(
    `WITH moved AS (
       UPDATE "Organisation" o SET "unitId" = $1, "name" = m.name, "searchText" = thidua_search_text(m.name)
         FROM (SELECT x.id, u.id AS "fromId", u.name AS "fromName", x.name AS "oldName",
                      CASE WHEN EXISTS (SELECT 1 FROM "Organisation" t WHERE t."unitId" = $1 AND t.name = x.name)
                           THEN x.name || ' (' || u.name || ')' ELSE x.name END AS name
                 FROM "Organisation" x JOIN "Unit" u ON u.id = x."unitId"
                WHERE x."unitId" IN (${from})) m
        WHERE o.id = m.id
        RETURNING o.id, m."fromId", m."fromName", m."oldName", m.name)
     INSERT INTO "AuditEntry" ("at","unitId","entity","entityId","action","before","after")
     SELECT timestamptz '2025-08-15 09:00+07', $1, 'Organisation', id, 'UPDATE',
            jsonb_build_object('unitId', "fromId", 'unitName', "fromName", 'name', "oldName"),
            jsonb_build_object('unitId', $1::text, 'name', name, 'movedBySuccession', true)
       FROM moved`,
    [unitId],
  );
  const people = await c.query(
    `WITH moved AS (
       UPDATE "Person" p SET "unitId" = $1 FROM "Unit" u
        WHERE u.id = p."unitId" AND p."unitId" IN (${from})
        RETURNING p.id, p."organisationId", u.id AS "fromId", u.name AS "fromName")
     INSERT INTO "AuditEntry" ("at","unitId","entity","entityId","action","before","after")
     SELECT timestamptz '2025-08-15 09:00+07', $1, 'Person', id, 'UPDATE',
            jsonb_build_object('unitId', "fromId", 'unitName', "fromName", 'organisationId', "organisationId"),
            jsonb_build_object('unitId', $1::text, 'movedBySuccession', true)
       FROM moved`,
    [unitId],
  );
  return { people: people.rowCount ?? 0, organisations: organisations.rowCount ?? 0 };
}

/** A role measured; `plans`: its unit issues a plan ('pl_<unit>': provinces and districts, national-work.ts). */
type Role = { label: string; email: string; unitId: string; roles: string[]; plans: boolean };
/**
 * A page measured: its path and data function for a role (a plan's pages open the role's own unit's
 * plan, 'pl_<unit>'), `only` the roles it is measured for beyond the permission check, and `rows` how
 * many rows in scope its data holds (default: its total, or its length for a plain list).
 */
type Page = {
  path: string | ((role: Role) => string);
  name: string;
  data: (actor: Actor, role: Role) => Promise<unknown>;
  only?: (role: Role) => boolean;
  rows?: (data: never) => number;
};
const pathOf = (page: Page, role: Role) => (typeof page.path === "string" ? page.path : page.path(role));
function rowsOf(page: Page, data: unknown): { rows: number; capped: boolean } {
  if (page.rows) return { rows: page.rows(data as never), capped: false };
  if (Array.isArray(data)) return { rows: data.length, capped: false };
  const d = data as { total?: number; totalCapped?: boolean };
  return { rows: d.total ?? 0, capped: Boolean(d.totalCapped) };
}
/** The plan of the role's own unit; only provinces and districts issue one (national-work.ts). */
const planOf = (role: Role) => `pl_${role.unitId}`;
const issuesPlans = (role: Role) => role.plans;

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

/** Auth.js credentials sign-in as the browser does it; returns the Cookie header of the session. */
async function signIn(base: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ email, password: PASSWORD, csrfToken, callbackUrl: "/" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign-in of ${email} failed (${res.status})`);
  return cookie();
}

/** Sign-in tried up to five times, a few seconds apart (a shared machine's load spikes pass). */
async function signInPatiently(base: string, email: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await signIn(base, email);
    } catch (error) {
      if (attempt === 5) throw error;
      log(`sign-in of ${email} failed (attempt ${attempt}), trying again`);
      await new Promise((r) => setTimeout(r, 3000 * attempt));
    }
  }
}

async function appRun(url: string, cookie: string, connections: number) {
  const times: number[] = [];
  let bytes = 0;
  // autocannon drops the requests still open when the run ends: 20 users get 3× the time, so that a
  // page answering in several seconds under that load still yields samples.
  const duration = connections > 1 ? SECONDS * 3 : SECONDS;
  const instance = autocannon({ url, connections, duration, headers: { cookie } });
  instance.on("response", (_client, _status, size, ms) => {
    times.push(ms);
    bytes = size;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), bytes, bad: result.non2xx + result.errors };
}

/** The page's statements replayed by `connections` workers for BENCH_SECONDS, each iteration + one static GET. */
async function floorRun(
  pool: pg.Pool,
  statements: { query: string; params: unknown[] }[],
  staticUrl: string,
  connections: number,
) {
  const times: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < until) {
          const s = performance.now();
          for (const st of statements) await client.query(st.query, st.params);
          await (await fetch(staticUrl)).arrayBuffer();
          times.push(performance.now() - s);
        }
      } finally {
        client.release();
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function waitFor(url: string, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

async function main(): Promise<number> {
  if (!SQL_ONLY && !fs.existsSync(path.join(REPO_ROOT, ".next", "BUILD_ID")))
    throw new Error("No production build: run `npm run build` first.");
  // A bulk load of a country: no fsync per commit in a database thrown away afterwards.
  return withBenchDatabase("thidua_bench_nat", national, { log, settings: { synchronous_commit: "off" } });
}

async function national({ url }: { url: string }): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  let app: ChildProcess | null = null;
  const disconnect: (() => Promise<unknown>)[] = [];
  try {
    await client.connect();
    log(`loading the country at scale ${SCALE}`);
    const country = await load(client);

    const hash = await bcrypt.hash(PASSWORD, 10);
    const roles: Role[] = [
      {
        label: "Commune officer",
        email: "canbo@bench.vn",
        unitId: country.bigCommune.id,
        roles: ["OFFICER", "ADMIN"],
        plans: false,
      },
      {
        label: "District reviewer",
        email: "thamdinh@bench.vn",
        unitId: country.bigDistrict.id,
        roles: ["REVIEWER"],
        plans: true,
      },
      {
        label: "Province chair",
        email: "chutich@bench.vn",
        unitId: country.big.id,
        roles: ["CHAIR", "ADMIN"],
        plans: true,
      },
      // The two-level world: the big province's successor (q1) and its first commune, whose predecessors
      // (the old communes merged into it) carry 2019–2025's awards. The reviewer is the Sở Nội vụ's, a
      // reviewer and officer as the seed's noivu.hungyen.
      {
        label: "New commune officer",
        email: "canbo.moi@bench.vn",
        unitId: country.newCommune.id,
        roles: ["OFFICER", "ADMIN"],
        plans: false,
      },
      {
        label: "New province reviewer",
        email: "noivu.moi@bench.vn",
        unitId: country.newProvince.id,
        roles: ["REVIEWER", "OFFICER"],
        plans: true,
      },
      {
        label: "New province chair",
        email: "chutich.moi@bench.vn",
        unitId: country.newProvince.id,
        roles: ["CHAIR", "ADMIN"],
        plans: true,
      },
    ];
    for (const r of roles) {
      const { rows } = await client.query(
        `INSERT INTO "User" ("id","email","name","passwordHash","updatedAt") VALUES ($1,$1,$2,$3,now()) RETURNING id`,
        [r.email, r.label, hash],
      );
      for (const role of r.roles)
        await client.query(`INSERT INTO "Membership" ("id","userId","unitId","role") VALUES ($1,$2,$3,$4::"Role")`, [
          `${r.email}-${role}`,
          rows[0].id,
          r.unitId,
          role,
        ]);
    }

    process.env.DATABASE_URL = url;
    process.env.AUTH_SECRET ??= "national-benchmark-secret-not-for-production";
    const { db } = await import("../../src/server/db/client");
    const { findActorBySession } = await import("../../src/server/data/sessions");
    const { listPeople, PERSON_SORT_KEYS } = await import("../../src/server/data/people");
    const { listOrganisations, ORGANISATION_SORT_KEYS } = await import("../../src/server/data/organisations");
    const { listAuditEntries, AUDIT_SORT_KEYS } = await import("../../src/server/data/audit");
    const { taskBoard, pendingWorkPerUnit } = await import("../../src/server/data/tasks/board");
    const { countMyUnread } = await import("../../src/server/data/notifications/centre");
    const { listInbox, listMyBatches } = await import("../../src/server/data/nominations/batches");
    const { approvalBoard, listPlansAwaitingApproval } = await import("../../src/server/data/approval-plans");
    const { searchAwards, AWARD_SORT_KEYS } = await import("../../src/server/data/awards");
    const { awardHistoryXlsx } = await import("../../src/server/services/award-history");
    const { loadStatistics } = await import("../../src/server/services/statistics");
    const { statisticsFilter } = await import("../../src/app/(app)/thong-ke/filters");
    const { registrationSummaryPage } = await import("../../src/server/data/registration-review");
    const { listMyPredecessors } = await import("../../src/server/data/succession-moves");
    const { listPlansToTakeOver } = await import("../../src/server/data/succession-plans");
    const { can } = await import("../../src/domain/auth/permissions");
    const { PrismaClient } = await import("../../src/generated/prisma/client");
    const { PrismaPg } = await import("@prisma/adapter-pg");
    disconnect.push(() => db().$disconnect());

    const people = (q: string) => parseTableParams({ q }, { sortKeys: PERSON_SORT_KEYS, defaultSort: "sortName" });
    const pages: (Page & { permission: Parameters<typeof can>[1] })[] = [
      { path: "/nhan-su", name: "People", permission: "person.read", data: (a) => listPeople(a, people("")) },
      {
        path: "/nhan-su?q=nguyen%20van",
        name: "People · search",
        permission: "person.read",
        data: (a) => listPeople(a, people("nguyen van")),
      },
      {
        path: "/to-chuc",
        name: "Organisations",
        permission: "organisation.read",
        data: (a) =>
          listOrganisations(a, parseTableParams({}, { sortKeys: ORGANISATION_SORT_KEYS, defaultSort: "name" })),
      },
      {
        path: "/nhat-ky",
        name: "Audit log",
        permission: "audit.read",
        data: (a) =>
          listAuditEntries(
            a,
            parseTableParams({}, { sortKeys: AUDIT_SORT_KEYS, defaultSort: "at", defaultDir: "desc" }),
            {},
          ),
      },
      { path: "/de-nghi", name: "My proposals", permission: "plan.read", data: (a) => listMyBatches(a) },
      {
        path: "/de-nghi/tham-dinh",
        name: "Reviewer inbox",
        permission: "nomination.review",
        // The inbox's first page, as the page asks it; typed loosely because the keyset paging of
        // listInbox (params) lands separately from this benchmark (a one-argument listInbox ignores them).
        data: (a) =>
          (listInbox as (actor: Actor, params: unknown) => Promise<unknown>)(
            a,
            parseTableParams(
              {},
              { sortKeys: ["submittedAt"] as const, defaultSort: "submittedAt", defaultDir: "desc" },
            ),
          ),
      },
      {
        path: "/phe-duyet",
        name: "Plans to approve",
        permission: "award.approve",
        data: (a) => listPlansAwaitingApproval(a),
        rows: (plans: { passed: number }[]) => plans.reduce((n, p) => n + p.passed, 0),
      },
      {
        path: (r) => `/phe-duyet/${planOf(r)}`,
        name: "Approval board",
        permission: "award.approve",
        only: issuesPlans,
        data: (a, r) => approvalBoard(a, planOf(r)),
        // The board lists one page; its rows in scope are the items its filters select.
        rows: (board: { listed: { count: number } }) => board.listed.count,
      },
      {
        // The units the role's unit succeeds (what is left in each counted) and their open plans to take over;
        // rows: both together.
        path: "/don-vi-tien-than",
        name: "Predecessors",
        permission: "person.read",
        only: (r) => r.unitId.startsWith("q"),
        data: async (a) => [...(await listMyPredecessors(a)), ...(await listPlansToTakeOver(a))],
        rows: (d: unknown[]) => d.length,
      },
      {
        path: "/lich-su-khen-thuong",
        name: "Award history",
        permission: "person.read",
        data: (a) =>
          searchAwards(a, parseTableParams({}, { sortKeys: AWARD_SORT_KEYS, defaultSort: "year", defaultDir: "desc" })),
      },
      {
        path: "/lich-su-khen-thuong/xuat-excel",
        name: "Award history .xlsx",
        permission: "person.read",
        data: (a) => awardHistoryXlsx(a, {}),
        rows: () => NaN,
      },
      {
        path: "/thong-ke",
        name: "Statistics",
        permission: "person.read",
        data: (a) => loadStatistics(a, statisticsFilter({}, 2026)),
        rows: () => NaN,
      },
      {
        path: (r) => `/ke-hoach/${planOf(r)}/dang-ky/tong-hop`,
        name: "Registration summary",
        permission: "registration.review",
        only: issuesPlans,
        data: (a, r) => registrationSummaryPage(a, planOf(r)),
        // Units the summary lists (the page reads 25 of them, SUMMARY_PAGE_SIZE).
        rows: (d: { count: number }) => d.count,
      },
    ];

    // Statements of a page: the actor, the layout's counts, the page's data, through a logging client.
    const logging = new PrismaClient({
      adapter: new PrismaPg({ connectionString: url }),
      log: [{ emit: "event", level: "query" }],
    });
    disconnect.push(() => logging.$disconnect());
    let seen: { query: string; params: unknown[] }[] = [];
    logging.$on("query", (e) => seen.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }));
    const holder = globalThis as unknown as { prisma?: unknown };
    async function statementsOf(sessionId: string, page: Page, role: Role) {
      seen = [];
      const saved = holder.prisma;
      holder.prisma = logging;
      try {
        const actor = (await findActorBySession(sessionId))!;
        await taskBoard(actor);
        await countMyUnread(actor);
        await pendingWorkPerUnit(actor);
        await page.data(actor, role);
      } finally {
        holder.prisma = saved;
      }
      return seen;
    }

    const base = `http://127.0.0.1:${PORT}`;
    if (!SQL_ONLY) log("starting next start");
    if (!SQL_ONLY)
      app = spawn(path.join(REPO_ROOT, "node_modules", ".bin", "next"), ["start", "-p", String(PORT)], {
        cwd: REPO_ROOT,
        env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
        stdio: ["ignore", "ignore", "inherit"],
      });
    if (!SQL_ONLY) await waitFor(`${base}/dang-nhap`);
    const staticUrl = SQL_ONLY
      ? ""
      : `${base}/_next/${JSON.parse(fs.readFileSync(path.join(REPO_ROOT, ".next", "build-manifest.json"), "utf8")).rootMainFiles[0] as string}`;

    type Line = {
      role: string;
      page: string;
      rows: number;
      capped: boolean;
      status: number;
      html: number;
      bad: number;
    };
    const lines: (Line & Record<"a1p50" | "a1p95" | "f1p95" | "a20p50" | "a20p95" | "f20p95", number>)[] = [];
    const explainQueue: { name: string; statements: { query: string; params: unknown[] }[] }[] = [];
    for (const role of roles) {
      // A saturated machine can time out the sign-in's transaction: try again, as a person would.
      const cookie = SQL_ONLY ? "" : await signInPatiently(base, role.email);
      if (SQL_ONLY)
        await client.query(
          `INSERT INTO "Session" ("id","userId","activeUnitId","expiresAt") SELECT $1, id, $2, now() + interval '1 hour' FROM "User" WHERE email = $1`,
          [role.email, role.unitId],
        );
      const { rows: session } = await client.query(
        `SELECT s.id FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1 ORDER BY s."createdAt" DESC LIMIT 1`,
        [role.email],
      );
      const actor = (await findActorBySession(session[0].id))!;
      for (const page of pages) {
        if (!can(actor.roles, page.permission) || (page.only && !page.only(role))) continue;
        const { rows, capped } = rowsOf(page, await page.data(actor, role));
        const statements = await statementsOf(session[0].id, page, role);
        const pagePath = pathOf(page, role);
        log(`${role.label} · ${page.name}: ${statements.length} statements, ${rows} rows`);
        explainQueue.push({ name: `${role.label} · ${page.name}`, statements });
        if (SQL_ONLY) continue;
        // The page's answer to one plain GET, redirects not followed (a sign-in redirect would be 307), then
        // a warm-up: autocannon's runs count only what finishes within them, so a page too slow for the
        // load would show no timing, not whether it answers.
        const status = (await fetch(`${base}${pagePath}`, { headers: { cookie }, redirect: "manual" })).status;
        await appRun(`${base}${pagePath}`, cookie, 1); // warm-up
        const a1 = await appRun(`${base}${pagePath}`, cookie, 1);
        const f1 = await floorRun(pool, statements, staticUrl, 1);
        const a20 = await appRun(`${base}${pagePath}`, cookie, 20);
        const f20 = await floorRun(pool, statements, staticUrl, 20);
        lines.push({
          role: role.label,
          page: `${page.name} (${pagePath})`,
          rows,
          capped,
          status,
          html: a1.bytes,
          bad: a1.bad + a20.bad,
          a1p50: a1.p50,
          a1p95: a1.p95,
          f1p95: f1.p95,
          a20p50: a20.p50,
          a20p95: a20.p95,
          f20p95: f20.p95,
        });
        log(
          `  HTTP ${status}, 1 user p95 ${a1.p95} ms (floor ${f1.p95.toFixed(1)}), 20 users p95 ${a20.p95} ms (floor ${f20.p95.toFixed(1)})`,
        );
      }
    }

    const cpus = os.cpus();
    const pgVersion = (await client.query("SHOW server_version")).rows[0].server_version as string;
    console.log(`# National benchmark (scale ${SCALE})\n`);
    console.log(
      `- Machine: ${cpus.length} × ${cpus[0]?.model ?? "?"}, Node ${process.version}, load average (1 min) at the end ${os.loadavg()[0]!.toFixed(2)}`,
    );
    console.log(
      `- PostgreSQL ${pgVersion}; ${country.units} units: three-level until 30/6/2025 (${PROVINCES} provinces, ${country.communes} communes) ` +
        `and two-level from 1/7/2025 (${NEW_PROVINCES} province${NEW_PROVINCES > 1 ? "s" : ""}, ${country.newCommunes} communes; the measured new commune merges ${country.merged} old ones), ` +
        `${(country.communes + country.newCommunes) * ORGS_PER_COMMUNE} organisations, ${BIG_PROVINCE_PEOPLE + OTHER_PEOPLE} people on the old units (${BIG_PROVINCE_PEOPLE} in the first province) ` +
        `and ${NEW_BIG_PROVINCE_PEOPLE + NEW_OTHER_PEOPLE} on the new (${NEW_BIG_PROVINCE_PEOPLE} in the first), ${AUDIT_ENTRIES + NEW_AUDIT_ENTRIES} audit entries`,
    );
    const w = country.work;
    console.log(
      `- ${w.plans} issued plans, ${w.registrationRows} registration rows, ${w.batches} nomination batches with ${w.nominees} nominees, ` +
        `${w.meetingItems} passed agenda items awaiting the chairs, ${w.awards} awards`,
    );
    console.log(`- autocannon ${SECONDS} s per run; floor = the page's SQL replayed with pg + one static chunk\n`);
    console.log(
      "| role | page | rows in scope | 1 user p50 / p95 ms | floor p95 | ratio | 20 users p50 / p95 ms | floor p95 | ratio | status | HTML kB | non-2xx |",
    );
    console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "—");
    for (const l of lines)
      console.log(
        `| ${l.role} | ${l.page} | ${l.capped ? "> " : ""}${Number.isFinite(l.rows) ? l.rows : "—"} | ${f(l.a1p50)} / ${f(l.a1p95)} | ${f(l.f1p95)} | ${f(l.a1p95 / l.f1p95)} | ` +
          `${f(l.a20p50)} / ${f(l.a20p95)} | ${f(l.f20p95)} | ${f(l.a20p95 / l.f20p95)} | ${l.status} | ${f(l.html / 1000)} | ${l.bad} |`,
      );
    // EXPLAIN of the three slowest distinct statements over every page measured.
    const distinct = new Map<string, { query: string; params: unknown[]; pages: string[] }>();
    for (const page of explainQueue)
      for (const st of page.statements) {
        const key = st.query + JSON.stringify(st.params);
        const known = distinct.get(key) ?? { ...st, pages: [] };
        known.pages.push(page.name);
        distinct.set(key, known);
      }
    const cut = (line: string) => (line.length > 300 ? `${line.slice(0, 300)} …` : line);
    const explained: { ms: number; text: string }[] = [];
    for (const st of distinct.values()) {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${st.query}`, st.params);
      const plan = rows.map((r: Record<string, string>) => cut(r["QUERY PLAN"]!)).join("\n");
      const ms = Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? 0);
      explained.push({
        ms,
        text: `${st.pages.join(", ")}\n\n\`\`\`sql\n${cut(st.query)}\n\`\`\`\n\`\`\`\n${plan}\n\`\`\`\n`,
      });
    }
    explained.sort((a, b) => b.ms - a.ms);
    console.log(`\n## EXPLAIN (ANALYZE, BUFFERS) of the 3 slowest of ${distinct.size} distinct statements\n`);
    for (const e of explained.slice(0, 3)) console.log(e.text);
    return 0;
  } finally {
    app?.kill("SIGTERM");
    await Promise.allSettled(disconnect.map((d) => d()));
    await pool.end().catch(() => {});
    await client.end().catch(() => {});
  }
}

runBench(main);
