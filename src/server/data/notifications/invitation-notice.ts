import "server-only";
import type { Tx } from "@/server/db/client";
import { ROLE_LABELS, type RoleCode } from "@/domain/auth/permissions";

/**
 * An invitation to an address that already has an account: besides the e-mail (which goes in any
 * case — see invitation-mail.ts: the administrator's screen and outbox never tell whether the
 * address has an account), the account finds the invitation in its notification centre, in
 * whatever unit it works, with the link to accept. Addressed to the account alone (userId), so
 * nobody in the inviting unit reads it; it is not mailed again through notify(), whose e-mail
 * would duplicate the invitation's own. In the app is where every kind always arrives; the
 * account's e-mail choices do not apply to an invitation (it is mailed to the address typed).
 *
 * The link carries the one-time token, as the e-mail does: the row is the invitee's own, and
 * accepting still asks an existing account for its password (link-acceptance.ts).
 */
export async function noticeInvitationToAccount(
  tx: Tx,
  input: { unitId: string; email: string; roles: readonly RoleCode[]; token: string },
) {
  const account = await tx.user.findFirst({
    where: { email: { equals: input.email, mode: "insensitive" }, active: true },
    select: { id: true },
  });
  if (!account) return;
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: input.unitId }, select: { name: true } });
  await tx.notification.create({
    data: {
      unitId: input.unitId,
      userId: account.id,
      kind: "ACCOUNT_INVITATION",
      text: `Lời mời tham gia ${unit.name} với vai trò ${input.roles.map((r) => ROLE_LABELS[r]).join(", ")}: mở để chấp nhận.`,
      link: `/moi/${input.token}`,
    },
  });
}
