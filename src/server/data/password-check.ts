import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db/client";
import { accountCountFrom, addressCountFrom, secondsToWait, type FailureCount } from "@/domain/auth/sign-in-throttle";
import { DUMMY_HASH, verifyPassword } from "@/server/auth/password";

/**
 * Every place that checks an account's password (sign-in, accepting an invitation with an
 * existing account, changing one's own password) goes through here, so one throttle counts
 * every guess, wherever it is typed. Runs inside the caller's transaction, under advisory locks
 * per account and per client address, so concurrent guesses on several app instances are counted
 * exactly; the attempt is recorded whatever the outcome — the caller must commit (return, not
 * throw) after a refusal, or the failure would not count. The rule itself (a growing delay,
 * never a lock) is src/domain/auth/sign-in-throttle.ts.
 */

type Account = { id: string; email: string; name: string; active: boolean; isOperator: boolean };

export type PasswordCheck<U extends Account> =
  | { ok: true; user: U }
  | { ok: false; reason: "bad_credentials" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

async function failures(tx: Tx, where: Prisma.SignInAttemptWhereInput): Promise<FailureCount> {
  const found = await tx.signInAttempt.aggregate({
    where: { ...where, succeeded: false, throttled: false },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  return { failures: found._count._all, lastFailureAt: found._max.createdAt };
}

/** The account's counted failures: within the window, after its last success and its last release. */
export async function accountFailures(tx: Tx, identifier: string, now: Date): Promise<FailureCount> {
  // One after the other: a transaction is one connection, and it runs one query at a time.
  const user = await tx.user.findUnique({ where: { email: identifier }, select: { signInReleasedAt: true } });
  const lastSuccess = await tx.signInAttempt.findFirst({
    where: { identifier, succeeded: true },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const from = accountCountFrom(now, [user?.signInReleasedAt ?? null, lastSuccess?.createdAt ?? null]);
  return failures(tx, { identifier, createdAt: { gt: from, lte: now } });
}

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
    /** The clock (tests); default now. */
    now?: Date;
  },
): Promise<PasswordCheck<U>> {
  const identifier = input.email.trim().toLowerCase();
  const ip = input.ip ?? "";
  const now = input.now ?? new Date();
  // Account first, then address, always in this order: two attempts never wait on each other in a circle.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${"signin:" + identifier}))`;
  if (ip) await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${"signin-ip:" + ip}))`;
  const account = await accountFailures(tx, identifier, now);
  const address = ip ? await failures(tx, { ip, createdAt: { gt: addressCountFrom(now), lte: now } }) : null;
  const wait = secondsToWait({ account, address, now });
  if (wait > 0) {
    await tx.signInAttempt.create({ data: { identifier, ip, succeeded: false, throttled: true, createdAt: now } });
    return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  }
  const user = await input.load(identifier);
  // Compared even without an account, so timing does not tell which emails exist.
  const matches = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  const succeeded = Boolean(user && user.active && matches && (input.usable?.(user) ?? true));
  await tx.signInAttempt.create({ data: { identifier, ip, succeeded, createdAt: now } });
  if (!succeeded || !user) return { ok: false, reason: "bad_credentials" };
  return { ok: true, user };
}
