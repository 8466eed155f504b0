"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth, signOut } from "@/server/auth/auth";
import { endSession, switchSessionUnit } from "@/server/data/sessions";
import { actorAction } from "@/server/actions/result";
import type { ActionResult } from "@/schemas/action-result";
import { zText } from "@/schemas/common";

/** Ends the session row itself (a unit's actor's, or an operator's without a unit), then the cookie. */
export async function signOutAction(): Promise<void> {
  const session = await auth();
  if (session?.sid) await endSession(session.sid);
  await signOut({ redirectTo: "/dang-nhap" });
}

const ZSwitch = z.object({ unitId: zText().min(1, "Chọn đơn vị.").max(40) });

export async function switchUnitAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await actorAction(ZSwitch, Object.fromEntries(form), async (actor, { unitId }) => {
    if (!(await switchSessionUnit(actor, unitId))) {
      return { switched: false as const };
    }
    return { switched: true as const };
  });
  if (result.ok && !result.data.switched) {
    return {
      ok: false,
      error: "Tài khoản không có vai trò tại đơn vị đã chọn.",
      fieldErrors: { unitId: "Chọn đơn vị khác." },
    };
  }
  if (!result.ok) return result;
  // Everything on screen belonged to the previous unit, the shared layout (header) included:
  // drop it all, and start at home since the current page's ids may not exist in the new unit.
  revalidatePath("/", "layout");
  redirect("/");
}
