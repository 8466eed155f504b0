"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZRevocation } from "@/schemas/council";
import { ZId } from "@/schemas/common";
import { actorAction } from "@/server/actions/result";
import { revokeAward } from "@/server/data/decisions";

/** Revokes one award (the award stays in the history, the revoking decision beside it). */
export async function revokeAwardAction(awardId: string, input: unknown) {
  return actorAction(
    z.object({ awardId: ZId, data: ZRevocation }),
    { awardId, data: input },
    async (actor, { awardId, data }) => {
      await revokeAward(actor, awardId, data);
      revalidatePath("/lich-su-khen-thuong");
      return null;
    },
  );
}
