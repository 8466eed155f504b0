import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import type { Operator } from "@/server/auth/actor-types";
import { conflict, notFound } from "@/domain/errors";
import {
  applyUnitImport,
  prepareUnitImport,
  UnitImportRefused,
  type FileError,
  type ImportOutcome,
  type ImportPreview,
} from "./unit-import";

/**
 * The operator's unit import as a job kept in the database (UnitImportJob), so that thousands of
 * rows never hang a form and the page can be reloaded, or the server restarted, meanwhile:
 *   upload → PREVIEW (parsed and checked, what will change; nothing changed yet)
 *   confirm → QUEUED → RUNNING (one transaction; progress written to the row as it goes)
 *   → DONE (with what changed) or FAILED (with the errors; nothing changed).
 * A runner is started by whoever sees a job waiting (the confirming action, the progress page); a
 * RUNNING job whose heartbeat is stale lost its runner (its transaction rolled back) and is run again.
 * Installation-wide: callers are the system operator's pages (`requireOperator`).
 */

/** Who imports: the system operator (only `requireOperator` / `operatorAction` give one). */
export type ImportOperator = Pick<Operator, "userId">;

export type UploadedFiles = {
  list?: { name: string; text: string } | null;
  succession?: { name: string; text: string } | null;
  validFrom?: string | null;
  validTo?: string | null;
};

/** A runner that has not written for this long is gone: its transaction rolled back. */
export const STALE_AFTER_MS = 2 * 60_000;

const JOB_LIST_SELECT = {
  id: true,
  status: true,
  listFileName: true,
  successionFileName: true,
  total: true,
  processed: true,
  createdAt: true,
  finishedAt: true,
} as const;

function filesOf(job: {
  listCsv: string | null;
  successionCsv: string | null;
  validFrom: string | null;
  validTo: string | null;
}) {
  return {
    listCsv: job.listCsv,
    successionCsv: job.successionCsv,
    validity: job.validFrom || job.validTo ? { validFrom: job.validFrom, validTo: job.validTo } : null,
  };
}

/** Reads and checks the uploaded files and keeps them with their preview; changes no unit. */
export async function createUnitImportJob(operator: ImportOperator, files: UploadedFiles) {
  const job = {
    listCsv: files.list?.text ?? null,
    successionCsv: files.succession?.text ?? null,
    validFrom: files.validFrom ?? null,
    validTo: files.validTo ?? null,
  };
  const prepared = await prepareUnitImport(filesOf(job));
  return db().unitImportJob.create({
    data: {
      ...job,
      createdByUserId: operator.userId,
      listFileName: files.list?.name ?? null,
      successionFileName: files.succession?.name ?? null,
      preview: JSON.parse(JSON.stringify(prepared.preview)) as object,
      errors: prepared.errors.length ? prepared.errors : undefined,
      total: prepared.total,
    },
    select: { id: true },
  });
}

export async function findUnitImportJob(_operator: ImportOperator, id: string) {
  const job = await db().unitImportJob.findUnique({
    where: { id },
    select: { ...JOB_LIST_SELECT, preview: true, errors: true, outcome: true, heartbeatAt: true, confirmedAt: true },
  });
  if (!job) throw notFound();
  return {
    ...job,
    preview: job.preview as ImportPreview,
    errors: (job.errors ?? []) as FileError[],
    outcome: job.outcome as ImportOutcome | null,
  };
}

export async function listUnitImportJobs(_operator: ImportOperator) {
  return db().unitImportJob.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
    select: JOB_LIST_SELECT,
  });
}

/** Whether the job waits for a runner: confirmed and not started, or started by a runner that is gone. */
export function needsRunner(job: { status: string; heartbeatAt: Date | null }, now = Date.now()): boolean {
  return (
    job.status === "QUEUED" ||
    (job.status === "RUNNING" && (!job.heartbeatAt || now - job.heartbeatAt.getTime() > STALE_AFTER_MS))
  );
}

/** The operator confirms a preview without errors: the job waits for its runner. Audited. */
export async function confirmUnitImportJob(operator: ImportOperator, id: string) {
  await db().$transaction(async (tx) => {
    const { count } = await tx.unitImportJob.updateMany({
      where: { id, status: "PREVIEW", errors: { equals: Prisma.AnyNull } },
      data: { status: "QUEUED", confirmedAt: new Date() },
    });
    if (count === 0) throw conflict("Chỉ xác nhận được bản xem trước không có lỗi và chưa được nạp.");
    await tx.auditEntry.create({
      data: {
        actorUserId: operator.userId,
        entity: "UnitImportJob",
        entityId: id,
        action: "UPDATE",
        after: { status: "QUEUED" },
      },
    });
  });
}

/** Drops a preview the operator does not want; nothing was changed by it. */
export async function cancelUnitImportJob(_operator: ImportOperator, id: string) {
  const { count } = await db().unitImportJob.updateMany({
    where: { id, status: "PREVIEW" },
    data: { status: "CANCELLED", finishedAt: new Date(), listCsv: null, successionCsv: null },
  });
  if (count === 0) throw conflict("Chỉ huỷ được bản xem trước chưa xác nhận.");
}

/**
 * Runs a waiting job to its end, if this caller wins the claim (several instances may try; one
 * gets it). Progress goes to the row outside the import's transaction, so the page sees it; the
 * end (DONE, outcome, audit) is written inside it, so a crash leaves the job to be run again.
 */
export async function runUnitImportJob(id: string): Promise<void> {
  const stale = new Date(Date.now() - STALE_AFTER_MS);
  const claimed = await db().unitImportJob.updateMany({
    where: {
      id,
      OR: [{ status: "QUEUED" }, { status: "RUNNING", OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: stale } }] }],
    },
    data: { status: "RUNNING", heartbeatAt: new Date(), processed: 0 },
  });
  if (claimed.count === 0) return;
  const job = await db().unitImportJob.findUniqueOrThrow({ where: { id } });
  let total = job.total;
  try {
    await applyUnitImport(filesOf(job), {
      userId: job.createdByUserId,
      onProgress: async (processed, rows) => {
        total = rows;
        await db().unitImportJob.update({ where: { id }, data: { processed, total, heartbeatAt: new Date() } });
      },
      inTransaction: async (tx, outcome) => {
        // Lost its claim meanwhile (a second runner took a stale job and finished it): change nothing.
        const [row] = await tx.$queryRaw<
          { status: string }[]
        >`select status from "UnitImportJob" where id = ${id} for update`;
        if (row?.status !== "RUNNING") throw new Error(`unit import job ${id} is ${row?.status}`);
        await tx.unitImportJob.update({
          where: { id },
          data: {
            status: "DONE",
            processed: total,
            total,
            finishedAt: new Date(),
            outcome,
            listCsv: null,
            successionCsv: null,
          },
        });
        await tx.auditEntry.create({
          data: {
            actorUserId: job.createdByUserId,
            entity: "UnitImportJob",
            entityId: id,
            action: "UPDATE",
            after: { status: "DONE", ...outcome },
          },
        });
      },
    });
  } catch (error) {
    const errors: FileError[] =
      error instanceof UnitImportRefused ? error.errors : [{ file: "list", line: 0, message: failureMessage(error) }];
    await db().unitImportJob.updateMany({
      where: { id, status: "RUNNING" },
      data: { status: "FAILED", errors, finishedAt: new Date() },
    });
  }
}

function failureMessage(error: unknown): string {
  const ref = randomUUID().slice(0, 8);
  console.error(`[unit import ${ref}]`, error);
  return `Lỗi hệ thống khi nạp (mã tham chiếu ${ref}); không có thay đổi nào. Hãy tải tệp lên và thử lại.`;
}
