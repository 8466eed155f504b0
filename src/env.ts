import "server-only";
import { z } from "zod";

/**
 * The only place that reads process.env (architecture note). Validated lazily so `next build`
 * works without a database or secrets.
 */
const Env = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL chưa được đặt"),
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET phải dài ít nhất 16 ký tự"),
  /** "1" when the app sits behind a proxy that sets X-Forwarded-For; enables per-address throttling. */
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  SESSION_MAX_AGE_HOURS: z.coerce.number().int().positive().default(12),
});

let cached: z.infer<typeof Env> | undefined;

export function env(): z.infer<typeof Env> {
  cached ??= Env.parse(process.env);
  return cached;
}
