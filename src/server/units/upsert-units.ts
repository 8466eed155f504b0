import "server-only";
import type { Tx } from "@/server/db/client";
import { childPath, depthOf, type UnitKindCode } from "@/domain/units/hierarchy";
import { unitKey, validToAfterList } from "@/domain/units/list-preview";
import { toIsoDate } from "@/lib/dates";
import { applySuccessionLinks, type UnitAuditChange } from "./apply-succession";

export type UnitRecord = {
  code: string;
  name: string;
  kind: UnitKindCode;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  successorCode?: string | null;
};

export type UpsertOutcome = { created: number; updated: number; unchanged: number; changes: UnitAuditChange[] };

type Stored = {
  id: string;
  code: string;
  name: string;
  kind: UnitKindCode;
  parentId: string | null;
  path: string;
  validFrom: Date | null;
  validTo: Date | null;
};

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);
const iso = (d: Date | null) => (d ? toIsoDate(d) : null);
const keyOf = (u: Stored) => unitKey(u.code, iso(u.validFrom));
const audited = (u: Stored) => ({
  code: u.code,
  name: u.name,
  kind: u.kind,
  parentId: u.parentId,
  validFrom: iso(u.validFrom),
  validTo: iso(u.validTo),
});

/** Parents before children at any depth: each record after the records above it in the same list. */
function parentsFirst(records: UnitRecord[]): UnitRecord[] {
  const inList = new Map(records.map((r) => [unitKey(r.code, r.validFrom), r]));
  const depth = (r: UnitRecord) => {
    let d = 0;
    for (let p = r; p.parentCode && d < 50; d++) {
      const up = inList.get(unitKey(p.parentCode, p.validFrom));
      if (!up) break;
      p = up;
    }
    return d;
  };
  return records
    .map((r) => ({ r, d: depth(r) }))
    .sort((a, b) => a.d - b.d)
    .map((x) => x.r);
}

/** A parent of another era: the unit with that code in force when the record starts, newest first. */
function parentInForce(stored: Stored[], code: string, validFrom: string | null): Stored | null {
  const candidates = stored.filter(
    (u) =>
      u.code === code &&
      (u.validTo === null || iso(u.validTo)! >= (validFrom ?? "0000")) &&
      (u.validFrom === null || (validFrom !== null && iso(u.validFrom)! <= validFrom)),
  );
  candidates.sort((a, b) => (iso(b.validFrom) ?? "").localeCompare(iso(a.validFrom) ?? ""));
  return candidates[0] ?? null;
}

/**
 * Inserts or updates units by (code, validFrom), parents before children (any depth), then links
 * successors given as `successorCode` (the seed's records). Parents are looked up in the same era
 * first, then among units in force when the record starts. Only what differs is written, and each
 * write is returned for the audit log, so loading the same list twice changes nothing. An end the
 * record does not state is kept (see validToAfterList). Used by the seed and the unit import.
 */
export async function upsertUnits(
  tx: Tx,
  records: UnitRecord[],
  opts: { onProgress?: (done: number) => Promise<void>; every?: number } = {},
): Promise<UpsertOutcome> {
  const codes = [...new Set(records.flatMap((r) => (r.parentCode ? [r.code, r.parentCode] : [r.code])))];
  const stored: Stored[] = await tx.unit.findMany({
    where: { code: { in: codes } },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      parentId: true,
      path: true,
      validFrom: true,
      validTo: true,
    },
  });
  const byKey = new Map(stored.map((u) => [keyOf(u), u]));
  const outcome: UpsertOutcome = { created: 0, updated: 0, unchanged: 0, changes: [] };
  const ordered = parentsFirst(records);
  for (const [i, r] of ordered.entries()) {
    let parent: Stored | null = null;
    if (r.parentCode) {
      parent = byKey.get(unitKey(r.parentCode, r.validFrom)) ?? parentInForce(stored, r.parentCode, r.validFrom);
      if (!parent) throw new Error(`Không tìm thấy đơn vị cấp trên mã ${r.parentCode} của ${r.name} (${r.code}).`);
    }
    const existing = byKey.get(unitKey(r.code, r.validFrom)) ?? null;
    const validTo = day(validToAfterList(r, existing ? { validTo: iso(existing.validTo) } : null));
    const data = { name: r.name, kind: r.kind, validTo, parentId: parent?.id ?? null };
    let row: Stored;
    if (!existing) {
      const created = await tx.unit.create({
        data: { ...data, code: r.code, validFrom: day(r.validFrom), path: "/", depth: 0 },
      });
      const path = childPath(parent?.path ?? null, created.id);
      await tx.unit.update({ where: { id: created.id }, data: { path, depth: depthOf(path) } });
      row = { ...created, path };
      outcome.created++;
      outcome.changes.push({ entity: "Unit", entityId: row.id, unitId: row.id, action: "CREATE", after: audited(row) });
    } else {
      const path = childPath(parent?.path ?? null, existing.id);
      const same =
        existing.name === r.name &&
        existing.kind === r.kind &&
        iso(existing.validTo) === iso(validTo) &&
        existing.parentId === data.parentId &&
        existing.path === path;
      row = { ...existing, ...data, path };
      if (same) outcome.unchanged++;
      else {
        await tx.unit.update({ where: { id: existing.id }, data: { ...data, path, depth: depthOf(path) } });
        if (existing.path !== path) {
          // Re-parented: the whole subtree's materialised paths move with it.
          await tx.$executeRaw`update "Unit" set path = ${path} || substr(path, ${existing.path.length + 1}), depth = depth + ${depthOf(path) - depthOf(existing.path)} where path like ${existing.path + "%"} and id <> ${existing.id}`;
        }
        outcome.updated++;
        outcome.changes.push({
          entity: "Unit",
          entityId: row.id,
          unitId: row.id,
          action: "UPDATE",
          before: audited(existing),
          after: audited(row),
        });
      }
    }
    byKey.set(keyOf(row), row);
    if (!existing) stored.push(row);
    if (opts.onProgress && (i + 1) % (opts.every ?? 250) === 0) await opts.onProgress(i + 1);
  }
  await linkSuccessorCodes(tx, records, byKey, outcome);
  await opts.onProgress?.(records.length);
  return outcome;
}

/** The seed's `successorCode`: a link to the unit of that code that starts later, effective its first day. */
async function linkSuccessorCodes(tx: Tx, records: UnitRecord[], byKey: Map<string, Stored>, outcome: UpsertOutcome) {
  const links = [];
  for (const r of records) {
    if (!r.successorCode) continue;
    const successor = await tx.unit.findFirst({
      where: { code: r.successorCode, validFrom: { gt: day(r.validFrom) ?? new Date(0) } },
      orderBy: { validFrom: "asc" },
      select: { id: true, validFrom: true },
    });
    if (!successor?.validFrom) continue;
    links.push({
      predecessorId: byKey.get(unitKey(r.code, r.validFrom))!.id,
      successorId: successor.id,
      effectiveOn: iso(successor.validFrom)!,
      resolution: null,
    });
  }
  outcome.changes.push(...(await applySuccessionLinks(tx, links)));
}
