import Link from "next/link";
import { dueInWords, type Task } from "@/domain/tasks/task";
import { formatViDate } from "@/lib/dates";

/**
 * "Việc cần làm": each task says what, for which unit, by when, and links to the exact page; a
 * ballot open for me has its one-click button ("Bỏ phiếu ngay"). Laid out as cards that stack on a
 * phone (390 px) and keep the button within reach of the thumb.
 */
export function TaskBoard({ tasks }: { tasks: Task[] }) {
  return (
    <section aria-labelledby="viec-can-lam" className="mb-6">
      <h2 id="viec-can-lam" className="mb-3 text-lg font-semibold">
        Việc cần làm {tasks.length ? <span className="text-slate-700">({tasks.length})</span> : null}
      </h2>
      {tasks.length ? (
        <ul className="space-y-3" data-testid="task-board">
          {tasks.map((t) => (
            <li
              key={t.key}
              data-testid="task"
              className={`flex flex-col gap-2 rounded-lg border bg-white p-4 sm:flex-row sm:items-center sm:justify-between ${t.urgent ? "border-amber-500" : "border-slate-300"}`}
            >
              <div className="min-w-0">
                <Link href={t.href} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                  {t.what}
                </Link>
                <p className="mt-1 text-sm text-slate-700">
                  {t.unitName}
                  {t.due ? (
                    <>
                      {` · ${t.dueLabel ?? "hạn"} `}
                      {formatViDate(t.due)}
                      <DaysLeft left={t.daysLeft} meeting={t.dueLabel !== undefined} />
                    </>
                  ) : null}
                </p>
              </div>
              {t.action ? (
                <Link
                  href={t.href}
                  className="inline-flex min-h-11 shrink-0 items-center justify-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
                >
                  {t.action}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-slate-300 bg-white p-4 text-sm">Không có việc nào đang chờ bạn.</p>
      )}
    </section>
  );
}

function DaysLeft({ left, meeting }: { left: number | null; meeting: boolean }) {
  const words = meeting && left === 0 ? "hôm nay" : dueInWords(left);
  if (!words) return null;
  const soon = left !== null && left <= 3;
  return <span className={soon ? "font-semibold text-red-800" : undefined}> ({words})</span>;
}
