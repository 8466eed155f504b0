"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actorAction } from "@/server/actions/result";
import { markAllNotificationsRead } from "@/server/data/notifications/centre";
import { setMyNotificationPreferences } from "@/server/data/notifications/preferences";
import { ZNotificationPreferences } from "@/schemas/notification";
import type { ActionResult } from "@/schemas/action-result";

export async function markAllReadAction(): Promise<ActionResult<number>> {
  return actorAction(z.object({}), {}, async (actor) => {
    const count = await markAllNotificationsRead(actor);
    revalidatePath("/", "layout");
    return count;
  });
}

export async function savePreferencesAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return actorAction(ZNotificationPreferences, { email: form.getAll("email") }, async (actor, { email }) => {
    await setMyNotificationPreferences(actor, email);
    revalidatePath("/thong-bao");
    return null;
  });
}
