import { z } from "zod";

/**
 * C0 and C1 control characters (tab and line breaks excepted: a textarea sends those) and half of a
 * surrogate pair (\p{Cs} under the u flag matches only unpaired halves). PostgreSQL refuses NUL in
 * text (error 22021, which used to reach the user as a 500); the others are never typed: they come
 * from a bad paste or a forged request.
 */
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Cs}]/u;

export const INVALID_CHARACTER_MESSAGE = "Có ký tự không hợp lệ (ký tự điều khiển như NUL). Hãy gõ lại đoạn chữ này.";

/** Whether a text can be stored as typed. */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/**
 * Every text field a person types, before its own checks: NFC first (macOS, iOS and text copied
 * from PDFs send Vietnamese accents as combining marks, which a letters-only rule would refuse and
 * a search would miss), then trimmed, then refused with a field message if it holds a control
 * character. Length and pattern checks chained after it see the normalised text.
 */
export const zText = (params?: { error?: string }) =>
  z.string(params).normalize("NFC").trim().refine(isStorableText, INVALID_CHARACTER_MESSAGE);

/**
 * A row's id as an action receives it: a cuid, so letters, digits, "-" and "_", bounded so a forged
 * value cannot be huge nor carry a character PostgreSQL refuses.
 */
export const ZId = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/);

/** An optional choice of a row in a form: "" (nothing chosen) or absent mean the same, undefined. */
export const ZOptionalId = z
  .union([z.literal(""), ZId])
  .optional()
  .transform((v) => v || undefined);
