import Link from "next/link";
import { TABLE_PARAM_KEYS, type SearchParams } from "@/lib/table-url";

const numberFormat = new Intl.NumberFormat("vi-VN");

/**
 * "Trước / Sau" links for a server-rendered list paged by keyset (src/server/data/keyset.ts): each link
 * keeps the page's other URL keys (filters, page size) and carries the neighbouring page's cursor, so
 * the list works without JavaScript. The total reads "Hơn 10.000" past the cap.
 */
export function KeysetPager({
  path,
  search,
  page,
  total,
  totalCapped,
  cursors,
  unit = "bản ghi",
}: {
  path: string;
  /** The page's search params as received. */
  search: SearchParams;
  page: number;
  total: number;
  totalCapped: boolean;
  cursors: { after?: string; before?: string };
  unit?: string;
}) {
  const href = (to: number, cursor: { after?: string; before?: string }) => {
    const url = new URLSearchParams();
    for (const [key, value] of Object.entries(search)) {
      if (key === TABLE_PARAM_KEYS.page || key === TABLE_PARAM_KEYS.after || key === TABLE_PARAM_KEYS.before) continue;
      const first = Array.isArray(value) ? value[0] : value;
      if (first) url.set(key, first);
    }
    if (to > 1) url.set(TABLE_PARAM_KEYS.page, String(to));
    if (to > 1 && cursor.after) url.set(TABLE_PARAM_KEYS.after, cursor.after);
    if (to > 1 && cursor.before) url.set(TABLE_PARAM_KEYS.before, cursor.before);
    const query = url.toString();
    return query ? `${path}?${query}` : path;
  };
  const link =
    "inline-flex min-h-6 items-center rounded-md border border-slate-300 bg-white px-3 py-1 text-blue-800 underline";
  const off = "inline-flex min-h-6 items-center rounded-md border border-slate-200 px-3 py-1 text-slate-500";
  return (
    <div className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
      <p>
        {totalCapped ? "Hơn " : ""}
        {numberFormat.format(total)} {unit}
      </p>
      <nav aria-label="Phân trang" className="flex items-center gap-2">
        {cursors.before || page > 1 ? (
          <Link className={link} href={href(page - 1, { before: cursors.before })}>
            Trước
          </Link>
        ) : (
          <span className={off} aria-disabled="true">
            Trước
          </span>
        )}
        <span className="min-w-16 text-center text-slate-800">Trang {page}</span>
        {cursors.after ? (
          <Link className={link} href={href(page + 1, { after: cursors.after })}>
            Sau
          </Link>
        ) : (
          <span className={off} aria-disabled="true">
            Sau
          </span>
        )}
      </nav>
    </div>
  );
}
