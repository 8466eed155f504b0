import "server-only";
import { Worker } from "node:worker_threads";
import type { SheetCell } from "@/schemas/person-sheet";
import { officePackageProblem } from "@/server/storage/office-package";

/**
 * The first sheet of an uploaded .xlsx, read so that no file can stall the server: the archive is
 * checked first (office-package.ts: entry count, unpacked size, sizes that do not lie, no macros),
 * then parsed by `read-excel-file` in a worker thread with its own memory ceiling and a time limit,
 * at most two at a time. A sheet bomb (a 205 KB file unpacking to one 200 MiB cell) is refused by
 * the first step in milliseconds; what slips through is stopped by the second, while the server's
 * own thread keeps answering other users.
 */

export type SheetLimits = { timeoutMs: number; maxMemoryMb: number };
export const SHEET_LIMITS: SheetLimits = { timeoutMs: 15_000, maxMemoryMb: 256 };
const MAX_PARALLEL = 2;

const NOT_XLSX = "Tệp không phải bảng tính Excel (.xlsx).";
const UNREADABLE = "Không đọc được bảng tính. Hãy lưu lại tệp dưới dạng .xlsx.";
const TOO_SLOW = "Bảng tính quá lớn hoặc quá phức tạp để đọc trong thời gian cho phép. Hãy chia nhỏ tệp.";
const TOO_BIG = "Bảng tính cần quá nhiều bộ nhớ để đọc. Hãy chia nhỏ tệp.";

/**
 * The worker's whole program. Given as source (eval) rather than a file so that the bundler of
 * `next build` has nothing to rewrite: it loads `read-excel-file` from node_modules as Node does.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
import("read-excel-file/node")
  .then(({ readSheet }) => readSheet(Buffer.from(workerData)))
  .then((rows) => parentPort.postMessage({ rows }), () => parentPort.postMessage({ error: true }));
`;

/** Rows of cells, or the Vietnamese message saying why the file is not read. */
export async function readXlsxSheet(
  bytes: Uint8Array,
  limits: SheetLimits = SHEET_LIMITS,
): Promise<{ ok: true; rows: SheetCell[][] } | { ok: false; message: string }> {
  if (!(bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04))
    return { ok: false, message: NOT_XLSX };
  const problem = await officePackageProblem(bytes, "xlsx");
  if (problem) return { ok: false, message: problem };
  await slot.acquire();
  try {
    return await parseInWorker(bytes, limits);
  } finally {
    slot.release();
  }
}

function parseInWorker(bytes: Uint8Array, limits: SheetLimits) {
  return new Promise<{ ok: true; rows: SheetCell[][] } | { ok: false; message: string }>((resolve) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: bytes,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    let settled = false;
    const finish = (result: { ok: true; rows: SheetCell[][] } | { ok: false; message: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, message: TOO_SLOW }), limits.timeoutMs);
    worker.on("message", (m: { rows?: SheetCell[][]; error?: true }) =>
      finish(m.rows ? { ok: true, rows: m.rows } : { ok: false, message: UNREADABLE }),
    );
    worker.on("error", (error: Error & { code?: string }) =>
      finish({ ok: false, message: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? TOO_BIG : UNREADABLE }),
    );
    worker.on("exit", () => finish({ ok: false, message: UNREADABLE }));
  });
}

/** A counting semaphore: parsing is CPU work, and the server has few cores to share. */
const slot = (() => {
  let free = MAX_PARALLEL;
  const waiting: (() => void)[] = [];
  return {
    acquire: () =>
      new Promise<void>((resolve) => {
        if (free > 0) {
          free--;
          resolve();
        } else waiting.push(resolve);
      }),
    release: () => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
})();
