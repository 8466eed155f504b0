import "server-only";
import { db } from "@/server/db/client";
import { ROLES, type RoleCode } from "@/domain/auth/permissions";
import { isThrottled, windowStart } from "@/domain/auth/sign-in-throttle";
import type { Actor } from "@/server/auth/actor-types";
import { DUMMY_HASH, verifyPassword } from "@/server/auth/password";

/**
 * Sessions and sign-in attempts. These run before there is an actor, so they are not
 * tenant-scoped; they only ever touch the caller's own account.
 */

export type SignInResult = { ok: true; sessionId: string } | { ok: false; reason: "bad_credentials" | "throttled" };

/**
 * Checks the throttle, the password, records the attempt and opens a session, in one
 * transaction holding an advisory lock per account, so concurrent guesses on several app
 * instances are counted exactly.
 */
export async function attemptSignIn(input: {
  email: string;
  password: string;
  ip: string | null;
  maxAgeHours: number;
}): Promise<SignInResult> {
  const identifier = input.email.trim().toLowerCase();
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${"signin:" + identifier}))`;
      const since = windowStart(new Date());
      const [failuresForAccount, failuresForAddress] = await Promise.all([
        tx.signInAttempt.count({ where: { identifier, succeeded: false, createdAt: { gte: since } } }),
        input.ip
          ? tx.signInAttempt.count({ where: { ip: input.ip, succeeded: false, createdAt: { gte: since } } })
          : null,
      ]);
      if (isThrottled({ failuresForAccount, failuresForAddress })) {
        await tx.signInAttempt.create({ data: { identifier, ip: input.ip ?? "", succeeded: false } });
        return { ok: false, reason: "throttled" } as const;
      }
      const user = await tx.user.findUnique({
        where: { email: identifier },
        include: { memberships: { select: { unitId: true }, orderBy: { createdAt: "asc" } } },
      });
      const matches = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
      const firstUnit = user?.memberships[0]?.unitId;
      const succeeded = Boolean(user && user.active && matches && firstUnit);
      await tx.signInAttempt.create({ data: { identifier, ip: input.ip ?? "", succeeded } });
      if (!succeeded || !user || !firstUnit) return { ok: false, reason: "bad_credentials" } as const;
      const session = await tx.session.create({
        data: {
          userId: user.id,
          activeUnitId: firstUnit,
          expiresAt: new Date(Date.now() + input.maxAgeHours * 3_600_000),
        },
      });
      return { ok: true, sessionId: session.id } as const;
    },
    { timeout: 15_000 },
  );
}

function asRole(role: string): RoleCode {
  if (!(ROLES as readonly string[]).includes(role)) throw new Error(`Unknown role ${role}`);
  return role as RoleCode;
}

/** The actor behind a session id, or null if the session ended, expired or the account was disabled. */
export async function findActorBySession(sessionId: string): Promise<Actor | null> {
  const session = await db().session.findFirst({
    where: { id: sessionId, expiresAt: { gt: new Date() }, user: { active: true } },
    include: {
      activeUnit: true,
      user: {
        include: {
          memberships: { include: { unit: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
  if (!session) return null;
  const byUnit = new Map<string, { id: string; name: string; roles: RoleCode[] }>();
  for (const m of session.user.memberships) {
    const entry = byUnit.get(m.unitId) ?? { id: m.unit.id, name: m.unit.name, roles: [] };
    entry.roles.push(asRole(m.role));
    byUnit.set(m.unitId, entry);
  }
  const active = byUnit.get(session.activeUnitId);
  // The account lost every role in its active unit since signing in: it has nothing to see there.
  if (!active) return null;
  const u = session.activeUnit;
  return {
    userId: session.userId,
    sessionId: session.id,
    name: session.user.name,
    email: session.user.email,
    unit: { id: u.id, code: u.code, name: u.name, kind: u.kind, path: u.path },
    roles: active.roles,
    units: [...byUnit.values()],
  };
}

export async function endSession(sessionId: string): Promise<void> {
  await db().session.deleteMany({ where: { id: sessionId } });
}

/** Moves the session to another unit where the account holds a role; false if it holds none there. */
export async function switchSessionUnit(actor: Actor, unitId: string): Promise<boolean> {
  if (!actor.units.some((u) => u.id === unitId)) return false;
  const { count } = await db().session.updateMany({
    where: { id: actor.sessionId, userId: actor.userId },
    data: { activeUnitId: unitId },
  });
  return count === 1;
}
