import "server-only";
import type { Tx } from "@/server/db/client";
import { audienceOf, wantsEmail, type NotificationKindCode } from "@/domain/notifications/kinds";
import { notificationMail } from "@/domain/notifications/mail-template";
import { appBaseUrl } from "@/server/mail/app-url";

/**
 * Writing notifications, always inside the transaction of the event that causes them: the event
 * and its notices commit or roll back together. Each notice also queues its e-mail (OutboxMail)
 * for every recipient who wants this kind by e-mail; the worker sends it later, so a mail server
 * that is down never blocks or fails the event.
 */

export type Notice = {
  /** Always a unit taken from a row read through the wall (the batch's, the plan's, the meeting's). */
  unitId: string;
  kind: NotificationKindCode;
  text: string;
  /** A path of the app ("/de-nghi/…"): the exact page to act on. */
  link: string;
  /** Addressed to these accounts of the unit in person; omitted: to the unit (the kind's roles there). */
  userIds?: string[];
};

const RECIPIENT = { id: true, email: true, name: true } as const;

export async function notify(tx: Tx, notice: Notice): Promise<void> {
  const { userIds, ...row } = notice;
  if (userIds) {
    if (!userIds.length) return;
    await tx.notification.createMany({ data: userIds.map((userId) => ({ ...row, userId })) });
  } else {
    await tx.notification.create({ data: row });
  }
  const recipients = await tx.user.findMany({
    where: {
      active: true,
      ...(userIds
        ? { id: { in: userIds } }
        : { memberships: { some: { unitId: notice.unitId, role: { in: [...audienceOf(notice.kind)] } } } }),
    },
    select: { ...RECIPIENT, notificationPreferences: { where: { kind: notice.kind } } },
  });
  const mailed = recipients.filter((r) =>
    wantsEmail(notice.kind, new Map(r.notificationPreferences.map((p) => [p.kind, p.email]))),
  );
  if (!mailed.length) return;
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: notice.unitId }, select: { name: true } });
  const appUrl = appBaseUrl();
  await tx.outboxMail.createMany({
    data: mailed.map((r) => ({
      unitId: notice.unitId,
      kind: notice.kind,
      toEmail: r.email,
      toName: r.name,
      ...notificationMail({ ...notice, recipientName: r.name, unitName: unit.name, appUrl }),
    })),
  });
}

/** The same notice to several units (each taken from rows read through the wall). */
export async function notifyUnits(tx: Tx, unitIds: readonly string[], notice: Omit<Notice, "unitId" | "userIds">) {
  for (const unitId of new Set(unitIds)) await notify(tx, { ...notice, unitId });
}
