/**
 * What loading a national list would change, before anything changes: the units it adds, renames
 * (or re-kinds), moves under another parent, and ends; and the units as they will be afterwards,
 * for resolving a succession list uploaded with it. A unit is named by (code, validFrom): codes are
 * reused across eras, so the three-level list's Thị trấn Cổ Lễ and the two-level list's Xã Cổ Lễ
 * are two units with one code.
 *
 * Pure: the parsed list (with its era) and the stored units in, the difference out.
 */
import type { UnitKindCode } from "./hierarchy";
import type { UnitRef } from "./succession-links";

export type IncomingUnit = {
  code: string;
  name: string;
  kind: UnitKindCode;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
};

export type StoredUnit = IncomingUnit & { id: string };

type Named = { code: string; name: string };

export type ListDiff = {
  added: Named[];
  renamed: { code: string; from: string; to: string }[];
  moved: (Named & { fromParent: string | null; toParent: string | null })[];
  ended: (Named & { validTo: string })[];
  unchanged: number;
};

/** Same-era identity of a unit. */
export const unitKey = (code: string, validFrom: string | null) => `${code}@${validFrom ?? ""}`;

/**
 * A list that gives no end date does not say the unit is still in force (a two-level list lists
 * units from 1/7/2025 on; one ended later by a succession stays ended): only a stated end changes it.
 */
export function validToAfterList(incoming: { validTo: string | null }, stored: { validTo: string | null } | null) {
  return incoming.validTo ?? stored?.validTo ?? null;
}

export function diffUnitList(incoming: IncomingUnit[], stored: StoredUnit[]): ListDiff {
  const byKey = new Map(stored.map((u) => [unitKey(u.code, u.validFrom), u]));
  const diff: ListDiff = { added: [], renamed: [], moved: [], ended: [], unchanged: 0 };
  for (const u of incoming) {
    const before = byKey.get(unitKey(u.code, u.validFrom));
    if (!before) {
      diff.added.push({ code: u.code, name: u.name });
      continue;
    }
    let changed = false;
    if (before.name !== u.name || before.kind !== u.kind) {
      diff.renamed.push({ code: u.code, from: before.name, to: u.name });
      changed = true;
    }
    if (before.parentCode !== u.parentCode) {
      diff.moved.push({ code: u.code, name: u.name, fromParent: before.parentCode, toParent: u.parentCode });
      changed = true;
    }
    const validTo = validToAfterList(u, before);
    if (validTo !== before.validTo && validTo !== null) {
      diff.ended.push({ code: u.code, name: u.name, validTo });
      changed = true;
    }
    if (!changed) diff.unchanged++;
  }
  return diff;
}

/** The units as they will be once the list is loaded: stored ones updated, new ones under a placeholder key. */
export function unitsAfterList(incoming: IncomingUnit[], stored: StoredUnit[]): UnitRef[] {
  const byKey = new Map<string, UnitRef>(
    stored.map((u) => [
      unitKey(u.code, u.validFrom),
      { key: u.id, code: u.code, name: u.name, validFrom: u.validFrom, validTo: u.validTo },
    ]),
  );
  for (const u of incoming) {
    const key = unitKey(u.code, u.validFrom);
    const before = byKey.get(key) ?? null;
    byKey.set(key, {
      key: before?.key ?? `moi:${key}`,
      code: u.code,
      name: u.name,
      validFrom: u.validFrom,
      validTo: validToAfterList(u, before),
    });
  }
  return [...byKey.values()];
}
