"use client";

import { Notice } from "@/components/ui/notice";
import { CurrentValues, type CurrentLabels } from "./current-values";

/**
 * What a form says above its fields after a save: the refusal (formError), and after a stale save the
 * row's current values beside what was typed (CurrentValues). `className` places it in the form's grid
 * (e.g. "sm:col-span-3" to span the row); nothing is rendered, not even an empty cell, when all is well.
 */
export function FormAlerts<V extends object>({
  formError,
  current,
  typed,
  labels,
  className,
}: {
  formError: string | null | undefined;
  current: V | null;
  typed: V;
  labels: CurrentLabels<V>;
  className?: string;
}) {
  if (!formError && !current) return null;
  return (
    <div className={`space-y-2 ${className ?? ""}`}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <CurrentValues current={current} typed={typed} labels={labels} />
    </div>
  );
}
