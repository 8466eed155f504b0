import "server-only";
import { db } from "@/server/db/client";
import { ROLES, type RoleCode } from "@/domain/auth/permissions";
import type { Actor, Operator } from "@/server/auth/actor-types";
import type { UnitKindCode } from "@/domain/units/hierarchy";
import { checkPassword } from "./password-check";

/**
 * Sessions and sign-in attempts. These run before there is an actor, so they are not
 * tenant-scoped; they only ever touch the caller's own account.
 */

export type SignInResult =
  | { ok: true; sessionId: string }
  | { ok: false; reason: "bad_credentials" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks the throttle, the password, records the attempt and opens a session, in one
 * transaction holding an advisory lock per account (`checkPassword`). An account needs a role
 * in some unit, or to be a system operator, who then starts in the operator area (no unit).
 */
export async function attemptSignIn(input: {
  email: string;
  password: string;
  ip: string | null;
  maxAgeHours: number;
  /** The clock (tests); default now. */
  now?: Date;
}): Promise<SignInResult> {
  return db().$transaction(
    async (tx) => {
      const check = await checkPassword(tx, {
        ...input,
        load: (email) =>
          tx.user.findUnique({
            where: { email },
            include: { memberships: { select: { unitId: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
          }),
        usable: (user) => user.memberships.length > 0 || user.isOperator,
      });
      if (!check.ok) return check;
      const session = await tx.session.create({
        data: {
          userId: check.user.id,
          activeUnitId: check.user.memberships[0]?.unitId ?? null,
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

/** One row per live session: the account, the active unit and every role with its unit, as JSON. */
type ActorRow = {
  sessionId: string;
  userId: string;
  name: string;
  email: string;
  unit: { id: string; code: string; name: string; kind: UnitKindCode; path: string } | null;
  memberships: { unitId: string; unitName: string; role: string }[];
};

/**
 * The actor behind a session id, or null if the session ended, expired or the account was disabled.
 * Runs on every request, so it is one statement (issue 15, point 3): a Prisma `findFirst` with these
 * includes sends one query per relation, one after the other.
 */
export async function findActorBySession(sessionId: string): Promise<Actor | null> {
  const [row] = await db().$queryRaw<ActorRow[]>`
    SELECT s."id" AS "sessionId", s."userId", u."name", u."email",
           CASE WHEN au."id" IS NULL THEN NULL ELSE json_build_object(
             'id', au."id", 'code', au."code", 'name', au."name", 'kind', au."kind", 'path', au."path") END AS "unit",
           COALESCE((SELECT json_agg(json_build_object('unitId', m."unitId", 'unitName', mu."name", 'role', m."role")
                                     ORDER BY m."createdAt", m."id")
                       FROM "Membership" m JOIN "Unit" mu ON mu."id" = m."unitId"
                      WHERE m."userId" = s."userId"), '[]'::json) AS "memberships"
      FROM "Session" s
      JOIN "User" u ON u."id" = s."userId" AND u."active"
      LEFT JOIN "Unit" au ON au."id" = s."activeUnitId"
     WHERE s."id" = ${sessionId} AND s."expiresAt" > ${new Date()}`;
  // No unit to work in: an operator's session, which only the operator area accepts.
  if (!row?.unit) return null;
  const byUnit = new Map<string, { id: string; name: string; roles: RoleCode[] }>();
  for (const m of row.memberships) {
    const entry = byUnit.get(m.unitId) ?? { id: m.unitId, name: m.unitName, roles: [] };
    entry.roles.push(asRole(m.role));
    byUnit.set(m.unitId, entry);
  }
  const active = byUnit.get(row.unit.id);
  // The account lost every role in its active unit since signing in: it has nothing to see there.
  if (!active) return null;
  const { id, code, name, kind, path } = row.unit;
  return {
    userId: row.userId,
    sessionId: row.sessionId,
    name: row.name,
    email: row.email,
    unit: { id, code, name, kind, path },
    roles: active.roles,
    units: [...byUnit.values()],
  };
}

/** The operator behind a session id, or null if the session ended or the account is no (longer an) operator. */
export async function findOperatorBySession(sessionId: string): Promise<Operator | null> {
  const session = await db().session.findFirst({
    where: { id: sessionId, expiresAt: { gt: new Date() }, user: { active: true, isOperator: true } },
    include: { user: { select: { name: true, email: true } } },
  });
  if (!session) return null;
  return { userId: session.userId, sessionId: session.id, name: session.user.name, email: session.user.email };
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
