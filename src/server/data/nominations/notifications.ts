import "server-only";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { ownedByMyUnit } from "../scope";

/**
 * In-app notices to a unit about its nominations (a batch returned or accepted, a deadline
 * extended). A notice is addressed to the unit, not a person: whoever works there reads it.
 */

/** Notifies `unitId` — always a unit taken from a row read through the wall (the batch's, the extension's). */
export async function notify(tx: Tx, unitId: string, text: string, link: string) {
  await tx.notification.create({ data: { unitId, text, link } });
}

export async function listNotifications(actor: Actor) {
  return db().notification.findMany({ where: ownedByMyUnit(actor), orderBy: { createdAt: "desc" }, take: 20 });
}
