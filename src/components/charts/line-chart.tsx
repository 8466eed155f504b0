import { niceMax, share, ticksTo } from "@/domain/statistics/scale";
import { formatCount } from "@/domain/text/format";
import { Legend, SERIES_COLOURS, type Series } from "./palette";

/**
 * A line per series over the years, drawn on the server as SVG (no JavaScript in the browser).
 * Horizontal positions are percentages of the SVG's width, so it fits a phone without shrinking
 * its text; the first series' points carry their number. The table beside it holds every figure.
 */

const HEIGHT = 220;
const TOP = 20;
const PLOT = 160;
/** Where the plot starts and ends across the width, in percent: room for the axis numbers. */
const LEFT = 8;
const RIGHT = 94;

export function LineChart({
  description,
  series,
  years,
  values,
}: {
  description: string;
  series: readonly Series[];
  years: readonly number[];
  /** One list per series, a value per year. */
  values: readonly (readonly number[])[];
}) {
  const top = niceMax(Math.max(0, ...values.flat()));
  const x = (i: number) =>
    `${years.length === 1 ? (LEFT + RIGHT) / 2 : LEFT + (i * (RIGHT - LEFT)) / (years.length - 1)}%`;
  const y = (v: number) => TOP + PLOT - (share(v, top) * PLOT) / 100;
  return (
    <div>
      <Legend series={series} />
      <svg role="img" aria-label={description} width="100%" height={HEIGHT} className="mt-2 text-slate-900">
        {ticksTo(top).map((t) => (
          <g key={t}>
            <line x1={`${LEFT}%`} x2={`${RIGHT}%`} y1={y(t)} y2={y(t)} stroke="#cbd5e1" strokeWidth="1" />
            <text x="0" y={y(t) + 4} fontSize="12" fill="currentColor">
              {formatCount(t)}
            </text>
          </g>
        ))}
        {years.map((year, i) => (
          <text key={year} x={x(i)} y={HEIGHT - 6} fontSize="12" textAnchor="middle" fill="currentColor">
            {year}
          </text>
        ))}
        {values.map((line, s) => (
          <g key={s} stroke={SERIES_COLOURS[s]} fill={SERIES_COLOURS[s]}>
            {line.slice(1).map((v, i) => (
              <line key={i} x1={x(i)} y1={y(line[i]!)} x2={x(i + 1)} y2={y(v)} strokeWidth="2.5" />
            ))}
            {line.map((v, i) => (
              <circle key={i} cx={x(i)} cy={y(v)} r="4" />
            ))}
            {s === 0
              ? line.map((v, i) => (
                  <text
                    key={i}
                    x={x(i)}
                    y={y(v) - 9}
                    fontSize="12"
                    textAnchor="middle"
                    stroke="none"
                    fill="currentColor"
                  >
                    {formatCount(v)}
                  </text>
                ))
              : null}
          </g>
        ))}
      </svg>
    </div>
  );
}
