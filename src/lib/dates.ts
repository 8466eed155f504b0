/** Calendar dates are stored as UTC midnight (`@db.Date`); these convert to and from yyyy-mm-dd. */
export function parseIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** dd/mm/yyyy, as Vietnamese documents write dates. */
export function formatViDate(date: Date | string): string {
  const iso = typeof date === "string" ? date.slice(0, 10) : toIsoDate(date);
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

const clock = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/**
 * "11:03 ngày 01/12/2026": a moment as Vietnamese offices write it, in Vietnam's time, whatever
 * the server's or the browser's locale (no seconds, a four-digit year, the day before the month).
 */
export function formatViDateTime(date: Date | string): string {
  const parts = Object.fromEntries(
    clock.formatToParts(typeof date === "string" ? new Date(date) : date).map((p) => [p.type, p.value]),
  );
  return `${parts.hour}:${parts.minute} ngày ${parts.day}/${parts.month}/${parts.year}`;
}

/**
 * A day as people type it — dd/mm/yyyy, with one-digit days and months, "." or "-" between, or
 * the eight digits alone (a phone's number pad has no "/") — or yyyy-mm-dd as stored, read into
 * yyyy-mm-dd. Never the browser's order: "01/12/2026" is the first of December.
 */
export function readDay(text: string): { iso: string } | { problem: "format" | "no-such-day" } {
  const t = text.trim();
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  const iso = vi ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (!vi && !iso) return { problem: "format" };
  const [d, m, y] = vi ? [vi[1]!, vi[2]!, vi[3]!] : [iso![3]!, iso![2]!, iso![1]!];
  const day = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const date = new Date(`${day}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || toIsoDate(date) !== day ? { problem: "no-such-day" } : { iso: day };
}

/**
 * What a day field holds while it is typed: a phone's number pad has no "/", so one is put in after
 * the day and after the month as the digits come ("01" → "01/", "0112" → "01/12/", eight digits at
 * once → "01/12/1990"), and a "/" typed right after one put in is dropped ("01//" → "01/"), so
 * typing the slashes on a keyboard gives the same text. Anything else (a one-digit day "1/2/2025",
 * dots, yyyy-mm-dd, more than eight digits) is left as typed for `readDay` to read or refuse.
 */
export function slashDayAsTyped(text: string): string {
  const doubled = /^(\d{1,2}\/(?:\d{2}\/)?)\/$/.exec(text);
  if (doubled) return doubled[1]!;
  const digits = /^(\d{2})(\d{0,2})(\d{0,4})$/.exec(text);
  if (digits) {
    const [, d, m, y] = digits;
    if (!m) return `${d}/`;
    return m.length < 2 ? `${d}/${m}` : `${d}/${m}/${y}`;
  }
  return /^\d{1,2}\/\d{2}$/.test(text) ? `${text}/` : text;
}

/** Today's date in Vietnam (yyyy-mm-dd): deadlines and document dates are Asia/Ho_Chi_Minh days. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Ho_Chi_Minh",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
