/**
 * Benchmark of the registration .xlsx export (issue 15 p5: a 500-row file ≤ 1 s p95 at 20 users):
 *
 *   npm run bench:export   (after the award history's)
 *
 * Creates a fresh database `thidua_bench_registration_<ts>` on DATABASE_URL's server (or the
 * embedded one), applies the real migrations, has BENCH_UNITS (25) communes register for a district
 * plan with BENCH_ROWS (500) rows in all, and times the export as the route makes it
 * (registrationXlsx read to its end: the counts in SQL, the units' rows in batches, the streamed
 * workbook of a summary and a sheet per unit) for one user and for BENCH_USERS (20) at once,
 * BENCH_ROUNDS times each. In-process, without HTTP. Prints p50/p95 and the file size, beside the
 * same reads without a workbook (the floor); checks the file holds every row. Environment:
 * DATABASE_URL, BENCH_ROWS, BENCH_UNITS, BENCH_USERS, BENCH_ROUNDS (5), KEEP_BENCH_DB=1.
 */
import { performance } from "node:perf_hooks";
import readExcelFile from "read-excel-file/node";
import { runBench, withBenchDatabase } from "./bench-database";
import { timeExport } from "./export-timing";

const intEnv = (name: string, dflt: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : dflt;
};
const ROWS = intEnv("BENCH_ROWS", 500);
const UNITS = intEnv("BENCH_UNITS", 25);
const USERS = intEnv("BENCH_USERS", 20);
const ROUNDS = intEnv("BENCH_ROUNDS", 5);
const CODES = ["LDTT", "CSTD_CS", "TTLDTT"];

const main = () => withBenchDatabase("thidua_bench_registration", registrationBench);

async function registrationBench({ url }: { url: string }): Promise<number> {
  let appDb: { $disconnect(): Promise<void> } | null = null;
  try {
    // Only now may src/server modules be imported: the db client reads env on first use.
    process.env.DATABASE_URL = url;
    process.env.AUTH_SECRET ??= "export-benchmark-secret-not-for-production";
    const { db } = await import("../../src/server/db/client");
    appDb = db();
    const { createUnit } = await import("../../tests/support/factories");
    const { districtPlan } = await import("../../tests/support/district-plan");
    const { registrationXlsx } = await import("../../src/server/services/registration-export");
    const { bytesOf } = await import("../../src/server/documents/xlsx-stream");
    const { exportRegistrationBatches, planRegistrationCounts } =
      await import("../../src/server/data/registration-review");

    const { tree, chair, plan } = await districtPlan({ quota: "" });
    await db().plan.update({ where: { id: plan.id }, data: { registrationItems: CODES } });
    const { year } = await planRegistrationCounts(chair, plan.id);
    const units = [tree.c1, tree.c2];
    while (units.length < UNITS) units.push(await createUnit(`Xã Số ${units.length + 1}`, "XA", tree.d1));
    for (const [n, unit] of units.entries()) {
      // The rows dealt out evenly: unit n gets rows n, n + UNITS, n + 2·UNITS, …
      const count = Math.floor(ROWS / UNITS) + (n < ROWS % UNITS ? 1 : 0);
      await db().registration.create({
        data: {
          planId: plan.id,
          unitId: unit.id,
          year,
          status: n % 4 === 3 ? "SENT" : "APPROVED",
          rows: {
            create: Array.from({ length: count }, (_, i) => ({
              position: i,
              kind: i === 0 ? ("COLLECTIVE" as const) : ("INDIVIDUAL" as const),
              label: i === 0 ? unit.name : `Nguyễn Văn Người ${n + 1}-${i}`,
              items: i === 0 ? ["TTLDTT"] : CODES.slice(0, 1 + (i % 2)),
              commitment: "Hoàn thành xuất sắc nhiệm vụ được giao",
            })),
          },
        },
      });
    }

    const file = await bytesOf((await registrationXlsx(chair, plan.id)).stream); // warm-up, and the check
    const sheets = await readExcelFile(file);
    const dataRows = sheets
      .slice(1)
      .reduce((n, s) => n + s.data.filter((r) => r.at(-1) === "Hoàn thành xuất sắc nhiệm vụ được giao").length, 0);
    if (dataRows !== ROWS) throw new Error(`the file holds ${dataRows} rows, not ${ROWS}`);

    const once = async () => {
      const t = performance.now();
      await bytesOf((await registrationXlsx(chair, plan.id)).stream);
      return performance.now() - t;
    };
    // The floor: the same reads (counts, then the units' rows in batches), no workbook written.
    const readOnly = async () => {
      const t = performance.now();
      const { lines } = await planRegistrationCounts(chair, plan.id);
      for await (const batch of exportRegistrationBatches(chair, plan.id, lines)) void batch;
      return performance.now() - t;
    };
    console.log(
      `\n# Registration .xlsx, ${ROWS} rows of ${UNITS} units (${sheets.length} sheets, ${(file.length / 1024).toFixed(0)} kB)\n`,
    );
    await timeExport({ file: once, read: readOnly, users: USERS, rounds: ROUNDS });
    return 0;
  } finally {
    await appDb?.$disconnect();
  }
}

runBench(main);
