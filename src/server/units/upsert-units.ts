import "server-only";
import type { Tx } from "@/server/db/client";
import { childPath, depthOf, type UnitKindCode } from "@/domain/units/hierarchy";

export type UnitRecord = {
  code: string;
  name: string;
  kind: UnitKindCode;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  successorCode?: string | null;
};

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

/** Same-era identity: a code may be reused by a successor unit, so (code, validFrom) names a unit. */
const keyOf = (code: string, validFrom: string | null) => `${code}@${validFrom ?? ""}`;

/**
 * Inserts or updates units by (code, validFrom), parents before children (any depth), then
 * links successors. Parents are looked up among the same era first, then among units in force.
 * Returns how many were created and updated. Used by the seed and by the national-list importer.
 */
export async function upsertUnits(tx: Tx, records: UnitRecord[]): Promise<{ created: number; updated: number }> {
  const pending = [...records];
  const ids = new Map<string, { id: string; path: string }>();
  let created = 0;
  let updated = 0;
  for (let guard = 0; pending.length && guard < 50; guard++) {
    for (let i = 0; i < pending.length; i++) {
      const r = pending[i]!;
      let parent: { id: string; path: string } | null = null;
      if (r.parentCode) {
        parent = ids.get(keyOf(r.parentCode, r.validFrom)) ?? null;
        if (!parent) {
          if (records.some((o) => o.code === r.parentCode && o.validFrom === r.validFrom)) continue; // parent not placed yet
          parent = await tx.unit.findFirst({
            where: {
              code: r.parentCode,
              OR: [{ validTo: null }, { validTo: { gte: day(r.validFrom) ?? new Date(0) } }],
            },
            orderBy: { validFrom: "desc" },
            select: { id: true, path: true },
          });
          if (!parent) throw new Error(`Không tìm thấy đơn vị cấp trên mã ${r.parentCode} của ${r.name} (${r.code}).`);
        }
      }
      const existing = await tx.unit.findFirst({
        where: { code: r.code, validFrom: day(r.validFrom) },
        select: { id: true, path: true },
      });
      const data = { name: r.name, kind: r.kind, validTo: day(r.validTo), parentId: parent?.id ?? null };
      let row: { id: string };
      if (existing) {
        row = existing;
        updated++;
      } else {
        row = await tx.unit.create({
          data: { ...data, code: r.code, validFrom: day(r.validFrom), path: "/", depth: 0 },
        });
        created++;
      }
      const path = childPath(parent?.path ?? null, row.id);
      await tx.unit.update({ where: { id: row.id }, data: { ...data, path, depth: depthOf(path) } });
      if (existing && existing.path !== path) {
        // Re-parented: the whole subtree's materialised paths move with it.
        await tx.$executeRaw`update "Unit" set path = ${path} || substr(path, ${existing.path.length + 1}), depth = depth + ${depthOf(path) - depthOf(existing.path)} where path like ${existing.path + "%"} and id <> ${row.id}`;
      }
      ids.set(keyOf(r.code, r.validFrom), { id: row.id, path });
      pending.splice(i--, 1);
    }
  }
  if (pending.length) throw new Error(`Không xác định được cấp trên của: ${pending.map((p) => p.code).join(", ")}`);
  for (const r of records) {
    if (!r.successorCode) continue;
    const successor = await tx.unit.findFirst({
      where: { code: r.successorCode, validFrom: { gt: day(r.validFrom) ?? new Date(0) } },
      orderBy: { validFrom: "asc" },
      select: { id: true },
    });
    if (successor)
      await tx.unit.update({
        where: { id: ids.get(keyOf(r.code, r.validFrom))!.id },
        data: { successorId: successor.id },
      });
  }
  return { created, updated };
}
