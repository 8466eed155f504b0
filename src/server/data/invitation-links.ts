import "server-only";
import type { Tx } from "@/server/db/client";
import type { RoleCode } from "@/domain/auth/permissions";
import { linkExpiry } from "@/domain/auth/invitations";
import { linkUrl, newLinkToken } from "@/server/auth/link-tokens";
import { recordAudit } from "./audit";
import { mailInvitation } from "./notifications/invitation-mail";
import { noticeInvitationToAccount } from "./notifications/invitation-notice";

/**
 * Issuing one-time links, inside the caller's transaction (the caller has checked who may).
 * The token is returned once, for the screen (or, once mail is configured — issue 16 — for the
 * message); only its hash is stored. A newer link for the same thing revokes the older one, so
 * at most one is usable: the last one handed out.
 */

export type IssuedLink = { token: string; expiresAt: Date };
type Issuer = { userId: string; unit?: { id: string } };

/** Roles in `unitId` for whoever owns `email`: taken only when the invitee accepts. */
export async function issueRolesLink(
  tx: Tx,
  by: Issuer,
  input: { unitId: string; email: string; name: string; roles: readonly RoleCode[] },
): Promise<IssuedLink> {
  // One pending invitation per unit and email, even when two administrators invite at once.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`invite:${input.unitId}:${input.email}`}))`;
  const now = new Date();
  await tx.invitation.updateMany({
    where: { kind: "ROLES", unitId: input.unitId, email: input.email, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const { token, hash } = newLinkToken();
  const row = await tx.invitation.create({
    data: {
      tokenHash: hash,
      kind: "ROLES",
      email: input.email,
      name: input.name,
      unitId: input.unitId,
      roles: [...input.roles],
      invitedById: by.userId,
      expiresAt: linkExpiry("ROLES", now),
    },
  });
  await recordAudit(tx, by, {
    entity: "Invitation",
    entityId: row.id,
    action: "CREATE",
    unitId: input.unitId,
    after: { email: row.email, name: row.name, roles: row.roles, expiresAt: row.expiresAt },
  });
  await mailInvitation(tx, { ...input, url: linkUrl(token), expiresAt: row.expiresAt });
  await noticeInvitationToAccount(tx, { ...input, token });
  return { token, expiresAt: row.expiresAt };
}

/**
 * A link to set the password of an existing account (a reset, or an operator's first password).
 * `unitId`: where the audit entry goes (the issuing administrator's unit); null for the installation.
 */
export async function issuePasswordLink(
  tx: Tx,
  by: Issuer | null,
  user: { id: string; email: string; name: string },
  unitId: string | null,
): Promise<IssuedLink> {
  const now = new Date();
  await tx.invitation.updateMany({
    where: { kind: "PASSWORD", userId: user.id, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const { token, hash } = newLinkToken();
  const row = await tx.invitation.create({
    data: {
      tokenHash: hash,
      kind: "PASSWORD",
      email: user.email,
      name: user.name,
      userId: user.id,
      invitedById: by?.userId ?? null,
      expiresAt: linkExpiry("PASSWORD", now),
    },
  });
  await recordAudit(tx, by, {
    entity: "Invitation",
    entityId: row.id,
    action: "CREATE",
    unitId,
    after: { kind: "PASSWORD", email: user.email, expiresAt: row.expiresAt },
  });
  return { token, expiresAt: row.expiresAt };
}
