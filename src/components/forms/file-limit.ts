"use client";

import { useState, type FormEvent } from "react";

/**
 * A file form's size limit checked in the browser, shown by the field like the server's own
 * message: a file over the limit is never sent. (Past the server's body limit the framework would
 * refuse the request before the action could answer, and the page would show a crash.)
 * Give `onSubmit` to the form and show `error` by its file field, whose input is named "file".
 */
export function useFileLimit(maxBytes: number, message: string) {
  const [error, setError] = useState<string>();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("file");
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    const tooLarge = file !== undefined && file.size > maxBytes;
    setError(tooLarge ? message : undefined);
    if (tooLarge) event.preventDefault(); // React then does not run the form's action
  };
  return { error, onSubmit };
}
