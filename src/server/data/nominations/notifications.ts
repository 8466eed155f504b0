import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { ownedByMyUnit } from "../scope";

/**
 * The unit's notices about its nominations, as the "Đề nghị" page lists them. Notices are written
 * by `notify` (../notifications/notify.ts, re-exported here for the nomination steps); each account
 * reads and marks them in the notification centre (../notifications/centre.ts).
 */
export { notify } from "../notifications/notify";

/** The unit's own notices (not those addressed to one of its people in person), newest first. */
export async function listNotifications(actor: Actor) {
  return db().notification.findMany({
    where: { ...ownedByMyUnit(actor), userId: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
  });
}
