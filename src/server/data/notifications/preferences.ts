import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { CHOOSABLE_KINDS, kindLabel, wantsEmail, type NotificationKindCode } from "@/domain/notifications/kinds";

/**
 * Each account's choice per kind: in the app only, or in the app and by e-mail. The choice is the
 * account's own (it follows it into every unit it works in); nobody sets another's.
 */

export async function listMyNotificationPreferences(actor: Actor) {
  const rows = await db().notificationPreference.findMany({ where: { userId: actor.userId } });
  const choices = new Map(rows.map((r) => [r.kind as string, r.email]));
  return CHOOSABLE_KINDS.map((kind) => ({ kind, label: kindLabel(kind), email: wantsEmail(kind, choices) }));
}

/** Sets the kinds that also come by e-mail; every other choosable kind comes in the app only. */
export async function setMyNotificationPreferences(actor: Actor, emailKinds: readonly NotificationKindCode[]) {
  await db().$transaction(
    CHOOSABLE_KINDS.map((kind) =>
      db().notificationPreference.upsert({
        where: { userId_kind: { userId: actor.userId, kind } },
        create: { userId: actor.userId, kind, email: emailKinds.includes(kind) },
        update: { email: emailKinds.includes(kind) },
      }),
    ),
  );
}
