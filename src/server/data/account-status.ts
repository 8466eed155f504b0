import "server-only";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { AppError, invalid, notFound } from "@/domain/errors";
import { secondsToWait } from "@/domain/auth/sign-in-throttle";
import { administrator, accountControlProblems } from "@/domain/auth/grants";
import { issuePasswordLink } from "./invitation-links";
import { recordAudit } from "./audit";
import { accountFailures } from "./password-check";
import { unitPlaceFromMine, unitsInMySubtree, writeScope } from "./scope";

/**
 * Disabling, re-enabling and sending a password link: things done to the account itself, which
 * is global. So the administrator must be able to grant every role the account holds, wherever
 * it holds it (`accountControlProblems`): an account it only shares, or whose chairperson seat
 * comes from above, is not its to lock out or take over.
 */

/** The account, if it holds a role in a unit the administrator looks after and is the administrator's to control. */
async function controlledAccount(tx: Tx, actor: Actor, userId: string) {
  writeScope(actor, "account.manage");
  const user = await tx.user.findFirst({
    where: { id: userId, memberships: { some: { unit: unitsInMySubtree(actor) } } },
    select: {
      id: true,
      email: true,
      name: true,
      active: true,
      isOperator: true,
      memberships: { select: { role: true, unit: { select: { id: true, path: true } } } },
    },
  });
  if (!user) throw notFound();
  const problems = accountControlProblems(administrator(actor.userId), {
    userId: user.id,
    operator: user.isOperator,
    memberships: user.memberships.map((m) => ({ role: m.role, place: unitPlaceFromMine(actor, m.unit) })),
  });
  if (problems.length) throw invalid(problems[0]!.message);
  return user;
}

/** Disables (every session of the account ends in the same transaction) or re-enables an account. */
export async function setAccountActive(actor: Actor, userId: string, active: boolean) {
  await db().$transaction(async (tx) => {
    const user = await controlledAccount(tx, actor, userId);
    if (user.active === active) return;
    await tx.user.update({ where: { id: user.id }, data: { active } });
    if (!active) {
      await tx.session.deleteMany({ where: { userId: user.id } });
      await tx.invitation.updateMany({
        where: { kind: "PASSWORD", userId: user.id, usedAt: null, revokedAt: null },
        data: { revokedAt: new Date() },
      });
    }
    await recordAudit(tx, actor, {
      entity: "User",
      entityId: user.id,
      action: "UPDATE",
      before: { email: user.email, active: user.active },
      after: { email: user.email, active },
    });
  });
}

/** A one-day link for the account's owner to set a new password; the old one works until then. */
export async function sendPasswordReset(actor: Actor, userId: string) {
  return db().$transaction(async (tx) => {
    const user = await controlledAccount(tx, actor, userId);
    if (!user.active) throw invalid("Tài khoản đang bị khoá: mở khoá trước khi gửi liên kết đặt lại mật khẩu.");
    const link = await issuePasswordLink(tx, actor, user, writeScope(actor, "account.manage").unitId);
    return { ...link, email: user.email };
  });
}

/**
 * How the account's sign-in stands: failures counted now, and how long its next attempt must wait
 * (src/domain/auth/sign-in-throttle.ts). Null for an account that is not the administrator's to control.
 */
export async function signInDelayOf(actor: Actor, userId: string) {
  return db()
    .$transaction(async (tx) => {
      const user = await controlledAccount(tx, actor, userId);
      const now = new Date();
      const account = await accountFailures(tx, user.email, now);
      return { failures: account.failures, waitSeconds: secondsToWait({ account, address: null, now }) };
    })
    .catch((error: unknown) => {
      if (error instanceof AppError) return null;
      throw error;
    });
}

/**
 * Releases the account's sign-in delay: its past failures no longer count, so its owner signs in at
 * once (e.g. after someone typed wrong passwords on purpose to keep a chairperson out). A delay on
 * the attacker's own address stays.
 */
export async function releaseSignInDelay(actor: Actor, userId: string) {
  await db().$transaction(async (tx) => {
    const user = await controlledAccount(tx, actor, userId);
    const releasedAt = new Date();
    await tx.user.update({ where: { id: user.id }, data: { signInReleasedAt: releasedAt } });
    await recordAudit(tx, actor, {
      entity: "User",
      entityId: user.id,
      action: "UPDATE",
      after: { email: user.email, signInReleasedAt: releasedAt },
    });
  });
}
