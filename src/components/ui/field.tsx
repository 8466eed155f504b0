import type { ReactNode } from "react";

export const inputClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 focus:border-blue-700 focus:outline-none focus:ring-2 focus:ring-blue-700 aria-[invalid=true]:border-red-700";

/** What `Field` hands its control: the id its label points at, the style, and the invalid and described-by state. */
export type ControlProps = {
  id: string;
  className: string;
  "aria-invalid": boolean;
  "aria-describedby": string;
};

/**
 * A labelled control with its hint and error beside it: the one way a form field is wired. The
 * control is rendered by `children` from the props `Field` gives it (spread them first; a later
 * `className` overrides the style), merged with `control` — typically react-hook-form's
 * `register(name)` (see `fieldProps`), or a plain `name` for a form posted as FormData. The
 * described-by element holds the error and (for screen readers) the hint, so both are read with
 * the field.
 */
export function Field<P extends object = object>({
  id,
  label,
  error,
  hint,
  required,
  control,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  control?: P;
  children: (props: ControlProps & P) => ReactNode;
}) {
  const props = {
    id,
    className: inputClass,
    "aria-invalid": Boolean(error),
    "aria-describedby": errorId(id),
    ...control,
  } as ControlProps & P;
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
      {children(props)}
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

function errorId(id: string) {
  return `${id}-loi`;
}
