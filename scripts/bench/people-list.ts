/**
 * Benchmark of the tenant-scoped people list (/nhan-su), the page commune staff open most.
 *
 *   node_modules/.bin/tsx --conditions=react-server scripts/bench/people-list.ts
 *
 * 1. Creates a fresh database `thidua_bench_<ts>` on DATABASE_URL's server (or the embedded one,
 *    started here if not running) and applies the real migrations.
 * 2. Loads a synthetic but realistic province: 1 tỉnh, 10 huyện, 200 xã/phường/thị trấn (180 under
 *    districts, 20 directly under the province as after 1/7/2025), 50 000 people spread unevenly over
 *    the communes (Vietnamese names from weighted họ / đệm / tên lists; sortName and searchText
 *    computed by the app's own toSortName / toSearchText), the communes' organisations and a few
 *    thousand discipline records. Names are computed in JS (so the derived columns are exactly
 *    the app's) and inserted column-wise with one `INSERT … SELECT * FROM unnest($1::text[], …)`
 *    per batch; the generator is seeded, so every run loads the same data.
 * 3. Builds actors the way the app does (User + Membership + Session rows, then
 *    findActorBySession): a commune officer, a district reviewer (subtree of 20 communes) and a
 *    province chair (whole tree).
 * 4. Times listPeople(actor, parseTableParams(...)) — exactly what the page calls — with warm-up,
 *    then N runs per case, and prints a Markdown table (p50/p95), the machine, the PostgreSQL
 *    version and the dataset sizes.
 * 5. Captures the SQL Prisma emits (a query-logging client swapped in for one call) and runs
 *    EXPLAIN (ANALYZE, BUFFERS) on it: one line of access paths per case, full plans for the
 *    slowest case and for the commune page 1 (the most frequent one).
 * 6. Experiments (bench database only, no migration; each index dropped after): a pg_trgm GIN
 *    index on Person.searchText (search cases) and a B-tree on Person (sortName, id) (list cases);
 *    re-times the cases, shows the access paths and explains the slowest one again.
 * 7. Drops the database (unless KEEP_BENCH_DB=1), stops the server if it started it, exits.
 *
 * Environment: DATABASE_URL (server to use; the role needs CREATEDB), BENCH_PEOPLE (50000),
 * BENCH_RUNS (50), BENCH_WARMUP (5), BENCH_SEED (20250701), BENCH_TRGM=0 / BENCH_SORT_INDEX=0
 * (skip an experiment of step 6),
 * KEEP_BENCH_DB=1 (keep the database; its name is printed).
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { runBench, withBenchDatabase, type BenchDatabase } from "./bench-database";
import { tidyName, toSearchText, toSortName } from "../../src/domain/text/vietnamese";
import { childPath, depthOf } from "../../src/domain/units/hierarchy";
import { parseTableParams, type SearchParams } from "../../src/lib/table-params";
import type { Actor } from "../../src/server/auth/actor-types";
import type { RoleCode } from "../../src/domain/auth/permissions";

// ------------------------------------------------------------------------------- configuration

const intEnv = (name: string, dflt: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : dflt;
};
const PEOPLE = intEnv("BENCH_PEOPLE", 50_000);
const RUNS = intEnv("BENCH_RUNS", 50);
const WARMUP = intEnv("BENCH_WARMUP", 5);
const SEED = intEnv("BENCH_SEED", 20250701);
const DISTRICTS = 10;
const COMMUNES_UNDER_DISTRICTS = 180;
const COMMUNES_UNDER_PROVINCE = 20;
const DISCIPLINES = Math.max(1, Math.round(PEOPLE * 0.06)); // 3 000 for 50 000 people
const INSERT_BATCH = 10_000;

const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
const log = (line: string) => console.error(`[bench ${elapsed()}] ${line}`); // progress on stderr, results on stdout

// ------------------------------------------------------------------------------- random data

/** mulberry32: small, fast, seeded. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(SEED);
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
type Weighted<T> = readonly (readonly [T, number])[];
function weighted<T>(table: Weighted<T>): () => T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  return () => {
    let r = rand() * total;
    for (const [v, w] of table) if ((r -= w) < 0) return v;
    return table[table.length - 1]![0];
  };
}

let idCounter = 0;
/** cuid-shaped ids ("c" + time-ordered counter + random), deterministic for a given seed. */
function newId(): string {
  const n = (idCounter++).toString(36).padStart(7, "0");
  let r = "";
  while (r.length < 17) r += Math.floor(rand() * 36).toString(36);
  return `c${n}${r}`;
}

// Surname frequencies roughly as in national surveys (Nguyễn ~38 %, Trần ~11 %, Lê ~9.5 % …).
const HO = weighted<string>([
  ["Nguyễn", 38],
  ["Trần", 11],
  ["Lê", 9.5],
  ["Phạm", 7],
  ["Hoàng", 3.5],
  ["Huỳnh", 1.5],
  ["Phan", 4.5],
  ["Vũ", 2.5],
  ["Võ", 1.4],
  ["Đặng", 2.1],
  ["Bùi", 2],
  ["Đỗ", 1.4],
  ["Hồ", 1.3],
  ["Ngô", 1.3],
  ["Dương", 1],
  ["Lý", 0.5],
  ["Đinh", 0.8],
  ["Trịnh", 0.6],
  ["Mai", 0.5],
  ["Đoàn", 0.5],
  ["Lương", 0.4],
  ["Tạ", 0.3],
  ["Quách", 0.2],
  ["Lưu", 0.3],
  ["Cao", 0.4],
  ["Tô", 0.3],
  ["Vương", 0.2],
  ["Triệu", 0.2],
  ["Hà", 0.4],
]);
const DEM_NAM = weighted<string>([
  ["Văn", 40],
  ["Hữu", 6],
  ["Đức", 8],
  ["Minh", 8],
  ["Quang", 6],
  ["Công", 5],
  ["Thành", 4],
  ["Xuân", 4],
  ["Ngọc", 3],
  ["Trọng", 3],
  ["Mạnh", 3],
  ["Tiến", 2],
  ["Đình", 4],
  ["Thanh", 3],
  ["Văn Minh", 1],
  ["Quốc", 3],
]);
const DEM_NU = weighted<string>([
  ["Thị", 55],
  ["Ngọc", 6],
  ["Thu", 6],
  ["Thanh", 5],
  ["Kim", 4],
  ["Hồng", 4],
  ["Phương", 3],
  ["Minh", 3],
  ["Thị Thu", 4],
  ["Thị Thanh", 3],
  ["Thị Minh", 2],
  ["Bích", 2],
  ["Diệu", 1],
  ["Mỹ", 2],
]);
const TEN_NAM = [
  "Anh",
  "Hùng",
  "Dũng",
  "Tuấn",
  "Minh",
  "Nam",
  "Hải",
  "Long",
  "Sơn",
  "Thắng",
  "Trung",
  "Cường",
  "Quang",
  "Đức",
  "Hưng",
  "Bình",
  "Phong",
  "Khánh",
  "Tùng",
  "Hiếu",
  "Thành",
  "Toàn",
  "Việt",
  "Huy",
  "Lâm",
  "Đạt",
  "Kiên",
  "Thịnh",
  "Vinh",
  "Quý",
  "Tâm",
  "Phúc",
  "Lợi",
  "Chiến",
  "Tú",
  "Hoàng",
  "Duy",
  "Nghĩa",
  "Tài",
] as const;
const TEN_NU = [
  "Hương",
  "Lan",
  "Hà",
  "Linh",
  "Trang",
  "Thảo",
  "Hằng",
  "Hoa",
  "Mai",
  "Nga",
  "Ngọc",
  "Phương",
  "Thủy",
  "Yến",
  "Hạnh",
  "Huyền",
  "Dung",
  "Nhung",
  "Oanh",
  "Vân",
  "Hiền",
  "Loan",
  "Liên",
  "Tâm",
  "Anh",
  "Giang",
  "Quyên",
  "Thúy",
  "Lệ",
  "Duyên",
  "Ánh",
  "Chi",
  "Nhàn",
  "Xuân",
  "Hồng",
  "Thơ",
  "Uyên",
] as const;

const STAFF_KIND = weighted<"CAN_BO" | "CONG_CHUC" | "VIEN_CHUC" | "NGUOI_LAO_DONG">([
  ["CAN_BO", 15],
  ["CONG_CHUC", 20],
  ["VIEN_CHUC", 55],
  ["NGUOI_LAO_DONG", 10],
]);
const POSITIONS = {
  CAN_BO: [
    "Bí thư Đảng ủy",
    "Phó Bí thư Đảng ủy",
    "Chủ tịch UBND",
    "Phó Chủ tịch UBND",
    "Chủ tịch HĐND",
    "Chủ tịch Ủy ban MTTQ",
    "Bí thư Đoàn Thanh niên",
    "Chủ tịch Hội Phụ nữ",
    "Chủ tịch Hội Nông dân",
    "Chủ tịch Hội Cựu chiến binh",
  ],
  CONG_CHUC: [
    "Văn phòng – Thống kê",
    "Địa chính – Xây dựng",
    "Tài chính – Kế toán",
    "Tư pháp – Hộ tịch",
    "Văn hóa – Xã hội",
    "Chỉ huy trưởng Quân sự",
  ],
  VIEN_CHUC: [
    "Giáo viên",
    "Giáo viên",
    "Giáo viên",
    "Hiệu trưởng",
    "Phó Hiệu trưởng",
    "Bác sĩ",
    "Y sĩ",
    "Điều dưỡng",
    "Kế toán",
  ],
  NGUOI_LAO_DONG: ["Bảo vệ", "Nhân viên phục vụ", "Lái xe", "Tạp vụ"],
} as const;

type OrgKind = "CO_QUAN" | "BAN_NGANH" | "DOAN_THE" | "BO_PHAN" | "THON_TO_DAN_PHO";
type OrgGroup = "party" | "office" | "mass" | "school" | "health" | "village";
const COMMUNE_ORGS: readonly (readonly [string, OrgKind, OrgGroup])[] = [
  ["Đảng ủy", "CO_QUAN", "party"],
  ["Hội đồng nhân dân", "CO_QUAN", "party"],
  ["Ủy ban nhân dân", "CO_QUAN", "office"],
  ["Văn phòng HĐND và UBND", "BO_PHAN", "office"],
  ["Công an", "BAN_NGANH", "office"],
  ["Ban Chỉ huy Quân sự", "BAN_NGANH", "office"],
  ["Ủy ban Mặt trận Tổ quốc", "DOAN_THE", "mass"],
  ["Hội Liên hiệp Phụ nữ", "DOAN_THE", "mass"],
  ["Đoàn Thanh niên Cộng sản Hồ Chí Minh", "DOAN_THE", "mass"],
  ["Hội Nông dân", "DOAN_THE", "mass"],
  ["Hội Cựu chiến binh", "DOAN_THE", "mass"],
  ["Trường Mầm non", "CO_QUAN", "school"],
  ["Trường Tiểu học", "CO_QUAN", "school"],
  ["Trường Trung học cơ sở", "CO_QUAN", "school"],
  ["Trạm Y tế", "CO_QUAN", "health"],
];
const ORG_GROUPS_BY_KIND: Record<keyof typeof POSITIONS, readonly OrgGroup[]> = {
  CAN_BO: ["party", "office", "mass"],
  CONG_CHUC: ["office"],
  VIEN_CHUC: ["school", "school", "school", "health"],
  NGUOI_LAO_DONG: ["office", "school", "village"],
};

const DISTRICT_NAMES = [
  "Trực Ninh",
  "Hải Hậu",
  "Giao Thủy",
  "Xuân Trường",
  "Nghĩa Hưng",
  "Ý Yên",
  "Vụ Bản",
  "Nam Trực",
  "Mỹ Lộc",
  "Kim Sơn",
];
const PLACE_A = [
  "Yên",
  "Hải",
  "Nghĩa",
  "Trực",
  "Xuân",
  "Giao",
  "Hồng",
  "Thanh",
  "Minh",
  "Tân",
  "Phú",
  "Đại",
  "Quang",
  "Hòa",
  "Kim",
  "Vĩnh",
  "Nam",
  "Đông",
  "Tam",
  "Liên",
];
const PLACE_B = [
  "Lợi",
  "Hưng",
  "Thịnh",
  "Phong",
  "An",
  "Bình",
  "Thắng",
  "Hòa",
  "Sơn",
  "Lâm",
  "Thành",
  "Tiến",
  "Phúc",
  "Thuận",
  "Trung",
  "Đồng",
];

function isoDate(y: number, m: number, d: number) {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

// ------------------------------------------------------------------------------- bulk loading

type Col = { name: string; type: string };

/** INSERT … SELECT * FROM unnest(one array per column), in batches: one round trip per batch. */
async function insertColumns(c: pg.Client, table: string, cols: Col[], rows: unknown[][]) {
  const list = cols.map((col) => `"${col.name}"`).join(", ");
  const arrays = cols.map((col, i) => `$${i + 1}::${col.type}[]`).join(", ");
  const sql = `INSERT INTO "${table}" (${list}) SELECT * FROM unnest(${arrays})`;
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    const batch = rows.slice(start, start + INSERT_BATCH);
    await c.query(
      sql,
      cols.map((_, i) => batch.map((r) => r[i])),
    );
  }
}

type UnitRow = { id: string; code: string; name: string; kind: string; parentId: string | null; path: string };
type Dataset = {
  province: UnitRow;
  districts: UnitRow[];
  communes: UnitRow[];
  /** Communes of districts[0], the reviewer's district. */
  reviewerCommunes: UnitRow[];
  peopleByUnit: Map<string, number>;
  rareName: string;
  counts: { units: number; people: number; organisations: number; disciplines: number };
};

async function loadData(c: pg.Client): Promise<Dataset> {
  const now = new Date().toISOString();
  const units: UnitRow[] = [];
  const addUnit = (code: string, name: string, kind: string, parent: UnitRow | null) => {
    const id = newId();
    const row = { id, code, name, kind, parentId: parent?.id ?? null, path: childPath(parent?.path ?? null, id) };
    units.push(row);
    return row;
  };

  const province = addUnit("36", "Tỉnh Sông Hồng (thử tải)", "TINH", null);
  const districts = DISTRICT_NAMES.slice(0, DISTRICTS).map((n, i) =>
    addUnit(String(356 + i), `Huyện ${n}`, "HUYEN", province),
  );
  // The reviewer's district gets 20 communes; the 160 others go 18/17 over the other nine.
  const perDistrict = [20, ...Array.from({ length: DISTRICTS - 1 }, (_, i) => (i < 7 ? 18 : 17))];
  if (perDistrict.reduce((a, b) => a + b, 0) !== COMMUNES_UNDER_DISTRICTS)
    throw new Error("commune split does not add up");
  const placeNames = PLACE_A.flatMap((a) => PLACE_B.map((b) => `${a} ${b}`)).sort(() => rand() - 0.5);
  let communeCode = 13_600;
  const communes: UnitRow[] = [];
  districts.forEach((d, di) => {
    for (let i = 0; i < perDistrict[di]!; i++) {
      const thiTran = i === 0; // one thị trấn (the district seat) per district
      const place = placeNames.pop()!;
      communes.push(
        addUnit(String(communeCode++), `${thiTran ? "Thị trấn" : "Xã"} ${place}`, thiTran ? "THI_TRAN" : "XA", d),
      );
    }
  });
  // Two-level structure since 1/7/2025: communes and wards directly under the province.
  for (let i = 0; i < COMMUNES_UNDER_PROVINCE; i++) {
    const ward = i < 6;
    const place = placeNames.pop()!;
    communes.push(
      addUnit(String(communeCode++), `${ward ? "Phường" : "Xã"} ${place}`, ward ? "PHUONG" : "XA", province),
    );
  }
  await insertColumns(
    c,
    "Unit",
    [
      { name: "id", type: "text" },
      { name: "code", type: "text" },
      { name: "name", type: "text" },
      { name: "kind", type: '"UnitKind"' },
      { name: "parentId", type: "text" },
      { name: "path", type: "text" },
      { name: "depth", type: "int4" },
    ],
    units.map((u) => [u.id, u.code, u.name, u.kind, u.parentId, u.path, depthOf(u.path)]),
  );

  // Organisations: the commune's bodies plus its villages (thôn) or residential groups (tổ dân phố).
  const orgsByUnit = new Map<string, Map<OrgGroup, string[]>>();
  const orgRows: unknown[][] = [];
  for (const u of communes) {
    const groups = new Map<OrgGroup, string[]>();
    const add = (name: string, kind: OrgKind, group: OrgGroup) => {
      const id = newId();
      orgRows.push([id, u.id, name, toSearchText(name), kind, now]);
      groups.set(group, [...(groups.get(group) ?? []), id]);
    };
    for (const [name, kind, group] of COMMUNE_ORGS) add(name, kind, group);
    const urban = u.kind === "PHUONG" || u.kind === "THI_TRAN";
    const villages = int(5, 14);
    for (let v = 1; v <= villages; v++) add(`${urban ? "Tổ dân phố" : "Thôn"} ${v}`, "THON_TO_DAN_PHO", "village");
    orgsByUnit.set(u.id, groups);
  }
  await insertColumns(
    c,
    "Organisation",
    [
      { name: "id", type: "text" },
      { name: "unitId", type: "text" },
      { name: "name", type: "text" },
      { name: "searchText", type: "text" },
      { name: "kind", type: '"OrganisationKind"' },
      { name: "updatedAt", type: "timestamp(3)" },
    ],
    orgRows,
  );

  // People: uneven commune sizes (weights 0.4–1.6), at least 1 person each.
  const weights = communes.map(() => 0.4 + rand() * 1.2);
  const wsum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / wsum) * PEOPLE)));
  for (let i = 0; sizes.reduce((a, b) => a + b, 0) < PEOPLE; i = (i + 1) % sizes.length) sizes[i]!++;
  const peopleByUnit = new Map<string, number>();
  const personRows: unknown[][] = [];
  const nameCount = new Map<string, number>();
  const personUnit: string[] = [];
  communes.forEach((u, ci) => {
    peopleByUnit.set(u.id, sizes[ci]!);
    const groups = orgsByUnit.get(u.id)!;
    for (let k = 0; k < sizes[ci]!; k++) {
      const male = rand() < 0.48;
      const fullName = tidyName(`${HO()} ${male ? DEM_NAM() : DEM_NU()} ${pick(male ? TEN_NAM : TEN_NU)}`);
      nameCount.set(fullName, (nameCount.get(fullName) ?? 0) + 1);
      const staffKind = STAFF_KIND();
      const orgIds = groups.get(pick(ORG_GROUPS_BY_KIND[staffKind]));
      const organisationId = orgIds && rand() < 0.85 ? pick(orgIds) : null;
      const id = newId();
      personUnit.push(u.id);
      personRows.push([
        id,
        u.id,
        fullName,
        toSortName(fullName),
        toSearchText(fullName),
        isoDate(int(1962, 2002), int(1, 12), int(1, 28)),
        male ? "NAM" : "NU",
        staffKind,
        pick(POSITIONS[staffKind]),
        organisationId,
        rand() < 0.4,
        now,
      ]);
    }
  });
  await insertColumns(
    c,
    "Person",
    [
      { name: "id", type: "text" },
      { name: "unitId", type: "text" },
      { name: "fullName", type: "text" },
      { name: "sortName", type: "text" },
      { name: "searchText", type: "text" },
      { name: "dateOfBirth", type: "date" },
      { name: "gender", type: '"Gender"' },
      { name: "staffKind", type: '"StaffKind"' },
      { name: "position", type: "text" },
      { name: "organisationId", type: "text" },
      { name: "partyMember", type: "bool" },
      { name: "updatedAt", type: "timestamp(3)" },
    ],
    personRows,
  );

  // Discipline records on ~6 % of people (some with two).
  const levels = [
    "KHIEN_TRACH",
    "KHIEN_TRACH",
    "KHIEN_TRACH",
    "CANH_CAO",
    "CANH_CAO",
    "HA_BAC_LUONG",
    "GIANG_CHUC",
    "CACH_CHUC",
    "BUOC_THOI_VIEC",
  ];
  const reasons = [
    "Vi phạm quy chế làm việc",
    "Chậm trễ giải quyết thủ tục hành chính",
    "Vi phạm quy định quản lý đất đai",
    "Thiếu trách nhiệm trong công tác",
  ];
  const disciplineRows: unknown[][] = [];
  for (let k = 0; k < DISCIPLINES; k++) {
    const p = int(0, personRows.length - 1);
    const under = rand() < 0.15;
    const y = int(2019, 2025);
    disciplineRows.push([
      newId(),
      personUnit[p]!,
      personRows[p]![0],
      under ? null : pick(levels),
      under ? "UNDER_CONSIDERATION" : "DECIDED",
      under ? null : `${int(1, 250)}/QĐ-UBND`,
      pick(reasons),
      isoDate(y, int(1, 12), int(1, 28)),
      under ? null : isoDate(y + 1, int(1, 12), int(1, 28)),
    ]);
  }
  await insertColumns(
    c,
    "DisciplineRecord",
    [
      { name: "id", type: "text" },
      { name: "unitId", type: "text" },
      { name: "personId", type: "text" },
      { name: "level", type: '"DisciplineLevel"' },
      { name: "status", type: '"DisciplineStatus"' },
      { name: "decisionNumber", type: "text" },
      { name: "reason", type: "text" },
      { name: "effectiveFrom", type: "date" },
      { name: "effectiveTo", type: "date" },
    ],
    disciplineRows,
  );

  // Steady state: statistics and visibility map as autovacuum would leave them.
  for (const t of ["Unit", "Organisation", "Person", "DisciplineRecord"]) await c.query(`VACUUM (ANALYZE) "${t}"`);

  // A name held by exactly one person outside the reviewer's district: a "look one person up" search.
  const reviewerUnitIds = new Set(communes.slice(0, perDistrict[0]).map((u) => u.id));
  const rareName =
    personRows
      .map((r) => r[2] as string)
      .find((n, i) => nameCount.get(n) === 1 && !reviewerUnitIds.has(personUnit[i]!) && !n.startsWith("Nguyễn")) ??
    (personRows[0]![2] as string);

  return {
    province,
    districts,
    communes,
    reviewerCommunes: communes.slice(0, perDistrict[0]),
    peopleByUnit,
    rareName,
    counts: {
      units: units.length,
      people: personRows.length,
      organisations: orgRows.length,
      disciplines: disciplineRows.length,
    },
  };
}

// ------------------------------------------------------------------------------- measuring

/** Nearest-rank percentile. */
function percentile(sorted: number[], p: number) {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const ms = (v: number) => v.toFixed(1);

type Case = { name: string; actor: Actor; search: SearchParams };
type Result = { name: string; total: number; p50: number; p95: number; min: number; max: number };

// ------------------------------------------------------------------------------- main

async function main(): Promise<number> {
  try {
    return await withBenchDatabase("thidua_bench", peopleList, { log });
  } finally {
    console.log(`\nTotal runtime: ${elapsed()}`);
  }
}

async function peopleList({ name: dbName, url, embedded }: BenchDatabase): Promise<number> {
  let client: pg.Client | null = null;
  let appDb: { $disconnect(): Promise<void> } | null = null;
  const extraClients: { $disconnect(): Promise<void> }[] = [];
  try {
    client = new pg.Client({ connectionString: url });
    await client.connect();
    const tLoad = performance.now();
    const data = await loadData(client);
    const loadSeconds = (performance.now() - tLoad) / 1000;
    log(
      `loaded ${data.counts.people} people, ${data.counts.units} units, ${data.counts.organisations} organisations, ${data.counts.disciplines} discipline records in ${loadSeconds.toFixed(1)} s`,
    );

    // Only now may src/server modules be imported: the db client reads env on first use.
    process.env.DATABASE_URL = url;
    process.env.AUTH_SECRET ??= "people-list-benchmark-secret-not-for-production";
    const { db } = await import("../../src/server/db/client");
    const { findActorBySession } = await import("../../src/server/data/sessions");
    const { listPeople, PERSON_SORT_KEYS } = await import("../../src/server/data/people");
    appDb = db();

    async function makeActor(unit: UnitRow, roles: RoleCode[], label: string): Promise<Actor> {
      const user = await db().user.create({
        data: { email: `${label}@bench.thidua.vn`, name: `Bench ${label}`, passwordHash: "x" },
      });
      await db().membership.createMany({ data: roles.map((role) => ({ userId: user.id, unitId: unit.id, role })) });
      const session = await db().session.create({
        data: { userId: user.id, activeUnitId: unit.id, expiresAt: new Date(Date.now() + 3_600_000) },
      });
      const actor = await findActorBySession(session.id);
      if (!actor) throw new Error(`actor ${label} not found`);
      return actor;
    }
    // The officer's commune: the one of median size in the reviewer's district.
    const bySize = [...data.reviewerCommunes].sort(
      (a, b) => data.peopleByUnit.get(a.id)! - data.peopleByUnit.get(b.id)!,
    );
    const officerUnit = bySize[Math.floor(bySize.length / 2)]!;
    const officer = await makeActor(officerUnit, ["OFFICER"], "canbo");
    const reviewer = await makeActor(data.districts[0]!, ["REVIEWER"], "noivu");
    const chair = await makeActor(data.province, ["CHAIR"], "chutich");

    const cases: Case[] = [
      { name: "Commune officer · page 1, sortName", actor: officer, search: {} },
      { name: 'Commune officer · search "nguyen van"', actor: officer, search: { q: "nguyen van" } },
      { name: "District reviewer (20 communes) · page 1", actor: reviewer, search: {} },
      { name: 'District reviewer · search "nguyen van"', actor: reviewer, search: { q: "nguyen van" } },
      { name: 'Province chair · search "tran thi"', actor: chair, search: { q: "tran thi" } },
      { name: "Province chair · page 50", actor: chair, search: { trang: "50" } },
      { name: `Province chair · search one person "${data.rareName}"`, actor: chair, search: { q: data.rareName } },
    ];
    const paramsOf = (c: Case) => parseTableParams(c.search, { sortKeys: PERSON_SORT_KEYS, defaultSort: "sortName" });

    async function measure(list: Case[]): Promise<Result[]> {
      const results: Result[] = [];
      for (const c of list) {
        const params = paramsOf(c);
        let total = 0;
        for (let i = 0; i < WARMUP; i++) total = (await listPeople(c.actor, params)).total;
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const s = performance.now();
          await listPeople(c.actor, params);
          times.push(performance.now() - s);
        }
        times.sort((a, b) => a - b);
        const r = {
          name: c.name,
          total,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          min: times[0]!,
          max: times.at(-1)!,
        };
        log(`${c.name}: p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms (${total} rows)`);
        results.push(r);
      }
      return results;
    }

    /** The SQL listPeople sends for a case, captured from a query-logging client swapped in for one call. */
    let logging: {
      client: { $on(ev: "query", cb: (e: { query: string; params: string }) => void): void };
      seen: { query: string; params: unknown[] }[];
    } | null = null;
    async function captureSql(c: Case): Promise<{ query: string; params: unknown[] }[]> {
      if (!logging) {
        const { PrismaClient } = await import("../../src/generated/prisma/client");
        const { PrismaPg } = await import("@prisma/adapter-pg");
        const client = new PrismaClient({
          adapter: new PrismaPg({ connectionString: url }),
          log: [{ emit: "event", level: "query" }],
        });
        extraClients.push(client);
        const seen: { query: string; params: unknown[] }[] = [];
        client.$on("query", (e) => seen.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }));
        logging = { client, seen };
      }
      logging.seen.length = 0;
      const holder = globalThis as unknown as { prisma?: unknown };
      const saved = holder.prisma;
      holder.prisma = logging.client;
      try {
        await listPeople(c.actor, paramsOf(c));
      } finally {
        holder.prisma = saved;
      }
      return [...logging.seen];
    }

    type Explained = { query: string; params: unknown[]; plan: string[]; paths: string; execMs: number };
    /** EXPLAIN (ANALYZE, BUFFERS) of every statement listPeople sends for a case. */
    async function explainCase(c: Case): Promise<Explained[]> {
      const out: Explained[] = [];
      for (const s of await captureSql(c)) {
        const { rows } = await client!.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.query}`, s.params);
        const plan = rows.map((r: Record<string, string>) => r["QUERY PLAN"]!);
        const nodes = plan
          .map((l) =>
            /(Seq Scan|Index Only Scan|Index Scan|Bitmap Index Scan|Bitmap Heap Scan)(?: using (\S+))? on (\S+)/.exec(
              l,
            ),
          )
          .filter((m): m is RegExpExecArray => m !== null)
          .map((m) => `${m[1]!.replace("Parallel ", "")}${m[2] ? ` using ${m[2]}` : ""} on ${m[3]}`);
        const execMs = Number(/Execution Time: ([\d.]+)/.exec(plan.join("\n"))?.[1] ?? 0);
        out.push({ ...s, plan, paths: [...new Set(nodes)].join("; ") || "(none)", execMs });
      }
      return out;
    }
    const kindOf = (q: string) =>
      q.startsWith("SELECT COUNT")
        ? "count"
        : /FROM "public"\."Person"/.test(q)
          ? "rows"
          : (/FROM "public"\."(\w+)"/.exec(q)?.[1] ?? "?");

    /** One line per case: where the time goes in PostgreSQL and which access paths the planner picked. */
    async function printAccessPaths(list: Case[]) {
      console.log("| case | server time ms (rows / count / relations) | Person rows query | count query |");
      console.log("|---|---|---|---|");
      for (const c of list) {
        const ex = await explainCase(c);
        const rowsQ = ex.find((e) => kindOf(e.query) === "rows");
        const countQ = ex.find((e) => kindOf(e.query) === "count");
        const rel = ex.filter((e) => e !== rowsQ && e !== countQ).reduce((t, e) => t + e.execMs, 0);
        console.log(
          `| ${c.name} | ${rowsQ?.execMs.toFixed(1)} / ${countQ?.execMs.toFixed(1)} / ${rel.toFixed(2)} | ${rowsQ?.paths} | ${countQ?.paths} |`,
        );
      }
    }

    /** Full plans of a case's costly statements, one line for the rest. */
    async function printExplain(c: Case, heading: string) {
      const explained = await explainCase(c);
      console.log(`\n### ${heading}: ${c.name}\n`);
      console.log(
        `listPeople sends ${explained.length} statements: the Person query, then one query per included relation (organisation, unit), and the count in parallel.\n`,
      );
      for (const [i, e] of explained.entries()) {
        const shortParams =
          e.params.length > 4
            ? `${JSON.stringify(e.params.slice(0, 2)).slice(0, -1)}, … ${e.params.length} params]`
            : JSON.stringify(e.params);
        console.log(
          `- Statement ${i + 1} (${kindOf(e.query)}): ${e.execMs.toFixed(3)} ms — ${e.paths} — params ${shortParams}`,
        );
      }
      for (const [i, e] of explained.entries()) {
        if (e.execMs < 0.5) continue;
        console.log(`\n**Statement ${i + 1}** (params ${JSON.stringify(e.params)})\n`);
        console.log("```sql\n" + e.query + "\n```\n");
        console.log("```\n" + e.plan.join("\n") + "\n```");
      }
      const search = explained
        .map((s) => /"searchText"(?:::text)? (?:NOT )?I?LIKE \([^)]*\)/.exec(s.query)?.[0])
        .find(Boolean);
      if (search)
        console.log(
          `\nSearch predicate as emitted by Prisma: \`${search}\` (case-sensitive LIKE on the pre-folded column, not ILIKE).`,
        );
    }

    // Process warm-up: every case a few times first, so the first measured case does not pay for
    // JIT, the Prisma query-plan cache and the pool filling up.
    for (const c of cases) for (let i = 0; i < WARMUP; i++) await listPeople(c.actor, paramsOf(c));
    const results = await measure(cases);

    // ------------------------------------------------------------------ report
    const pgVersion = (await client.query("SHOW server_version")).rows[0].server_version as string;
    const sizes = (
      await client.query(
        `SELECT pg_size_pretty(pg_total_relation_size('"Person"')) AS person, pg_size_pretty(pg_database_size(current_database())) AS db,
                (SELECT count(*) FROM "Unit" WHERE "kind" IN ('XA','PHUONG','THI_TRAN')) AS communes`,
      )
    ).rows[0] as { person: string; db: string; communes: string };
    const cpus = os.cpus();
    const unitSizes = data.communes.map((u) => data.peopleByUnit.get(u.id)!);
    const reviewerPeople = data.reviewerCommunes.reduce((s, u) => s + data.peopleByUnit.get(u.id)!, 0);

    console.log(`# People list benchmark (listPeople, /nhan-su)\n`);
    console.log(
      `- Machine: ${cpus.length} × ${cpus[0]?.model ?? "?"}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`,
    );
    console.log(`- PostgreSQL ${pgVersion} (${embedded ? "embedded" : "DATABASE_URL"}), database ${dbName}`);
    console.log(
      `- Dataset: ${data.counts.units} units (1 province, ${data.districts.length} districts, ${sizes.communes} communes: ${COMMUNES_UNDER_DISTRICTS} under districts, ${COMMUNES_UNDER_PROVINCE} directly under the province), ` +
        `${data.counts.people} people (${Math.min(...unitSizes)}–${Math.max(...unitSizes)} per commune; officer's commune ${data.peopleByUnit.get(officerUnit.id)}, reviewer's district ${reviewerPeople}), ` +
        `${data.counts.organisations} organisations, ${data.counts.disciplines} discipline records; Person table + indexes ${sizes.person}, database ${sizes.db}; loaded in ${loadSeconds.toFixed(1)} s`,
    );
    console.log(
      `- Method: listPeople(actor, parseTableParams(...)) as the page calls it (page size 20, findMany + count); ${WARMUP} warm-up + ${RUNS} timed runs per case, sequential, warm cache\n`,
    );
    console.log("| case | rows matched | p50 ms | p95 ms |");
    console.log("|---|---:|---:|---:|");
    for (const r of results) console.log(`| ${r.name} | ${r.total} | ${ms(r.p50)} | ${ms(r.p95)} |`);

    console.log(`\n## Where the time goes (one EXPLAIN ANALYZE per statement, server-side execution time)\n`);
    await printAccessPaths(cases);
    const slowest = results.reduce((a, b) => (b.p50 > a.p50 ? b : a));
    await printExplain(
      cases.find((c) => c.name === slowest.name)!,
      "EXPLAIN (ANALYZE, BUFFERS) of the slowest case",
    );
    if (slowest.name !== cases[0]!.name)
      await printExplain(cases[0]!, "EXPLAIN (ANALYZE, BUFFERS) of the most frequent case");

    // ------------------------------------------------------------------ index experiments
    // Each index is created in the bench database only, measured, explained and dropped again.
    const hasTrgm = Boolean(
      (await client.query("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).rowCount,
    );
    const experiments = [
      {
        title: "GIN trigram index on Person.searchText",
        enabled: process.env.BENCH_TRGM !== "0" && hasTrgm,
        skipped: hasTrgm ? "BENCH_TRGM=0" : "pg_trgm is not available on this server",
        setup: [
          "CREATE EXTENSION IF NOT EXISTS pg_trgm",
          `CREATE INDEX "bench_idx" ON "Person" USING gin ("searchText" gin_trgm_ops)`,
        ],
        ddl: `CREATE INDEX … ON "Person" USING gin ("searchText" gin_trgm_ops)`,
        cases: cases.filter((c) => c.search.q),
      },
      {
        title: "B-tree index on Person (sortName, id) for the subtree lists",
        enabled: process.env.BENCH_SORT_INDEX !== "0",
        skipped: "BENCH_SORT_INDEX=0",
        setup: [`CREATE INDEX "bench_idx" ON "Person" ("sortName", "id")`],
        ddl: `CREATE INDEX … ON "Person" ("sortName", "id")  -- sortName carries COLLATE vi_vn`,
        cases: cases.filter((c) => !c.search.q),
      },
    ];
    for (const x of experiments) {
      if (!x.enabled) {
        console.log(`\n## Experiment: ${x.title} — skipped (${x.skipped})`);
        continue;
      }
      // A fresh baseline right before the index, so both columns share JIT/cache warmth.
      log(`experiment "${x.title}": baseline`);
      const before = await measure(x.cases);
      const tIdx = performance.now();
      for (const sql of x.setup) await client.query(sql);
      await client.query(`ANALYZE "Person"`);
      const idxSeconds = (performance.now() - tIdx) / 1000;
      const idxSize = (await client.query(`SELECT pg_size_pretty(pg_relation_size('"bench_idx"')) AS s`)).rows[0]
        .s as string;
      log(`experiment "${x.title}": index built, re-measuring ${x.cases.length} cases`);
      const after = await measure(x.cases);
      console.log(`\n## Experiment: ${x.title} (bench database only, not a migration)\n`);
      console.log(
        `\`${x.ddl}\`: built in ${idxSeconds.toFixed(1)} s, ${idxSize}. "Before" is re-measured just before the index is built.\n`,
      );
      console.log("| case | rows matched | p50 ms before | p50 ms after | p95 ms before | p95 ms after |");
      console.log("|---|---:|---:|---:|---:|---:|");
      for (const a of after) {
        const b = before.find((r) => r.name === a.name)!;
        console.log(`| ${a.name} | ${a.total} | ${ms(b.p50)} | ${ms(a.p50)} | ${ms(b.p95)} | ${ms(a.p95)} |`);
      }
      console.log("");
      await printAccessPaths(x.cases);
      const slowestAfter = after.reduce((a, b) => (b.p50 > a.p50 ? b : a));
      await printExplain(
        x.cases.find((c) => c.name === slowestAfter.name)!,
        `With the index, slowest case`,
      );
      await client.query(`DROP INDEX "bench_idx"`);
      await client.query(`ANALYZE "Person"`);
    }
    return 0;
  } finally {
    await Promise.allSettled([...extraClients, ...(appDb ? [appDb] : [])].map((c) => c.$disconnect()));
    await client?.end().catch(() => {});
  }
}

runBench(main);
