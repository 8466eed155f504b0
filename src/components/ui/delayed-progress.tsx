"use client";

import { useEffect, useState } from "react";

/** How long a step may take before it is shown as under way: most imports and exports are done sooner. */
export const SHOW_AFTER_MS = 1000;

/**
 * A step still under way after a second (an import being checked and written, an export being
 * made): a progress bar — with how far it has got when that is known (`fraction`), else moving
 * without a value — and what is happening ("Đang nhập…"). Nothing appears for a quick step, so
 * the page does not flicker; screen readers hear the label once (role status).
 */
export function DelayedProgress({ active, label, fraction }: { active: boolean; label: string; fraction?: number }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) return setShown(false);
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [active]);
  if (!active || !shown) return null;
  return (
    <div
      role="status"
      className="flex max-w-xl items-center gap-3 text-sm text-slate-800"
      data-testid="delayed-progress"
    >
      <progress className="h-2 w-40" max={1} value={fraction} aria-label={label} />
      <span>
        {label}
        {fraction !== undefined ? ` ${Math.round(fraction * 100)}%` : ""}
      </span>
    </div>
  );
}
