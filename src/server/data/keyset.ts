import "server-only";
import type { SortDir, TableParams } from "@/lib/table-params";

/**
 * Keyset ("seek") paging for the long lists: the next page starts after the last row shown, found
 * through the index that orders the list, instead of OFFSET, which reads and drops every row before
 * the page (page 500 of a province's 300 000 people read 10 000 rows to show 20). The order is
 * always (sort column, id) in one direction, so ties on the sort column have one fixed order and the
 * index (…, column, id) serves both directions.
 *
 * The URL keeps the page number for people (`trang`) and adds the row to seek from (`sau` = after
 * this row, `truoc` = before it; see src/lib/table-params.ts). A page number without a cursor (a
 * typed or shared link) still works by OFFSET.
 */

type Value = string | number | Date | bigint;

/** An opaque token for one row's place in the order: its sort value and its id. */
export function encodeCursor(value: Value, id: string | bigint): string {
  const text = value instanceof Date ? value.toISOString() : String(value);
  return Buffer.from(JSON.stringify([text, String(id)]), "utf8").toString("base64url");
}

function decodeCursor(raw: string | undefined): { value: string; id: string } | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [value, id] = parsed as unknown[];
    return typeof value === "string" && typeof id === "string" ? { value, id } : null;
  } catch {
    return null;
  }
}

/** A DateTime cursor value; throws on a forged one, which keysetWindow then ignores. */
export function parseCursorDate(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error("cursor date");
  return date;
}

export type KeysetWindow<W> = {
  /** The seek condition, to AND with the list's own `where` (undefined: from the start or by OFFSET). */
  where: W | undefined;
  orderBy: Record<string, SortDir>[];
  skip: number;
  /** One row more than the page: whether a further page exists, without counting. */
  take: number;
  /** Reading backwards from a `before` cursor: the rows come in reverse and are turned back. */
  backward: boolean;
};

/**
 * The query window for one page ordered by (field, id) in `params.dir`.
 * `parse` turns a cursor's text back into the column's type (a Date for a DateTime column);
 * `parseId` the id's (a BigInt id). A cursor that does not parse is ignored: the page is read by OFFSET.
 */
export function keysetWindow<W>(
  field: string,
  params: TableParams<string>,
  parse: (value: string) => Value = (v) => v,
  parseId: (id: string) => string | bigint = (id) => id,
): KeysetWindow<W> {
  const after = decodeCursor(params.after);
  const before = after ? null : decodeCursor(params.before);
  const cursor = after ?? before;
  const backward = Boolean(before);
  // Reading backwards = reading forwards in the opposite order.
  const dir: SortDir = backward ? (params.dir === "asc" ? "desc" : "asc") : params.dir;
  const orderBy = [{ [field]: dir }, { id: dir }];
  if (!cursor) {
    return {
      where: undefined,
      orderBy,
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize + 1,
      backward,
    };
  }
  let value: Value;
  let id: string | bigint;
  try {
    value = parse(cursor.value);
    id = parseId(cursor.id);
  } catch {
    return {
      where: undefined,
      orderBy,
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize + 1,
      backward,
    };
  }
  const [gte, gt] = dir === "asc" ? (["gte", "gt"] as const) : (["lte", "lt"] as const);
  // `field ≥ value` alone is the index's range; the OR only sorts out the rows tied on `value`.
  const where = { AND: [{ [field]: { [gte]: value } }, { OR: [{ [field]: { [gt]: value } }, { id: { [gt]: id } }] }] };
  return { where: where as W, orderBy, skip: 0, take: params.pageSize + 1, backward };
}

export type KeysetPage<R> = {
  rows: R[];
  /** Cursor of the next page (`sau`), if there is one. */
  after?: string;
  /** Cursor of the previous page (`truoc`), if there is one. */
  before?: string;
};

/** Trims the extra row, restores the display order and names the neighbouring pages' cursors. */
export function keysetPage<R>(
  fetched: R[],
  window: KeysetWindow<unknown>,
  params: TableParams<string>,
  cursorOf: (row: R) => string,
): KeysetPage<R> {
  const more = fetched.length > params.pageSize;
  const page = fetched.slice(0, params.pageSize);
  if (window.backward) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  if (!first || !last) return { rows: page };
  if (window.backward) return { rows: page, before: more ? cursorOf(first) : undefined, after: cursorOf(last) };
  return {
    rows: page,
    after: more ? cursorOf(last) : undefined,
    before: params.page > 1 ? cursorOf(first) : undefined,
  };
}

/** Past this many matches a list says "more than 10 000" instead of counting them all. */
export const TOTAL_CAP = 10_000;

/** `{ total, totalCapped }` from a count run with `take: TOTAL_CAP + 1`. */
export function cappedTotal(counted: number): { total: number; totalCapped: boolean } {
  return counted > TOTAL_CAP ? { total: TOTAL_CAP, totalCapped: true } : { total: counted, totalCapped: false };
}
