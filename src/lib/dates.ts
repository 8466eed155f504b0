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

const dateTimeFormat = new Intl.DateTimeFormat("vi-VN", {
  timeZone: "Asia/Ho_Chi_Minh",
  dateStyle: "short",
  timeStyle: "medium",
});

export function formatViDateTime(date: Date | string): string {
  return dateTimeFormat.format(typeof date === "string" ? new Date(date) : date);
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
