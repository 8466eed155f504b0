import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { notFound } from "@/domain/errors";
import type { RoleCode } from "@/domain/auth/permissions";
import { administrator, grantProblems } from "@/domain/auth/grants";
import { linkState } from "@/domain/auth/invitations";
import { managedUnit, refuseGrant } from "./account-units";
import { issueRolesLink } from "./invitation-links";
import { recordAudit } from "./audit";
import { unitPlaceFromMine, unitsInMySubtree, writeScope } from "./scope";

/**
 * The invitations an administrator has out in its unit or a unit below: listed with what they
 * carry (the email and name typed, never whether the email has an account), issued again (a new
 * link; the old one stops working) or withdrawn.
 */

/** Invitations of the unit not yet accepted nor withdrawn; expired ones stay listed, to issue again. */
export async function listUnitInvitations(actor: Actor, unitId?: string) {
  const unit = await managedUnit(db(), actor, unitId);
  const rows = await db().invitation.findMany({
    where: { kind: "ROLES", unitId: unit.id, usedAt: null, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, email: true, name: true, roles: true, createdAt: true, expiresAt: true, usedAt: true },
  });
  const now = new Date();
  return rows.map(({ usedAt, ...r }) => ({
    ...r,
    roles: r.roles as RoleCode[],
    expired: linkState({ usedAt, revokedAt: null, expiresAt: r.expiresAt }, now) === "expired",
  }));
}

/** A pending invitation of a unit the administrator looks after, with where that unit sits. */
async function pendingInvitation(actor: Actor, id: string) {
  writeScope(actor, "account.manage");
  const row = await db().invitation.findFirst({
    where: { id, kind: "ROLES", usedAt: null, revokedAt: null, unit: unitsInMySubtree(actor) },
    include: { unit: { select: { id: true, path: true, name: true } } },
  });
  if (!row?.unit) throw notFound();
  return { ...row, unit: row.unit, place: unitPlaceFromMine(actor, row.unit) };
}

/**
 * A new link for the same invitation (the first was lost, or expired). Issuing it is granting
 * again, so the grant rules apply again: a commune administrator cannot re-send the chairperson
 * invitation its province made.
 */
export async function reissueInvitation(actor: Actor, id: string) {
  const inv = await pendingInvitation(actor, id);
  const self = inv.email === actor.email ? actor.userId : null;
  const problems = grantProblems(administrator(actor.userId), { userId: self, place: inv.place, roles: inv.roles });
  if (problems.length) refuseGrant(problems);
  return db().$transaction(async (tx) => {
    const link = await issueRolesLink(tx, actor, {
      unitId: inv.unitId!,
      email: inv.email,
      name: inv.name,
      roles: inv.roles as RoleCode[],
    });
    return { ...link, email: inv.email, unitName: inv.unit.name };
  });
}

export async function revokeInvitation(actor: Actor, id: string) {
  const inv = await pendingInvitation(actor, id);
  await db().$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: inv.id, usedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count !== 1) throw notFound();
    await recordAudit(tx, actor, {
      entity: "Invitation",
      entityId: inv.id,
      action: "DELETE",
      unitId: inv.unitId,
      before: { email: inv.email, roles: inv.roles },
    });
  });
}
