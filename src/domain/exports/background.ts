/**
 * When an export leaves the request for the background worker, and how long its file is kept
 * (issue 15: at national scale a district's whole award history, about 13 000 rows, took over 10 s
 * to make and a province's 50 000 several minutes — past what a request may take).
 */

/** Rows above which the file is made by the worker; EXPORT_BACKGROUND_ROWS overrides it (src/env.ts). */
export const DEFAULT_BACKGROUND_EXPORT_ROWS = 5_000;

/** Days a background export stays downloadable; `npm run sweep-files` removes it after. */
export const EXPORT_KEEP_DAYS = 7;

export function madeInBackground(rows: number, threshold: number): boolean {
  return rows > threshold;
}

export function exportExpiry(finishedAt: Date): Date {
  return new Date(finishedAt.getTime() + EXPORT_KEEP_DAYS * 24 * 60 * 60 * 1000);
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

/**
 * One string for an export's kind and filters, whatever order the keys came in and with unset
 * filters left out: two requests for the same file have the same key (a second joins the first).
 */
export function exportKey(kind: string, filters: { [key: string]: Json | undefined }): string {
  const canonical = (value: Json | undefined): string =>
    Array.isArray(value)
      ? `[${value.map(canonical).join(",")}]`
      : value !== null && typeof value === "object"
        ? `{${Object.keys(value)
            .filter((k) => value[k] !== undefined)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
            .join(",")}}`
        : JSON.stringify(value);
  return `${kind}:${canonical(filters)}`;
}

/** A file's size as people read it: "850 KB", "1,2 MB" (decimal comma). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`;
}
