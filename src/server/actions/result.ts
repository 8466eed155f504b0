import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError, DATABASE_UNREACHABLE_MESSAGE, invalid } from "@/domain/errors";
import { isDatabaseUnreachable } from "@/server/data/unreachable";
import { getActor, getOperator, type Actor, type Operator } from "@/server/auth/actor";
import type { ActionResult } from "@/schemas/action-result";
import { StaleRowError } from "@/domain/stale-row";

/**
 * Zod issues → one Vietnamese message per field (the first), keyed by dotted path. Actions that
 * carry an id beside the form parse `{ id, data }`; the form knows its fields without "data.".
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path[0] === "data" ? issue.path.slice(1) : issue.path;
    const key = path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalid("Dữ liệu nhập chưa hợp lệ. Xem các ô được đánh dấu.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/**
 * The one shape of a server action: who is calling (a signed-in actor), validated input, then
 * the use case. Expected failures become messages; anything else is logged with a reference
 * the user can quote, and nothing of its detail reaches the browser.
 */
export async function actorAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (actor: Actor, data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  return guarded(getActor, schema, input, run);
}

/** The same shape for the operator area (quản trị hệ thống): a signed-in operator instead of an actor. */
export async function operatorAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (operator: Operator, data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  return guarded(getOperator, schema, input, run);
}

/** The same shape for a page anyone may open: a one-time link, whose token in the input is the credential. */
export async function publicAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  return guarded(
    async () => true,
    schema,
    input,
    (_, data) => run(data),
  );
}

async function guarded<C, S extends z.ZodType, T>(
  caller: () => Promise<C | null>,
  schema: S,
  input: unknown,
  run: (caller: C, data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const who = await caller();
    if (!who) return { ok: false, error: "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.", fieldErrors: {} };
    const data = parseOrThrow(schema, input);
    return { ok: true, data: await run(who, data) };
  } catch (error) {
    unstable_rethrow(error); // redirects and notFound() are Next's control flow, not failures
    if (error instanceof StaleRowError)
      return { ok: false, error: error.message, fieldErrors: error.fieldErrors, current: error.current };
    if (error instanceof AppError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
    if (isDatabaseUnreachable(error)) {
      console.error("[action] database unreachable:", error instanceof Error ? error.message : error);
      return { ok: false, error: DATABASE_UNREACHABLE_MESSAGE, fieldErrors: {} };
    }
    const known = knownDatabaseError(error);
    if (known) return { ok: false, error: known, fieldErrors: {} };
    const ref = randomUUID().slice(0, 8);
    console.error(`[action ${ref}]`, error);
    return {
      ok: false,
      error: `Có lỗi không mong muốn (mã tham chiếu ${ref}). Dữ liệu đã lưu trước đó không bị ảnh hưởng.`,
      fieldErrors: {},
    };
  }
}

/**
 * Database refusals a user can act on. A unique violation is another user having just saved the
 * same thing (the checks before it passed a moment earlier); a transaction timeout is load.
 */
function knownDatabaseError(error: unknown): string | null {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  if (code === "P2002") return "Dữ liệu này vừa được lưu bởi người khác (trùng). Hãy tải lại trang và kiểm tra.";
  if (code === "P2028" || code === "P2034") return "Hệ thống đang bận, chưa lưu được. Vui lòng thử lại.";
  if (code === "P2003") return "Không thực hiện được vì còn dữ liệu khác liên quan.";
  return null;
}
