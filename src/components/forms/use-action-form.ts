"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/schemas/action-result";

/**
 * Glue between react-hook-form and a server action: field errors from the server land next to
 * their fields, the overall message on top, and the typed values stay in the form (nothing the
 * user typed is lost on a refusal).
 */
export function useActionForm<V extends FieldValues, T>(
  form: UseFormReturn<V>,
  action: (values: V) => Promise<ActionResult<T>>,
  onSuccess: (data: T) => void,
) {
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await action(values);
    if (result.ok) {
      onSuccess(result.data);
      return;
    }
    setFormError(result.error);
    for (const [name, message] of Object.entries(result.fieldErrors)) {
      form.setError(name as Path<V>, { type: "server", message });
    }
  });
  return { submit, formError, submitting: form.formState.isSubmitting };
}
