import "server-only";
import type { Tx } from "@/server/db/client";
import { ROLE_LABELS, type RoleCode } from "@/domain/auth/permissions";
import { invitationMail } from "@/domain/notifications/mail-template";
import { formatViDateTime } from "@/lib/dates";

/**
 * The invitation's e-mail, queued in the transaction that issues its one-time link. It goes to the
 * address typed whether or not an account owns it (the administrator's screen never tells). The
 * outbox keeps it under the invited unit; the outbox page never shows its body, the link.
 */
export async function mailInvitation(
  tx: Tx,
  input: { unitId: string; email: string; name: string; roles: readonly RoleCode[]; url: string; expiresAt: Date },
) {
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: input.unitId }, select: { name: true } });
  const mail = invitationMail({
    name: input.name,
    unitName: unit.name,
    roles: input.roles.map((r) => ROLE_LABELS[r]),
    url: input.url,
    expires: formatViDateTime(input.expiresAt),
  });
  await tx.outboxMail.create({
    data: { unitId: input.unitId, kind: "ACCOUNT_INVITATION", toEmail: input.email, toName: input.name, ...mail },
  });
}
