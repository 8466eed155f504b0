"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";

/**
 * The confirmation after a save ("Đã lưu.", "Đã gửi.", "Đã xong: …"): every form that saves through
 * `useActionForm` or `ActionButton` announces it here (a `useActionState` form through
 * `useSavedOnSuccess`), so no save ends silently. Shown at the bottom
 * of the window, over the page, where the button just pressed is (a notice at the top of a long page
 * would be out of sight), and read out by screen readers (a polite live region that is always in the
 * page, so the change is heard). It stays across the navigation a save makes (a new person opens on
 * their page) but not past the next one; it closes with "Đóng", on the next save, or after a while.
 * The root layout renders the one `SavedStatus`.
 */

type Saved = { text: string; at: number; carried: boolean };

let saved: Saved | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Shows `text` as the confirmation of a save that just succeeded. */
export function announceSaved(text: string) {
  saved = { text, at: Date.now(), carried: false };
  emit();
}

/** Hides the confirmation (a new save starts, or the user closed it). */
export function clearSaved() {
  if (!saved) return;
  saved = null;
  emit();
}

/**
 * For a form posted with `useActionState`: confirms `text` each time the action answers ok (each
 * answer is a new state object, so two saves in a row are confirmed twice).
 */
export function useSavedOnSuccess(state: { ok: boolean } | null | undefined, text: string) {
  useEffect(() => {
    if (state?.ok) announceSaved(text);
  }, [state, text]);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A navigation this soon after the save is the save's own (to the new row's page). */
const CARRY_MS = 5_000;
/** Long enough to read twice; the saved data itself stays on the page. */
const SHOW_MS = 12_000;

export function SavedStatus() {
  const current = useSyncExternalStore(
    subscribe,
    () => saved,
    () => null,
  );
  const pathname = usePathname();
  const shownOn = useRef(pathname);
  useEffect(() => {
    if (shownOn.current === pathname) return;
    shownOn.current = pathname;
    if (saved && !saved.carried && Date.now() - saved.at < CARRY_MS) saved.carried = true;
    else clearSaved();
  }, [pathname]);
  useEffect(() => {
    if (!current) return;
    const timer = setTimeout(() => {
      if (saved === current) clearSaved();
    }, SHOW_MS);
    return () => clearTimeout(timer);
  }, [current]);
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4 print:hidden"
    >
      {current ? (
        <div
          data-testid="saved-status"
          className="pointer-events-auto flex max-w-xl items-center gap-3 rounded-md border border-green-300 bg-green-50 py-2 pl-4 pr-2 text-sm text-green-900 shadow-lg"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18" className="shrink-0">
            <path d="M4 10.5l4 4 8-9" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          </svg>
          <span>{current.text}</span>
          <button
            type="button"
            onClick={clearSaved}
            className="min-h-8 rounded px-2 font-medium underline hover:bg-green-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-green-800"
          >
            Đóng
          </button>
        </div>
      ) : null}
    </div>
  );
}
