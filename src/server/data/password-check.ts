import "server-only";
import type { Tx } from "@/server/db/client";
import { isThrottled, windowStart } from "@/domain/auth/sign-in-throttle";
import { DUMMY_HASH, verifyPassword } from "@/server/auth/password";

/**
 * Every place that checks an account's password (sign-in, accepting an invitation with an
 * existing account, changing one's own password) goes through here, so one throttle counts
 * every guess, wherever it is typed. Runs inside the caller's transaction, under an advisory
 * lock per account, so concurrent guesses on several app instances are counted exactly; the
 * attempt is recorded whatever the outcome — the caller must commit (return, not throw) after a
 * refusal, or the failure would not count.
 */

type Account = { id: string; email: string; name: string; active: boolean; isOperator: boolean };

export type PasswordCheck<U extends Account> =
  { ok: true; user: U } | { ok: false; reason: "bad_credentials" | "throttled" };

export async function checkPassword<U extends Account & { passwordHash: string }>(
  tx: Tx,
  input: {
    email: string;
    password: string;
    ip: string | null;
    /** Loads the account (with whatever the caller needs of it). */
    load: (email: string) => Promise<U | null>;
    /** Beyond an active account and the right password, what success needs (a unit to work in…). */
    usable?: (user: U) => boolean;
  },
): Promise<PasswordCheck<U>> {
  const identifier = input.email.trim().toLowerCase();
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${"signin:" + identifier}))`;
  const since = windowStart(new Date());
  const [failuresForAccount, failuresForAddress] = await Promise.all([
    tx.signInAttempt.count({ where: { identifier, succeeded: false, createdAt: { gte: since } } }),
    input.ip ? tx.signInAttempt.count({ where: { ip: input.ip, succeeded: false, createdAt: { gte: since } } }) : null,
  ]);
  if (isThrottled({ failuresForAccount, failuresForAddress })) {
    await tx.signInAttempt.create({ data: { identifier, ip: input.ip ?? "", succeeded: false } });
    return { ok: false, reason: "throttled" };
  }
  const user = await input.load(identifier);
  // Compared even without an account, so timing does not tell which emails exist.
  const matches = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  const succeeded = Boolean(user && user.active && matches && (input.usable?.(user) ?? true));
  await tx.signInAttempt.create({ data: { identifier, ip: input.ip ?? "", succeeded } });
  if (!succeeded || !user) return { ok: false, reason: "bad_credentials" };
  return { ok: true, user };
}
