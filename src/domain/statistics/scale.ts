/**
 * The numbers a chart's axis shows: a round top (1, 2, 2.5 or 5 times a power of ten) at or above the
 * largest value, and the ticks up to it. Pure, so the server draws the SVG without a chart library.
 */

/** 0 → 1, 7 → 10, 12 → 20, 430 → 500: the axis' top for counts up to `max`. */
export function niceMax(max: number): number {
  if (max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= max)!;
  return step * power;
}

/** Whole-number ticks from 0 to `top` (as niceMax gives it), about five. */
export function ticksTo(top: number): number[] {
  const step = top <= 5 ? 1 : top / 5;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
}

/** A value's share of the axis, in percent of the plot (0–100), for SVG coordinates in %. */
export const share = (value: number, top: number) => (top > 0 ? (value / top) * 100 : 0);
