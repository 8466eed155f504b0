/**
 * Awards counted per unit, rolled up the way a unit reads its area: its own awards, each unit
 * directly below it with everything under that unit, and the history it inherits from the units
 * it succeeds (a merged commune's awards under that commune's name, a merged province's under the
 * province's). Pure: the counts per unit come grouped from the database.
 */

/** A unit as the tree stores it: `path` is "/<root>/…/<self>/". */
export type UnitNode = { id: string; name: string; path: string; ended?: boolean };

/** Where a line of the breakdown sits: the unit itself, a unit below it, or a predecessor. */
export type UnitPlace = "self" | "below" | "inherited";

export const UNIT_PLACE_LABELS: Record<UnitPlace, string> = {
  self: "Trực tiếp của đơn vị",
  below: "Đơn vị trực thuộc",
  inherited: "Đơn vị tiền thân",
};

export type UnitLine = { id: string; name: string; place: UnitPlace; count: number };

const segments = (path: string) => path.split("/").filter(Boolean);

/**
 * The line a unit's count belongs to, seen from `selected`: the unit itself, the unit directly
 * below `selected` on its path, or (outside the tree: inherited history) the highest unit on its
 * path whose history is inherited — so a merged province's communes add up under the province.
 */
export function lineOf(unit: UnitNode, selected: UnitNode, inheritedIds: ReadonlySet<string>): string {
  if (unit.id === selected.id) return unit.id;
  if (unit.path.startsWith(selected.path)) return segments(unit.path.slice(selected.path.length))[0] ?? unit.id;
  return segments(unit.path).find((id) => inheritedIds.has(id)) ?? unit.id;
}

/**
 * The breakdown: `selected` first (even at zero), the units directly below it (each with its
 * whole tree; those at zero kept so a unit with no award shows, unless the unit has ended),
 * largest first, then the inherited lines with awards. `units` names every unit the counts and lines refer to.
 */
export function rollUpByUnit(input: {
  selected: UnitNode;
  below: readonly UnitNode[];
  units: readonly UnitNode[];
  inheritedIds: ReadonlySet<string>;
  counts: readonly { unitId: string; count: number }[];
}): UnitLine[] {
  const byId = new Map(input.units.map((u) => [u.id, u]));
  const totals = new Map<string, number>();
  for (const { unitId, count } of input.counts) {
    const unit = byId.get(unitId);
    if (!unit) continue;
    const line = lineOf(unit, input.selected, input.inheritedIds);
    totals.set(line, (totals.get(line) ?? 0) + count);
  }
  const belowIds = new Set(input.below.map((u) => u.id));
  const byCount = (a: UnitLine, b: UnitLine) => b.count - a.count || a.name.localeCompare(b.name, "vi");
  const line = (u: UnitNode, place: UnitPlace): UnitLine => ({
    id: u.id,
    name: u.name,
    place,
    count: totals.get(u.id) ?? 0,
  });
  const inherited = [...totals.keys()]
    .filter((id) => id !== input.selected.id && !belowIds.has(id))
    .map((id) => byId.get(id))
    .filter((u): u is UnitNode => Boolean(u))
    .map((u) => line(u, "inherited"));
  return [
    line(input.selected, "self"),
    ...input.below
      .map((u) => line(u, "below"))
      .filter((l, i) => l.count > 0 || !input.below[i]!.ended)
      .sort(byCount),
    ...inherited.sort(byCount),
  ];
}

/** Ids of the units on the paths of `units` (each unit and those above it): whose names a breakdown may need. */
export function idsOnPaths(units: readonly UnitNode[]): string[] {
  return [...new Set(units.flatMap((u) => segments(u.path)))];
}
