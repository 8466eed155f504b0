import { daysLeft } from "@/domain/notifications/reminders";

/**
 * One item of the task board: what to do, for which unit, by when, and the exact page where it is
 * done. `menu` is the menu entry it belongs to (its badge counts it); `action` the label of the
 * one-click button, when the item has one ("Bỏ phiếu ngay").
 */
export type Task = {
  key: string;
  what: string;
  unitName: string;
  /** yyyy-mm-dd, or null when nothing fixes a date. */
  due: string | null;
  /** What the date is: a deadline ("hạn", the default) or the day of a meeting ("ngày họp"). */
  dueLabel?: string;
  daysLeft: number | null;
  href: string;
  menu: string;
  action?: string;
  /** Something came back or is overdue: shown first. */
  urgent?: boolean;
};

export function task(t: Omit<Task, "daysLeft">, today: string): Task {
  return { ...t, daysLeft: t.due ? daysLeft(t.due, today) : null };
}

/** Urgent first, then by date (undated last), then by what. */
export function sortTasks(tasks: Task[]): Task[] {
  return [...tasks].sort(
    (a, b) =>
      Number(Boolean(b.urgent)) - Number(Boolean(a.urgent)) ||
      (a.due ?? "9999").localeCompare(b.due ?? "9999") ||
      a.what.localeCompare(b.what, "vi"),
  );
}

/** The badge of each menu entry: how many tasks lead there. */
export function countByMenu(tasks: readonly Task[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of tasks) out[t.menu] = (out[t.menu] ?? 0) + 1;
  return out;
}

/** The menu's badges: tasks per entry, and every task under "Tổng quan" ("/"). */
export function badgeCounts(tasks: readonly Task[]): Record<string, number> {
  return { ...countByMenu(tasks), "/": tasks.length };
}

/** "còn 3 ngày", "hôm nay", "quá hạn 2 ngày". */
export function dueInWords(left: number | null): string | null {
  if (left === null) return null;
  if (left === 0) return "hạn hôm nay";
  return left > 0 ? `còn ${left} ngày` : `quá hạn ${-left} ngày`;
}

/** yyyy-mm-dd `days` before `today`. */
export function daysBefore(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}
