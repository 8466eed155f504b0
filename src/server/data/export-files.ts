import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can, ROLES, type Permission, type RoleCode } from "@/domain/auth/permissions";
import { forbidden, notFound } from "@/domain/errors";
import { EXPORT_KEEP_DAYS, exportExpiry } from "@/domain/exports/background";
import { formatViDateTime } from "@/lib/dates";
import { EXPORT_JOB, sendInTransaction } from "@/server/jobs/queue";
import { myExportsInMyUnit, plansIssuedByMyUnit } from "./scope";
import { recordAudit } from "./audit";
import { notify } from "./notifications/notify";
import { ownPlan } from "./registration-review";
import { registrationYearsOf } from "./registrations";

/**
 * Exports made in the background (issue 15): the ExportFile rows, the pg-boss job each queues, and
 * what the worker records as it makes them. What a file holds, and how it is made, is in
 * services/background-exports.ts; this module only reads and writes the rows, through the wall.
 */

export type ExportKindCode = "AWARD_HISTORY" | "REGISTRATION_SUMMARY";

/** A RUNNING row whose worker died is taken again by pg-boss's retry after this long (worker.ts). */
export const STALE_RUNNING_MS = 25 * 60 * 1000;
const KEEP_MS = EXPORT_KEEP_DAYS * 24 * 60 * 60 * 1000;
/** A QUEUED row still waiting after this long has lost its job (a backlog of large files takes less). */
export const STALE_QUEUED_MS = 2 * 60 * 60 * 1000;

/** What an actor must hold to ask for each kind: the permission its reads check. */
const PERMISSION_OF: Record<ExportKindCode, Permission> = {
  AWARD_HISTORY: "person.read",
  REGISTRATION_SUMMARY: "registration.review",
};

/** The year the registration export of `planId` is for, and how many registration rows it prints. */
export async function registrationExportSize(actor: Actor, planId: string, askedYear?: number) {
  const plan = await ownPlan(db(), actor, planId);
  const { year } = registrationYearsOf(plan, askedYear);
  const rows = await db().registrationRow.count({
    where: { registration: { planId, year, plan: plansIssuedByMyUnit(actor) } },
  });
  return { year, rows };
}

/**
 * Queues the export for the worker, or joins the one of the same kind and filters the actor already
 * has queued or running in this unit (a second click, a reload): one row, one job. The row, its job
 * and the audit entry commit together. The caller has also counted the rows through the file's own
 * reads, which check the scope of what it holds (a plan not the actor's is not found).
 */
export async function queueExport(
  actor: Actor,
  request: {
    kind: ExportKindCode;
    filters: Prisma.InputJsonObject;
    filterKey: string;
    fileName: string;
    rowCount: number;
  },
): Promise<{ id: string; joined: boolean }> {
  if (!can(actor.roles, PERMISSION_OF[request.kind])) throw forbidden();
  return db().$transaction(async (tx) => {
    // Two requests for the same file at once: the second waits here, then finds the first's row.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`export:${actor.userId}:${request.filterKey}`}))`;
    const now = Date.now();
    const pending = await tx.exportFile.findFirst({
      where: {
        ...myExportsInMyUnit(actor),
        filterKey: request.filterKey,
        // Not a row whose job was lost (its worker died mid-way, the database failed under it): a new
        // request then gets a new file rather than joining one nobody is making.
        OR: [
          { status: "QUEUED", createdAt: { gt: new Date(now - STALE_QUEUED_MS) } },
          { status: "RUNNING", startedAt: { gt: new Date(now - STALE_RUNNING_MS) } },
        ],
      },
      select: { id: true },
    });
    if (pending) return { id: pending.id, joined: true };
    const row = await tx.exportFile.create({
      data: { ...request, ...myExportsInMyUnit(actor) },
      select: { id: true },
    });
    await sendInTransaction((text, values) => tx.$queryRawUnsafe(text, ...values), EXPORT_JOB, { exportId: row.id });
    await recordAudit(tx, actor, {
      entity: "ExportFile",
      entityId: row.id,
      action: "CREATE",
      after: { kind: request.kind, filters: request.filters, rowCount: request.rowCount, fileName: request.fileName },
    });
    return { id: row.id, joined: false };
  });
}

/** The actor's own exports in this unit, newest first ("Tệp xuất của tôi"). */
export async function listMyExports(actor: Actor, take = 50) {
  return db().exportFile.findMany({
    where: myExportsInMyUnit(actor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      kind: true,
      fileName: true,
      rowCount: true,
      status: true,
      size: true,
      error: true,
      createdAt: true,
      finishedAt: true,
      expiresAt: true,
    },
  });
}

/** One of the actor's own exports in this unit, ready and not expired, to download: else not found. */
export async function readyExportOfMine(actor: Actor, exportId: string, now = new Date()) {
  const row = await db().exportFile.findFirst({
    where: { id: exportId, ...myExportsInMyUnit(actor), status: "READY", expiresAt: { gt: now } },
    select: { id: true, fileName: true, storageKey: true, downloads: true },
  });
  if (!row?.storageKey) throw notFound();
  return { ...row, storageKey: row.storageKey };
}

/** Counts and audits a download of the actor's own export (after its bytes were found). */
export async function recordExportDownload(actor: Actor, exportId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await tx.exportFile.findFirst({
      where: { id: exportId, ...myExportsInMyUnit(actor), status: "READY" },
      select: { id: true, downloads: true },
    });
    if (!row) throw notFound();
    await tx.exportFile.update({ where: { id: row.id }, data: { downloads: { increment: 1 } } });
    await recordAudit(tx, actor, {
      entity: "ExportFile",
      entityId: row.id,
      action: "UPDATE",
      before: { downloads: row.downloads },
      after: { downloads: row.downloads + 1, downloaded: true },
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The worker's side: no signed-in caller. It acts by the job's row id, as its requester, whose
// roles it reads again now (a role taken away since the request is not used to make the file).

/**
 * Takes the export for this run: QUEUED, or RUNNING but abandoned (its worker stopped mid-way). One
 * statement, so two workers handed the same job (a retry racing a late finish) never both make it.
 */
export async function claimExport(exportId: string, now = new Date()) {
  const { count } = await db().exportFile.updateMany({
    where: {
      id: exportId,
      OR: [{ status: "QUEUED" }, { status: "RUNNING", startedAt: { lt: new Date(now.getTime() - STALE_RUNNING_MS) } }],
    },
    data: { status: "RUNNING", startedAt: now },
  });
  if (!count) return null;
  return db().exportFile.findUniqueOrThrow({
    where: { id: exportId },
    select: { id: true, userId: true, unitId: true, kind: true, filters: true, fileName: true, rowCount: true },
  });
}

/**
 * The requester as an Actor in the unit it asked in, with the roles it holds there now; null if the
 * account was disabled or holds no role there any more (the file is then not made).
 */
export async function requesterOf(row: { userId: string; unitId: string }): Promise<Actor | null> {
  const user = await db().user.findFirst({
    where: { id: row.userId, active: true },
    select: {
      id: true,
      name: true,
      email: true,
      memberships: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          role: true,
          unitId: true,
          unit: { select: { id: true, code: true, name: true, kind: true, path: true } },
        },
      },
    },
  });
  const here = user?.memberships.filter((m) => m.unitId === row.unitId) ?? [];
  if (!user || !here.length) return null;
  const byUnit = new Map<string, { id: string; name: string; roles: RoleCode[] }>();
  for (const m of user.memberships) {
    if (!(ROLES as readonly string[]).includes(m.role)) continue;
    const entry = byUnit.get(m.unitId) ?? { id: m.unitId, name: m.unit.name, roles: [] };
    entry.roles.push(m.role as RoleCode);
    byUnit.set(m.unitId, entry);
  }
  return {
    userId: user.id,
    // No session: the worker acts for the account, and nothing it calls reads the session.
    sessionId: "",
    name: user.name,
    email: user.email,
    unit: here[0]!.unit,
    roles: byUnit.get(row.unitId)?.roles ?? [],
    units: [...byUnit.values()],
  };
}

/** The file is stored: the row says where, until when, and its requester is told (in the app, by mail). */
export async function finishExport(
  exportId: string,
  file: { storageKey: string; size: number; rows: number },
  now = new Date(),
): Promise<void> {
  await db().$transaction(async (tx) => {
    const expiresAt = exportExpiry(now);
    const row = await tx.exportFile.update({
      where: { id: exportId },
      data: { status: "READY", storageKey: file.storageKey, size: file.size, finishedAt: now, expiresAt, error: null },
      select: { id: true, userId: true, unitId: true, fileName: true },
    });
    await notify(tx, {
      unitId: row.unitId,
      userIds: [row.userId],
      kind: "EXPORT_READY",
      text: `Tệp ${row.fileName} (${file.rows.toLocaleString("vi-VN")} dòng) đã sẵn sàng, tải về được đến ${formatViDateTime(expiresAt)}.`,
      link: `/tep-xuat?tep=${row.id}`,
    });
  });
}

/** The file could not be made: the row keeps why, and its requester is told to try again. */
export async function failExport(exportId: string, reason: string, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await tx.exportFile.update({
      where: { id: exportId },
      data: { status: "FAILED", error: reason.slice(0, 500), finishedAt: now, expiresAt: exportExpiry(now) },
      select: { id: true, userId: true, unitId: true, fileName: true },
    });
    await notify(tx, {
      unitId: row.unitId,
      userIds: [row.userId],
      kind: "EXPORT_FAILED",
      text: `Không tạo được tệp ${row.fileName}: ${reason} Hãy xuất lại.`,
      link: `/tep-xuat?tep=${row.id}`,
    });
  });
}

/**
 * Exports past their day (ready or failed), and rows never finished that are as old (their job lost),
 * for the sweep: installation-wide maintenance run from the shell or the worker, by no user, hence
 * no actor and no scope.
 */
export async function expiredExports(now: Date, take = 500) {
  return db().exportFile.findMany({
    where: {
      OR: [{ expiresAt: { lt: now } }, { expiresAt: null, createdAt: { lt: new Date(now.getTime() - KEEP_MS) } }],
    },
    orderBy: { expiresAt: "asc" },
    take,
    select: { id: true, storageKey: true },
  });
}

export async function deleteExportRows(ids: string[]): Promise<void> {
  if (ids.length) await db().exportFile.deleteMany({ where: { id: { in: ids } } });
}
