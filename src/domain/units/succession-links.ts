/**
 * Turns the rows of a succession list into links between units, checked against the units that
 * will exist once the import is applied (those stored and those the national list of the same
 * import brings) and against the links already recorded:
 *  - the old code names the unit in force the day before the effective date, the new code the unit
 *    in force on it (codes are reused across eras: Xã Cổ Lễ keeps Thị trấn Cổ Lễ's 14026);
 *  - a code that names no unit then is an error, and so is a link that closes a loop.
 * Then sorts the links for the preview: mergers (several old → one new), splits (one old → several
 * new), and one-to-one successions (a unit renamed or re-coded), with the units that end.
 *
 * Pure: units and links in, links, errors and the summary out.
 */
import type { ParseError } from "./csv";
import type { SuccessionRow } from "./succession-csv";

/** A unit as the resolution sees it; `key` is its id, or a placeholder for one the list will add. */
export type UnitRef = { key: string; code: string; name: string; validFrom: string | null; validTo: string | null };

export type StoredLink = { predecessorKey: string; successorKey: string; effectiveOn: string; resolution: string };

export type SuccessionLink = {
  line: number;
  predecessor: UnitRef;
  successor: UnitRef;
  effectiveOn: string;
  resolution: string;
  /** Against the stored links: a new pair, a stored pair whose date or resolution changes, or the same. */
  status: "new" | "changed" | "unchanged";
};

/** The day before yyyy-mm-dd: the last day of a unit that ends when its successor starts. */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const vi = (iso: string) => iso.split("-").reverse().join("/");

/** The unit with `code` in force on `day`, the most recent first (a reused code names the newest). */
function inForceOn(byCode: Map<string, UnitRef[]>, code: string, day: string, except?: string): UnitRef | null {
  const candidates = (byCode.get(code) ?? []).filter(
    (u) => u.key !== except && (u.validFrom === null || u.validFrom <= day) && (u.validTo === null || u.validTo >= day),
  );
  candidates.sort((a, b) => (b.validFrom ?? "").localeCompare(a.validFrom ?? ""));
  return candidates[0] ?? null;
}

/** A path of successions from `from` to `to`, if one exists. */
function pathBetween(next: Map<string, string[]>, from: string, to: string): string[] | null {
  const cameFrom = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift()!;
    if (at === to) {
      const path = [at];
      while (path[0] !== from) path.unshift(cameFrom.get(path[0]!)!);
      return path;
    }
    for (const n of next.get(at) ?? []) {
      if (!cameFrom.has(n)) {
        cameFrom.set(n, at);
        queue.push(n);
      }
    }
  }
  return null;
}

export function resolveSuccession(
  rows: SuccessionRow[],
  units: UnitRef[],
  stored: StoredLink[],
): { links: SuccessionLink[]; errors: ParseError[] } {
  const byCode = new Map<string, UnitRef[]>();
  for (const u of units) byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
  const names = new Map(units.map((u) => [u.key, `${u.name} (${u.code})`]));
  const errors: ParseError[] = [];
  const links: SuccessionLink[] = [];
  for (const row of rows) {
    const lastDay = dayBefore(row.effectiveOn);
    const predecessor = inForceOn(byCode, row.oldCode, lastDay);
    const successor = inForceOn(byCode, row.newCode, row.effectiveOn, predecessor?.key);
    const missing = [
      predecessor ? null : `Không có đơn vị mã ${row.oldCode} còn hiệu lực ngày ${vi(lastDay)}`,
      successor ? null : `Không có đơn vị kế thừa mã ${row.newCode} có hiệu lực từ ngày ${vi(row.effectiveOn)}`,
    ].filter(Boolean);
    if (!predecessor || !successor) {
      errors.push({
        line: row.line,
        message: `${missing.join("; ")} (trong danh mục tải lên cùng lúc hoặc đã có trong hệ thống).`,
      });
      continue;
    }
    const same = stored.find((s) => s.predecessorKey === predecessor.key && s.successorKey === successor.key);
    const status = !same
      ? "new"
      : same.effectiveOn === row.effectiveOn && same.resolution === row.resolution
        ? "unchanged"
        : "changed";
    links.push({
      line: row.line,
      predecessor,
      successor,
      effectiveOn: row.effectiveOn,
      resolution: row.resolution,
      status,
    });
  }

  // A loop (A → B → … → A) would make a unit its own predecessor: refuse the rows that close one.
  const next = new Map<string, string[]>();
  const add = (from: string, to: string) => next.set(from, [...(next.get(from) ?? []), to]);
  for (const s of stored) add(s.predecessorKey, s.successorKey);
  for (const link of links) {
    const back = pathBetween(next, link.successor.key, link.predecessor.key);
    if (back) {
      const loop = [link.predecessor.key, ...back].map((k) => names.get(k) ?? k).join(" → ");
      errors.push({ line: link.line, message: `Tạo thành vòng lặp kế thừa: ${loop}.` });
      continue;
    }
    add(link.predecessor.key, link.successor.key);
  }
  const refused = new Set(errors.map((e) => e.line));
  return { links: links.filter((l) => !refused.has(l.line)), errors };
}

type Named = { code: string; name: string };
const named = (u: UnitRef): Named => ({ code: u.code, name: u.name });

export type SuccessionSummary = {
  /** Several old units → one new unit. */
  merged: { successor: Named; predecessors: Named[]; effectiveOn: string; resolution: string }[];
  /** One old unit → several new units. */
  split: { predecessor: Named; successors: Named[]; effectiveOn: string; resolution: string }[];
  /** One old unit → one new unit that no other unit joins (renamed, re-coded or re-parented). */
  succeeded: { predecessor: Named; successor: Named; effectiveOn: string; resolution: string }[];
  /** Units whose last day the import sets (the day before their successor starts). */
  ended: (Named & { validTo: string })[];
  /** Links already recorded exactly so. */
  unchanged: number;
};

export function summariseSuccession(links: SuccessionLink[]): SuccessionSummary {
  const group = (key: (l: SuccessionLink) => string) => {
    const out = new Map<string, SuccessionLink[]>();
    for (const l of links) out.set(key(l), [...(out.get(key(l)) ?? []), l]);
    return out;
  };
  const bySuccessor = group((l) => l.successor.key);
  const byPredecessor = group((l) => l.predecessor.key);
  const summary: SuccessionSummary = { merged: [], split: [], succeeded: [], ended: [], unchanged: 0 };
  for (const ls of bySuccessor.values()) {
    if (ls.length < 2) continue;
    const { successor, effectiveOn, resolution } = ls[0]!;
    summary.merged.push({
      successor: named(successor),
      predecessors: ls.map((l) => named(l.predecessor)),
      effectiveOn,
      resolution,
    });
  }
  for (const ls of byPredecessor.values()) {
    const { predecessor, effectiveOn, resolution } = ls[0]!;
    if (ls.length >= 2)
      summary.split.push({
        predecessor: named(predecessor),
        successors: ls.map((l) => named(l.successor)),
        effectiveOn,
        resolution,
      });
    else if (bySuccessor.get(ls[0]!.successor.key)!.length === 1)
      summary.succeeded.push({
        predecessor: named(predecessor),
        successor: named(ls[0]!.successor),
        effectiveOn,
        resolution,
      });
    const validTo = dayBefore(effectiveOn);
    if (predecessor.validTo !== validTo) summary.ended.push({ ...named(predecessor), validTo });
  }
  summary.unchanged = links.filter((l) => l.status === "unchanged").length;
  return summary;
}
