/** Fields that change on every write or carry no meaning for a reader of the log. */
const NOISE = new Set(["updatedAt", "createdAt", "searchText", "sortName", "id", "unitId"]);

function show(value: unknown): string {
  if (value === null || value === undefined) return "∅";
  if (typeof value === "string") return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(value);
}

/** "field: before → after; …" for an audit entry; creations and deletions list their values. */
export function describeChange(before: unknown, after: unknown): string {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !NOISE.has(k));
  const parts: string[] = [];
  for (const key of keys) {
    if (JSON.stringify(b[key]) === JSON.stringify(a[key])) continue;
    if (!(key in b)) parts.push(`${key}: ${show(a[key])}`);
    else if (!(key in a)) parts.push(`${key}: ${show(b[key])} → ∅`);
    else parts.push(`${key}: ${show(b[key])} → ${show(a[key])}`);
  }
  return parts.join("; ") || "—";
}
