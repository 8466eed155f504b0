"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/schemas/action-result";
import { announceSaved, clearSaved } from "./saved-status";

/**
 * Glue between react-hook-form and a server action: field errors from the server land next to
 * their fields, the overall message on top, and the typed values stay in the form (nothing the
 * user typed is lost on a refusal).
 *
 * An edit form passes the `rowVersion` of the row it loaded; the action receives it as its second
 * argument (optimistic concurrency, src/server/data/row-version.ts). When someone else saved
 * first, the refusal brings the row as it now is: `current` holds its values for the form to show
 * beside what the user typed, and the next save goes against the new version. A new version from
 * the page (after a refresh) replaces the one held.
 *
 * A success is confirmed at the bottom of the window (`SavedStatus`): "Đã lưu." unless `saved` says
 * otherwise ("Đã gửi."), or `false` for a form that shows its own confirmation beside it.
 */
export function useActionForm<V extends FieldValues, T>(
  form: UseFormReturn<V>,
  action: (values: V, rowVersion: number | null) => Promise<ActionResult<T>>,
  onSuccess: (data: T) => void,
  rowVersion: number | null = null,
  { saved = "Đã lưu." }: { saved?: string | false } = {},
) {
  const [formError, setFormError] = useState<string | null>(null);
  const [version, setVersion] = useState({ loaded: rowVersion, now: rowVersion });
  const [current, setCurrent] = useState<V | null>(null);
  if (version.loaded !== rowVersion) {
    setVersion({ loaded: rowVersion, now: rowVersion });
    setCurrent(null);
  }
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    clearSaved();
    const result = await action(values, version.now);
    if (result.ok) {
      setCurrent(null);
      if (saved) announceSaved(saved);
      onSuccess(result.data);
      return;
    }
    setFormError(result.error);
    if (result.current) {
      setVersion((v) => ({ ...v, now: result.current!.rowVersion }));
      setCurrent(result.current.values as V);
    }
    for (const [name, message] of Object.entries(result.fieldErrors)) {
      form.setError(name as Path<V>, { type: "server", message });
    }
  });
  return { submit, formError, submitting: form.formState.isSubmitting, current };
}
