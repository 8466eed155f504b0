import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db/client";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { readScope } from "./scope";
import { cappedTotal, encodeCursor, keysetPage, keysetWindow, parseCursorDate } from "./keyset";
import type { TableParams } from "@/lib/table-params";

type AuditRecord = {
  entity: string;
  entityId: string;
  action: "CREATE" | "UPDATE" | "DELETE";
  before?: unknown;
  after?: unknown;
  /**
   * Defaults to the actor's unit; sign-in events have no actor yet, an operator works in no unit.
   * null: an event of the installation (an operator made, a password set through a link).
   */
  unitId?: string | null;
};

/** Who did it: an actor working in a unit, or an account acting outside any (an operator, a link's holder). */
type AuditActor = { userId: string; unit?: { id: string } };

/** JSON-safe copy: Dates become ISO strings, BigInts strings, and secrets never enter the log. */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) =>
      key === "passwordHash" ? undefined : typeof v === "bigint" ? v.toString() : v,
    ),
  ) as Prisma.InputJsonValue;
}

/** Appends entries in the caller's transaction, so a change and its record land together. */
export async function recordAuditMany(tx: Tx, actor: AuditActor | null, records: AuditRecord[]): Promise<void> {
  await tx.auditEntry.createMany({
    data: records.map((record) => {
      const unitId = record.unitId === undefined ? actor?.unit?.id : record.unitId;
      if (unitId === undefined) throw new Error("recordAudit needs a unit (or null for the installation)");
      return {
        actorUserId: actor?.userId ?? null,
        unitId,
        entity: record.entity,
        entityId: record.entityId,
        action: record.action,
        before: snapshot(record.before),
        after: snapshot(record.after),
      };
    }),
  });
}

export function recordAudit(tx: Tx, actor: AuditActor | null, record: AuditRecord): Promise<void> {
  return recordAuditMany(tx, actor, [record]);
}

export const AUDIT_SORT_KEYS = ["at"] as const;

export type AuditFilter = {
  entity?: string;
  action?: "CREATE" | "UPDATE" | "DELETE";
  actorUserId?: string;
  from?: Date;
  to?: Date;
};

export async function listAuditEntries(
  actor: Actor,
  params: TableParams<(typeof AUDIT_SORT_KEYS)[number]>,
  filter: AuditFilter,
) {
  const where: Prisma.AuditEntryWhereInput = {
    ...readScope(actor, "audit.read"),
    entity: filter.entity,
    action: filter.action,
    actorUserId: filter.actorUserId,
    at: { gte: filter.from, lte: filter.to },
    ...(params.q ? { OR: [{ entity: { contains: params.q, mode: "insensitive" } }, { entityId: params.q }] } : {}),
  };
  // Newest first from the entry the last page ended on, through the (unitId, at) index; the id orders
  // entries of the same instant.
  const window = keysetWindow<Prisma.AuditEntryWhereInput>("at", params, parseCursorDate, (id) => BigInt(id));
  const fetched = await db().auditEntry.findMany({
    where: window.where ? { AND: [where, window.where] } : where,
    orderBy: window.orderBy,
    skip: window.skip,
    take: window.take,
  });
  const page = keysetPage(fetched, window, params, (r) => encodeCursor(r.at, r.id));
  const rows = page.rows;
  // Millions of entries over a province's years: counted up to a cap.
  // A plain count over the (unitId, at) index: a limited one (`take`) gets an ORDER BY and sorts instead.
  const { total, totalCapped } = cappedTotal(await db().auditEntry.count({ where }));
  const actorIds = [...new Set(rows.map((r) => r.actorUserId).filter((v): v is string => v !== null))];
  const users = await db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return {
    total,
    totalCapped,
    cursors: { after: page.after, before: page.before },
    rows: rows.map((r) => ({
      id: r.id.toString(),
      at: r.at.toISOString(),
      actorName: r.actorUserId ? (names.get(r.actorUserId) ?? "—") : "Hệ thống",
      entity: r.entity,
      entityId: r.entityId,
      action: r.action,
      before: r.before,
      after: r.after,
    })),
  };
}
