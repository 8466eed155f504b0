"use client";

import type { MouseEvent, Ref } from "react";
import type { FieldErrorEntry } from "./field-errors";

/** The element id a field path is rendered under (fieldProps: dots become dashes). */
export const fieldId = (path: string) => path.replace(/\./g, "-");

/**
 * The element a summary link leads to: the field itself, else the list's error line (`…-loi`, a
 * list's "at least one" message), else the nearest enclosing field, path segment by segment.
 */
export function fieldTarget(path: string): HTMLElement | null {
  const parts = path.split(".");
  for (let n = parts.length; n > 0; n--) {
    const id = fieldId(parts.slice(0, n).join("."));
    const el = document.getElementById(id) ?? document.getElementById(`${id}-loi`);
    if (el) return el;
  }
  return null;
}

/**
 * What the summary calls a field: its own label (or its group's legend), after the outermost group
 * it sits in when that is one of a repeated set ("Hình thức khen thưởng 2 · Số lượng"). Read from
 * the page, so a field a sub-form adds is named the way the user sees it, with no second list of
 * labels to keep in step.
 */
function fieldName(path: string): string {
  const el = fieldTarget(path);
  if (!el) return "";
  const legend = (f: Element | null | undefined) => f?.querySelector(":scope > legend")?.textContent?.trim() ?? "";
  const own = (el as HTMLInputElement).labels?.[0]?.textContent?.trim() || legend(el.closest("fieldset"));
  let outer = el.closest("fieldset");
  while (outer?.parentElement?.closest("fieldset")) outer = outer.parentElement.closest("fieldset");
  const group = legend(outer);
  return group && !own.toLowerCase().includes(group.toLowerCase()) ? `${group} · ${own}` : own;
}

/**
 * The GOV.UK-style error summary: shown above a form that failed to save, focused then (`ref`), it
 * says what went wrong and links to every field with a message; following a link lets the form
 * bring the field into view first (`onFollow`, e.g. open its step) and then focuses it.
 */
export function ErrorSummary({
  entries,
  formError,
  onFollow,
  ref,
}: {
  entries: FieldErrorEntry[];
  formError: string | null;
  onFollow: (path: string) => void;
  ref?: Ref<HTMLDivElement>;
}) {
  if (!entries.length && !formError) return null;
  const follow = (path: string) => (e: MouseEvent) => {
    e.preventDefault();
    onFollow(path);
    const el = fieldTarget(path);
    if (!el) return;
    if (el.tabIndex < 0 && !/^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(el.tagName)) el.tabIndex = -1;
    el.scrollIntoView({ block: "center" });
    el.focus();
  };
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby="tom-tat-loi"
      className="space-y-2 rounded-md border-2 border-red-700 bg-red-50 p-4 text-sm text-red-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
    >
      <h2 id="tom-tat-loi" className="text-base font-semibold">
        {entries.length ? `Chưa lưu được: ${entries.length} chỗ cần sửa` : "Chưa lưu được"}
      </h2>
      {formError ? <p>{formError}</p> : null}
      {entries.length ? (
        <ul className="list-disc space-y-1 pl-5">
          {entries.map((entry) => {
            const name = fieldName(entry.path);
            return (
              <li key={`${entry.path}:${entry.message}`}>
                <a
                  href={`#${fieldId(entry.path)}`}
                  onClick={follow(entry.path)}
                  className="inline-block min-h-6 underline hover:no-underline"
                >
                  {name ? `${name}: ` : ""}
                  {entry.message}
                </a>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
