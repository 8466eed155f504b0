/**
 * Benchmark of the award history .xlsx export (issue 15 p5: a 500-row file ≤ 1 s p95 at 20 users):
 *
 *   npm run bench:export
 *
 * Creates a fresh database `thidua_bench_export_<ts>` on DATABASE_URL's server (or the embedded one),
 * applies the real migrations, gives one commune BENCH_ROWS awards (500) entered from paper, and
 * times the export as the route makes it (awardHistoryXlsxStream read to its end: scope, keyset
 * batches, the streamed workbook) for one user and for BENCH_USERS (20) at once, BENCH_ROUNDS times
 * each. In-process, without HTTP: the route adds the sign-in lookup (bench:requests measures that).
 * Prints p50/p95 and the file size, beside the same batches read without writing a workbook (the
 * floor); checks the file holds every row. Environment: DATABASE_URL,
 * BENCH_ROWS, BENCH_USERS, BENCH_ROUNDS (5), KEEP_BENCH_DB=1.
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
const USERS = intEnv("BENCH_USERS", 20);
const ROUNDS = intEnv("BENCH_ROUNDS", 5);

const main = () => withBenchDatabase("thidua_bench_export", exportBench);

async function exportBench({ url }: { url: string }): Promise<number> {
  let appDb: { $disconnect(): Promise<void> } | null = null;
  try {
    // Only now may src/server modules be imported: the db client reads env on first use.
    process.env.DATABASE_URL = url;
    process.env.AUTH_SECRET ??= "export-benchmark-secret-not-for-production";
    const { db } = await import("../../src/server/db/client");
    appDb = db();
    const { createActor, createTree } = await import("../../tests/support/factories");
    const { awardHistoryXlsxStream } = await import("../../src/server/services/award-history");
    const { bytesOf } = await import("../../src/server/documents/xlsx-stream");
    const { exportAwardBatches } = await import("../../src/server/data/awards");

    const tree = await createTree();
    await db().awardRecord.createMany({
      data: Array.from({ length: ROWS }, (_, i) => ({
        unitId: tree.c1.id,
        kind: "INDIVIDUAL" as const,
        label: `Nguyễn Văn Người ${i + 1}`,
        name: "Chiến sĩ thi đua cơ sở",
        year: 2020 + (i % 6),
        decisionNumber: `${i + 1}/QĐ-UBND`,
        decidedOn: new Date(Date.UTC(2020 + (i % 6), 11, 15)),
        conferredBy: "Chủ tịch UBND huyện",
        amount: 2_340_000,
        rewardKind: "CATALOGUE" as const,
        source: "ENTERED" as const,
      })),
    });
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const file = await bytesOf(awardHistoryXlsxStream(officer, {})); // warm-up, and the check
    const [sheet] = await readExcelFile(file);
    const dataRows = sheet!.data.length - 3;
    if (dataRows !== ROWS) throw new Error(`the file holds ${dataRows} rows, not ${ROWS}`);

    const once = async () => {
      const t = performance.now();
      await bytesOf(awardHistoryXlsxStream(officer, {}));
      return performance.now() - t;
    };
    // The floor: the same batches read, no workbook written.
    const readOnly = async () => {
      const t = performance.now();
      for await (const batch of exportAwardBatches(officer, {})) void batch;
      return performance.now() - t;
    };
    console.log(`\n# Award history .xlsx, ${ROWS} rows (${(file.length / 1024).toFixed(0)} kB)\n`);
    await timeExport({ file: once, read: readOnly, users: USERS, rounds: ROUNDS });
    return 0;
  } finally {
    await appDb?.$disconnect();
  }
}

runBench(main);
