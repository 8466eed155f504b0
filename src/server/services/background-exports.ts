import "server-only";
import { z } from "zod";
import { env } from "@/env";
import { AppError, conflict } from "@/domain/errors";
import { exportKey, madeInBackground } from "@/domain/exports/background";
import { XLSX } from "@/lib/file-types";
import type { Actor } from "@/server/auth/actor-types";
import { countAwardsForExport } from "@/server/data/awards";
import {
  claimExport,
  deleteExportRows,
  expiredExports,
  failExport,
  finishExport,
  queueExport,
  registrationExportSize,
  requesterOf,
  type ExportKindCode,
} from "@/server/data/export-files";
import { bytesOf } from "@/server/documents/xlsx-stream";
import type { FileStorage } from "@/server/storage/file-storage";
import { fileStorage } from "@/server/storage/storage";
import { awardHistoryXlsxStream } from "./award-history";
import { registrationXlsx } from "./registration-export";

/**
 * The two long exports, made in the request when small and by the worker when large (issue 15).
 * Both paths call the same `buildOf` with the same filters, so the file the worker stores is the one
 * the request would have streamed; the worker acts as the requester, with the roles it holds now.
 */

const ZAwardFilters = z.strictObject({
  q: z.string().max(200).optional(),
  year: z.number().int().min(1945).max(2100).optional(),
  round: z.string().max(200).optional(),
});
const ZRegistrationFilters = z.strictObject({
  planId: z.string().min(1).max(64),
  year: z.number().int().min(1945).max(2100).optional(),
});

export type ExportRequest =
  | { kind: "AWARD_HISTORY"; filters: z.infer<typeof ZAwardFilters> }
  | { kind: "REGISTRATION_SUMMARY"; filters: z.infer<typeof ZRegistrationFilters> };

/** A request as stored or as a route asked it, checked against its kind's filters (zod). */
export function parseExportRequest(kind: ExportKindCode, filters: unknown): ExportRequest {
  return kind === "AWARD_HISTORY"
    ? { kind, filters: ZAwardFilters.parse(filters) }
    : { kind, filters: ZRegistrationFilters.parse(filters) };
}

const awardFileName = (filters: { year?: number }) =>
  `lich-su-khen-thuong${filters.year ? `-${filters.year}` : ""}.xlsx`;

/** How many rows the file has, under what name, and its filters as settled now (what the worker uses). */
async function sizeOf(actor: Actor, request: ExportRequest) {
  if (request.kind === "AWARD_HISTORY") {
    const { filters } = request;
    return { rows: await countAwardsForExport(actor, filters), filters, fileName: awardFileName(filters) };
  }
  const { year, rows } = await registrationExportSize(actor, request.filters.planId, request.filters.year);
  // The year settled now (a plan's default year moves with the calendar): the file is of this one.
  return { rows, filters: { planId: request.filters.planId, year }, fileName: `dang-ky-thi-dua-${year}.xlsx` };
}

/** The file, streamed as it is read: what the download route sends and what the worker stores. */
async function buildOf(
  actor: Actor,
  request: ExportRequest,
): Promise<{ stream: ReadableStream<Uint8Array>; fileName: string }> {
  if (request.kind === "AWARD_HISTORY")
    return { stream: awardHistoryXlsxStream(actor, request.filters), fileName: awardFileName(request.filters) };
  return registrationXlsx(actor, request.filters.planId, request.filters.year);
}

/** Whether the browser says the request comes from another site's page (Sec-Fetch-Site). */
export const crossSite = (request: Request) => request.headers.get("sec-fetch-site") === "cross-site";

export type ExportOutcome =
  | { file: { stream: ReadableStream<Uint8Array>; fileName: string; mime: string } }
  | { queued: { id: string; rows: number; joined: boolean } };

/**
 * The export of `request` for a download route: the file itself when it has at most `threshold`
 * rows, else a queued job (or the one already queued for the same file). The rows are counted
 * through the same reads as the file, so a refusal (no permission, a plan not the actor's) comes
 * before anything is queued. `crossSite`: the request came from another site's page (its browser
 * said so, Sec-Fetch-Site); such a link may download a small file, as any link may, but queues no
 * work in the user's name — the user asks from the app's own page.
 */
export async function exportOrQueue(
  actor: Actor,
  request: ExportRequest,
  options: { threshold?: number; crossSite?: boolean } = {},
): Promise<ExportOutcome> {
  const checked = parseExportRequest(request.kind, request.filters);
  const sized = await sizeOf(actor, checked);
  if (!madeInBackground(sized.rows, options.threshold ?? env().EXPORT_BACKGROUND_ROWS))
    return { file: { ...(await buildOf(actor, checked)), mime: XLSX } };
  if (options.crossSite)
    throw conflict(
      `Tệp có ${sized.rows.toLocaleString("vi-VN")} dòng, cần được chuẩn bị: hãy mở trang của ứng dụng và bấm “Xuất Excel”.`,
    );
  const settled = Object.fromEntries(Object.entries(sized.filters).filter(([, v]) => v !== undefined));
  const queued = await queueExport(actor, {
    kind: request.kind,
    filters: settled,
    filterKey: exportKey(request.kind, settled),
    fileName: sized.fileName,
    rowCount: sized.rows,
  });
  return { queued: { ...queued, rows: sized.rows } };
}

/** Where a background export's bytes live: under `exports/`, which the sweep also watches. */
export const exportStorageKey = (row: { id: string; unitId: string }) => `exports/${row.unitId}/${row.id}.xlsx`;

/** What the requester reads when a file could not be made: the app's own words, or a general one. */
function reasonOf(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return "Có lỗi không mong muốn khi tạo tệp.";
}

/**
 * The worker's job (`export.build`): makes the file as its requester, stores it, and tells the
 * requester it is ready — or that it failed. A job already taken (done, or being made by another
 * instance) does nothing. An error after the claim is recorded as FAILED with a notice, not thrown:
 * the requester asks again rather than the queue retrying a file that failed for a reason.
 */
export async function runExportJob(exportId: string, options: { storage?: FileStorage } = {}): Promise<void> {
  const row = await claimExport(exportId);
  if (!row) return;
  try {
    const actor = await requesterOf(row);
    if (!actor) throw new AppError("forbidden", "Tài khoản của bạn không còn vai trò tại đơn vị đã yêu cầu tệp.");
    const bytes = await bytesOf((await buildOf(actor, parseExportRequest(row.kind, row.filters))).stream);
    const storageKey = exportStorageKey(row);
    await (options.storage ?? fileStorage()).put(storageKey, bytes, XLSX);
    await finishExport(row.id, { storageKey, size: bytes.length, rows: row.rowCount });
  } catch (error) {
    console.error(`[export ${row.id}]`, error);
    await failExport(row.id, reasonOf(error));
  }
}

/**
 * Removes background exports past their day (READY or FAILED, EXPORT_KEEP_DAYS after they were
 * made): the stored file, then its row. Run by `npm run sweep-files` and daily by the worker.
 */
export async function sweepExpiredExports(
  options: { storage?: FileStorage; now?: Date; dryRun?: boolean } = {},
): Promise<string[]> {
  const storage = options.storage ?? fileStorage();
  const now = options.now ?? new Date();
  const removed: string[] = [];
  for (;;) {
    const rows = await expiredExports(now);
    if (options.dryRun) return rows.map((r) => r.storageKey ?? `ExportFile ${r.id}`);
    for (const r of rows) if (r.storageKey) await storage.delete(r.storageKey);
    await deleteExportRows(rows.map((r) => r.id));
    removed.push(...rows.map((r) => r.storageKey ?? `ExportFile ${r.id}`));
    if (!rows.length) return removed;
  }
}
