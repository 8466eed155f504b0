/**
 * Dates as plans write them: a day ("15/12/2025"), or only a month ("tháng 12/2025") or a year
 * ("năm 2025") where the plan gives no day — typically a phase plan's reviews ("sơ kết vào năm
 * 2025") and deadlines ("hoàn thành trong tháng 12/2025"). Nghị định 30/2020/NĐ-CP (Phụ lục I)
 * writes dates as "ngày … tháng … năm …", and a plan that names only the month or the year means
 * that whole period: such a deadline therefore falls at the END of it (the last day, until midnight
 * Vietnam time), never at its first day.
 *
 * Held as a partial ISO string, so its precision travels with it: "2025-12-15" (a day),
 * "2025-12" (a month), "2025" (a year). The database stores the period's last day beside the
 * precision (plan-mapping), so every deadline check made on the stored day — a day is open until
 * its end in Vietnam's time (todayInVietnam() <= deadline) — holds until the period's end. Pure.
 */

export type DatePrecision = "DAY" | "MONTH" | "YEAR";

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const YEAR_RANGE = (y: number) => y >= 1900 && y <= 2200;

export function precisionOf(loose: string): DatePrecision {
  return loose.length === 4 ? "YEAR" : loose.length === 7 ? "MONTH" : "DAY";
}

/**
 * What an officer types, read into a partial ISO string, or why not: "15/12/2025" (also 15.12.2025,
 * 15-12-2025, eight digits), "12/2025" or "tháng 12/2025" or "tháng 12 năm 2025", "2025" or
 * "năm 2025"; the stored forms ("2025-12-15", "2025-12", "2025") read back as themselves.
 */
export function readLooseDate(text: string): { loose: string } | { problem: "format" | "no-such-day" } {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  const day =
    /^(?:ngày )?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t) ??
    /^(\d{2})(\d{2})(\d{4})$/.exec(t) ??
    /^ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/.exec(t);
  if (day) return dayOf(Number(day[3]), Number(day[2]), Number(day[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const month =
    /^(?:tháng )?(\d{1,2})[/.-](\d{4})$/.exec(t) ??
    /^tháng (\d{1,2}) năm (\d{4})$/.exec(t) ??
    (/^(\d{4})-(\d{2})$/.exec(t) && [t, t.slice(5), t.slice(0, 4)]);
  if (month) {
    const [m, y] = [Number(month[1]), Number(month[2])];
    return m >= 1 && m <= 12 && YEAR_RANGE(y) ? { loose: `${y}-${pad(m)}` } : { problem: "no-such-day" };
  }
  const year = /^(?:năm )?(\d{4})$/.exec(t);
  if (year) return YEAR_RANGE(Number(year[1])) ? { loose: year[1]! } : { problem: "no-such-day" };
  return { problem: "format" };
}

function dayOf(y: number, m: number, d: number): { loose: string } | { problem: "no-such-day" } {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(y, m) && YEAR_RANGE(y)
    ? { loose: `${y}-${pad(m)}-${pad(d)}` }
    : { problem: "no-such-day" };
}

/** The first day (yyyy-mm-dd) of the period a loose date names. */
export function periodStart(loose: string): string {
  if (loose.length === 4) return `${loose}-01-01`;
  if (loose.length === 7) return `${loose}-01`;
  return loose;
}

/** The last day (yyyy-mm-dd) of the period a loose date names: where a deadline given by it falls. */
export function periodEnd(loose: string): string {
  if (loose.length === 4) return `${loose}-12-31`;
  if (loose.length === 7) {
    const [y, m] = loose.split("-").map(Number) as [number, number];
    return `${loose}-${pad(lastDayOfMonth(y, m))}`;
  }
  return loose;
}

/** The stored day and precision back into the partial ISO string (the inverse of periodEnd). */
export function looseFromStored(day: string, precision: DatePrecision): string {
  return precision === "YEAR" ? day.slice(0, 4) : precision === "MONTH" ? day.slice(0, 7) : day;
}

/**
 * A loose date as it is written in the plan and shown back: "15/12/2025", "tháng 12/2025",
 * "năm 2025". `withDay` words a day for a sentence ("ngày 15/12/2025").
 */
export function formatLooseDate(loose: string, { withDay = false }: { withDay?: boolean } = {}): string {
  if (loose.length === 4) return `năm ${loose}`;
  if (loose.length === 7) return `tháng ${loose.slice(5)}/${loose.slice(0, 4)}`;
  const [y, m, d] = loose.split("-");
  return `${withDay ? "ngày " : ""}${d}/${m}/${y}`;
}
