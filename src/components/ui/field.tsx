import type { ReactNode } from "react";

export const inputClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 focus:border-blue-700 focus:outline-none focus:ring-2 focus:ring-blue-700 aria-[invalid=true]:border-red-700";

/**
 * A labelled control with its error message beside it. The control must carry
 * `id={id}`, `aria-invalid` and `aria-describedby={errorId(id)}`: that element holds the error and
 * (for screen readers) the hint, so both are read with the field.
 */
export function Field({
  id,
  label,
  error,
  hint,
  required,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      {/* The asterisk sits outside the label so the field's accessible name is the label alone. */}
      <div className="text-sm font-medium text-slate-800">
        <label htmlFor={id}>{label}</label>
        {required ? (
          <span className="text-red-700" aria-hidden="true">
            {" "}
            *
          </span>
        ) : null}
      </div>
      {children}
      {/* Shown here; read to screen readers through the described-by element below instead. */}
      {hint ? (
        <p className="text-xs text-slate-600" aria-hidden="true">
          {hint}
        </p>
      ) : null}
      <p id={errorId(id)} className="min-h-4 text-sm text-red-700" role={error ? "alert" : undefined}>
        {error ?? ""}
        {hint ? <span className="sr-only"> {hint}</span> : null}
      </p>
    </div>
  );
}

export function errorId(id: string) {
  return `${id}-loi`;
}
