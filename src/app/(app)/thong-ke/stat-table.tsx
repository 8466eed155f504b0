import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * A statistics table: the figures of the chart above it, readable by any screen reader and on a
 * phone (it scrolls sideways inside its box, the page does not). The first column names the line;
 * the last line may be the totals.
 */
export function StatTable({
  caption,
  headers,
  rows,
  totals,
}: {
  caption: string;
  headers: readonly string[];
  rows: readonly { key: string; head: ReactNode; cells: readonly ReactNode[] }[];
  totals?: readonly ReactNode[];
}) {
  return (
    <ScrollRegion label={caption} className="mt-4 rounded-md border border-slate-200">
      <table className="w-full min-w-max text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            {headers.map((h, i) => (
              <th key={h} scope="col" className={`px-3 py-2 font-semibold ${i ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-normal">
                {r.head}
              </th>
              {r.cells.map((c, i) => (
                <td key={i} className="px-3 py-2 text-right tabular-nums">
                  {c}
                </td>
              ))}
            </tr>
          ))}
          {totals ? (
            <tr className="border-t-2 border-slate-400 font-semibold">
              <th scope="row" className="px-3 py-2">
                Tổng cộng
              </th>
              {totals.map((c, i) => (
                <td key={i} className="px-3 py-2 text-right tabular-nums">
                  {c}
                </td>
              ))}
            </tr>
          ) : null}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** A section of the page: a heading, what it counts, the chart and its table. */
export function StatSection({
  id,
  title,
  note,
  children,
}: {
  id: string;
  title: string;
  note?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="min-w-0 break-inside-avoid rounded-lg border border-slate-300 bg-white p-4"
    >
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {note ? <p className="mt-1 text-sm text-slate-700">{note}</p> : null}
      {children}
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="mt-3 text-sm text-slate-700">{children}</p>;
}
