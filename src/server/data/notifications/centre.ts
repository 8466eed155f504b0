import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { notFound } from "@/domain/errors";
import { kindsForRoles } from "@/domain/notifications/kinds";
import { notificationsForMe } from "../scope";

/**
 * The notification centre (the bell): what is meant for the actor in the unit it works in, read
 * and unread per account. Marking read only ever writes the actor's own NotificationRead rows.
 */

function forMe(actor: Actor) {
  return notificationsForMe(actor, kindsForRoles(actor.roles));
}

const notRead = (actor: Actor) => ({ reads: { none: { userId: actor.userId } } });

/** The newest notifications meant for me here, with whether I have read each. */
export async function listMyNotifications(actor: Actor, take = 50) {
  const rows = await db().notification.findMany({
    where: forMe(actor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      kind: true,
      text: true,
      link: true,
      createdAt: true,
      userId: true,
      reads: { where: { userId: actor.userId }, select: { readAt: true } },
    },
  });
  return rows.map(({ reads, ...n }) => ({ ...n, readAt: reads[0]?.readAt ?? null }));
}

/** The bell's number. */
export async function countMyUnread(actor: Actor): Promise<number> {
  return db().notification.count({ where: { ...forMe(actor), ...notRead(actor) } });
}

/** Marks one of my notifications read and returns where it leads; another's is "not found". */
export async function markNotificationRead(actor: Actor, id: string): Promise<string> {
  const row = await db().notification.findFirst({ where: { id, ...forMe(actor) }, select: { id: true, link: true } });
  if (!row) throw notFound();
  await db().notificationRead.createMany({
    data: [{ notificationId: row.id, userId: actor.userId }],
    skipDuplicates: true,
  });
  return row.link;
}

/** Marks every notification meant for me here read. */
export async function markAllNotificationsRead(actor: Actor): Promise<number> {
  const unread = await db().notification.findMany({
    where: { ...forMe(actor), ...notRead(actor) },
    select: { id: true },
  });
  const { count } = await db().notificationRead.createMany({
    data: unread.map((n) => ({ notificationId: n.id, userId: actor.userId })),
    skipDuplicates: true,
  });
  return count;
}
