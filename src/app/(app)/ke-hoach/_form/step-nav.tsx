"use client";

import { PLAN_STEPS } from "./plan-steps";

/**
 * The list of the plan form's steps: any step can be opened at any time (nothing is checked on the
 * way; saving does that), the current one is marked, and a step with errors says how many. Wraps
 * onto a few short rows on a phone rather than scrolling sideways.
 */
export function StepNav({
  current,
  errors,
  onGo,
}: {
  current: number;
  errors: number[];
  onGo: (step: number) => void;
}) {
  return (
    <nav aria-label="Các bước soạn kế hoạch">
      <ol className="flex flex-wrap gap-2 text-sm">
        {PLAN_STEPS.map((s, i) => {
          const active = i === current;
          const count = errors[i] ?? 0;
          return (
            <li key={s.title}>
              <button
                type="button"
                onClick={() => onGo(i)}
                aria-current={active ? "step" : undefined}
                className={`min-h-8 rounded-full border px-3 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-700 ${
                  active
                    ? "border-brand-700 bg-brand-700 text-white"
                    : count
                      ? "border-red-700 bg-red-50 text-red-900"
                      : "border-slate-400 bg-white text-slate-900 hover:bg-slate-100"
                }`}
              >
                {i + 1}. {s.title}
                {count ? <span className={active ? "" : "font-semibold"}> ({count} lỗi)</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
