import "server-only";
import type { Tx } from "@/server/db/client";
import { dayBefore } from "@/domain/units/succession-links";
import { parseIsoDate, toIsoDate } from "@/lib/dates";

/** One write of the unit import, for the audit log (entries carry the unit they concern). */
export type UnitAuditChange = {
  entity: "Unit" | "UnitSuccession";
  entityId: string;
  unitId: string;
  action: "CREATE" | "UPDATE";
  before?: object;
  after: object;
};

export type LinkToApply = {
  predecessorId: string;
  successorId: string;
  effectiveOn: string;
  /** null: keep what is recorded (the seed's links carry no resolution). */
  resolution: string | null;
};

/**
 * Records successions: the link (one row per predecessor and successor), the predecessor's last day
 * (the day before the successor starts) and `Unit.successorId`, which keeps the sole successor and
 * is cleared when a unit is split. Writes only what differs and returns each write for the audit.
 */
export async function applySuccessionLinks(
  tx: Tx,
  links: LinkToApply[],
  opts: { onProgress?: (done: number) => Promise<void>; every?: number } = {},
): Promise<UnitAuditChange[]> {
  const changes: UnitAuditChange[] = [];
  for (const [i, link] of links.entries()) {
    const effectiveOn = parseIsoDate(link.effectiveOn);
    const before = await tx.unitSuccession.findUnique({
      where: { predecessorId_successorId: { predecessorId: link.predecessorId, successorId: link.successorId } },
    });
    const resolution = link.resolution ?? before?.resolution ?? "";
    if (!before) {
      const row = await tx.unitSuccession.create({
        data: { predecessorId: link.predecessorId, successorId: link.successorId, effectiveOn, resolution },
      });
      changes.push({
        entity: "UnitSuccession",
        entityId: row.id,
        unitId: link.successorId,
        action: "CREATE",
        after: row,
      });
    } else if (toIsoDate(before.effectiveOn) !== link.effectiveOn || before.resolution !== resolution) {
      const row = await tx.unitSuccession.update({ where: { id: before.id }, data: { effectiveOn, resolution } });
      changes.push({
        entity: "UnitSuccession",
        entityId: row.id,
        unitId: link.successorId,
        action: "UPDATE",
        before,
        after: row,
      });
    }
    if (opts.onProgress && (i + 1) % (opts.every ?? 250) === 0) await opts.onProgress(i + 1);
  }
  for (const predecessorId of new Set(links.map((l) => l.predecessorId))) {
    const unit = await tx.unit.findUniqueOrThrow({
      where: { id: predecessorId },
      select: { validTo: true, successorId: true, successorLinks: { select: { successorId: true } } },
    });
    const sole = unit.successorLinks.length === 1 ? unit.successorLinks[0]!.successorId : null;
    // A unit ends the day before its successors start (a list gives one date per old unit).
    const lastDay = dayBefore(links.find((l) => l.predecessorId === predecessorId)!.effectiveOn);
    const validTo = unit.validTo ? toIsoDate(unit.validTo) : null;
    if (validTo === lastDay && unit.successorId === sole) continue;
    await tx.unit.update({ where: { id: predecessorId }, data: { validTo: parseIsoDate(lastDay), successorId: sole } });
    changes.push({
      entity: "Unit",
      entityId: predecessorId,
      unitId: predecessorId,
      action: "UPDATE",
      before: { validTo, successorId: unit.successorId },
      after: { validTo: lastDay, successorId: sole },
    });
  }
  await opts.onProgress?.(links.length);
  return changes;
}
