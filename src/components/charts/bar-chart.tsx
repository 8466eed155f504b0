import { niceMax, share } from "@/domain/statistics/scale";
import { formatCount } from "@/domain/text/format";
import { Legend, SERIES_COLOURS, type Series } from "./palette";

/**
 * Horizontal bars, one group per line, drawn on the server as SVG: no JavaScript reaches the
 * browser. Horizontal, so long names (a commune, a title) read on a phone; widths in percent of
 * the SVG, so it fits any screen without shrinking its text. The SVG is one image with a short
 * description; its numbers are in the table the page puts beside every chart.
 */

const LABEL = 18;
const BAR = 14;
const GAP = 12;
/** The longest bar's share of the width: room for its number after it. */
const REACH = 82;

export function BarChart({
  description,
  series,
  lines,
}: {
  /** What the image shows, for a screen reader ("Số khen thưởng theo đơn vị…; số liệu ở bảng sau"). */
  description: string;
  series: readonly Series[];
  lines: readonly { label: string; values: readonly number[] }[];
}) {
  if (!lines.length) return null;
  const top = niceMax(Math.max(...lines.flatMap((l) => l.values)));
  const lineHeight = LABEL + series.length * (BAR + 2) + GAP;
  return (
    <div>
      <Legend series={series} />
      <svg
        role="img"
        aria-label={description}
        width="100%"
        height={lines.length * lineHeight}
        className="mt-2 overflow-visible text-slate-900"
      >
        {lines.map((line, i) => {
          const y = i * lineHeight;
          return (
            <g key={`${line.label}-${i}`}>
              <text x="0" y={y + 13} fontSize="13" fill="currentColor">
                {line.label}
              </text>
              {line.values.map((value, k) => {
                const width = (share(value, top) * REACH) / 100;
                const barY = y + LABEL + k * (BAR + 2);
                return (
                  <g key={k}>
                    <rect x="0" y={barY} width={`${width}%`} height={BAR} rx="2" fill={SERIES_COLOURS[k]} />
                    <text x={`${width + 1}%`} y={barY + BAR - 2} fontSize="12" fill="currentColor">
                      {formatCount(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
