import "server-only";
import { z } from "zod";
import { DEFAULT_MAX_FILES_PER_DOCUMENT } from "@/domain/nominations/dossier-limits";
import { DEFAULT_BACKGROUND_EXPORT_ROWS } from "@/domain/exports/background";

/** An unset variable and one set to "" (as compose files and .env templates often leave them) mean the same. */
const emptyToUndefined = (v: unknown) => (v === "" ? undefined : v);
const optionalText = z.preprocess(emptyToUndefined, z.string().optional());

/**
 * The only place that reads process.env (architecture note). Validated lazily so `next build`
 * works without a database or secrets.
 */
const Env = z.object({
  DATABASE_URL: z.string({ error: "chưa được đặt" }).min(1, "chưa được đặt"),
  AUTH_SECRET: z.string({ error: "chưa được đặt" }).min(16, "phải dài ít nhất 16 ký tự"),
  /** "1" when the app sits behind a proxy that sets X-Forwarded-For; enables per-address throttling. */
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  SESSION_MAX_AGE_HOURS: z.coerce.number().int().positive().default(12),
  /** Port of `npm start`; one-time links point at it when APP_URL is unset. */
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(3000)),
  /** Public address of the app (https://thidua.example.vn): the start of the one-time links handed out. */
  APP_URL: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^https?$/, error: "APP_URL phải là một URL http:// hoặc https://" }).optional(),
  ),
  // Uploaded files (src/server/storage). S3_BUCKET set: an S3-compatible store; unset: local disk.
  /** Local-disk storage folder; default <repo>/.data/files. */
  FILES_DIR: optionalText,
  S3_BUCKET: optionalText,
  /** Endpoint of a non-AWS store (MinIO, Ceph, a Vietnamese cloud); unset = AWS. */
  S3_ENDPOINT: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^https?$/, error: "S3_ENDPOINT phải là một URL http:// hoặc https://" }).optional(),
  ),
  S3_REGION: optionalText,
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  /** "1": path-style URLs (endpoint/bucket/key), which MinIO and most self-hosted stores need. */
  S3_FORCE_PATH_STYLE: z.enum(["0", "1"]).default("0"),
  /** Files one dossier document may hold (a runaway script must not fill one with hundreds). */
  DOSSIER_MAX_FILES: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "phải là một số nguyên từ 1 đến 100" })
      .int("phải là một số nguyên từ 1 đến 100")
      .min(1, "phải là một số nguyên từ 1 đến 100")
      .max(100, "phải là một số nguyên từ 1 đến 100")
      .default(DEFAULT_MAX_FILES_PER_DOCUMENT),
  ),
  // Mail and background work (src/server/mail, src/server/jobs).
  /** smtp://user:pass@host:587 or smtps://…:465; unset: mail stays in the outbox (/thong-bao/thu-di). */
  SMTP_URL: z.preprocess(emptyToUndefined, z.url("SMTP_URL phải là một URL smtp:// hoặc smtps://").optional()),
  /** The sender of the app's mail. */
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().default('"Thi đua – Khen thưởng" <no-reply@thidua.local>')),
  /**
   * Rows above which an export (award history, registration summary) is made by the worker and its
   * requester notified, instead of inside the request (issue 15): 13 000 rows took over 10 s.
   */
  EXPORT_BACKGROUND_ROWS: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "phải là một số nguyên dương" })
      .int("phải là một số nguyên dương")
      .positive("phải là một số nguyên dương")
      .default(DEFAULT_BACKGROUND_EXPORT_ROWS),
  ),
  /** "0": this instance runs no background worker (reminders, mail); another instance on the database does. */
  WORKER: z.enum(["0", "1"]).default("1"),
  /**
   * bcrypt's work factor for new password hashes: 11 is ~150 ms on a 2-core server. The integration
   * tests set 4 (tests/support/integration-env.ts): they hash hundreds of passwords and do not test the
   * cost. A hash records its own cost, so a change only affects passwords set afterwards.
   */
  PASSWORD_HASH_COST: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "phải là một số nguyên từ 4 đến 15" })
      .int("phải là một số nguyên từ 4 đến 15")
      .min(4, "phải là một số nguyên từ 4 đến 15")
      .max(15, "phải là một số nguyên từ 4 đến 15")
      .default(11),
  ),
});

let cached: z.infer<typeof Env> | undefined;

/**
 * What is wrong with the configuration, one line per variable, naming it ("DATABASE_URL: chưa được
 * đặt"); empty when nothing is. `npm start` asks before it builds or serves (scripts/start.ts).
 */
export function configurationProblems(source: Record<string, string | undefined> = process.env): string[] {
  const parsed = Env.safeParse(source);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

/**
 * The configuration, validated on first use. The server's start (src/instrumentation.ts) is that
 * first use, so `next start` with a variable missing or wrong stops at once, naming it, instead of
 * printing "Ready" and answering 500 to every request.
 */
export function env(): z.infer<typeof Env> {
  if (!cached) {
    const problems = configurationProblems();
    if (problems.length) throw new Error(`Cấu hình không hợp lệ: ${problems.join("; ")}`);
    cached = Env.parse(process.env);
  }
  return cached;
}

/** Whether this is `next dev` (the security policy allows what hot reloading needs). */
export function isDevelopment(): boolean {
  return process.env.NODE_ENV === "development";
}
