/**
 * The charts' series colours: dark enough against white for a graphic (WCAG 2.1 1.4.11, at least
 * 3:1) and told apart by hue and lightness. No chart relies on colour alone: a legend names each
 * series, and every chart has its table.
 */
export const SERIES_COLOURS = ["#1d4ed8", "#b45309", "#0f766e", "#9f1239"] as const;

export type Series = { name: string };

export function Legend({ series }: { series: readonly Series[] }) {
  if (series.length < 2) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800" aria-hidden="true">
      {series.map((s, i) => (
        <li key={s.name} className="flex items-center gap-2">
          <span className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: SERIES_COLOURS[i] }} />
          {s.name}
        </li>
      ))}
    </ul>
  );
}
