"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZId } from "@/schemas/common";
import type { ActionResult } from "@/schemas/action-result";
import { actorAction } from "@/server/actions/result";
import { moveFromPredecessor } from "@/server/data/succession-moves";
import { takeOverPlan } from "@/server/data/succession-plans";

export async function takeOverPlanAction(planId: string) {
  return actorAction(ZId, planId, async (actor, id) => {
    const plan = await takeOverPlan(actor, id);
    revalidatePath("/don-vi-tien-than");
    revalidatePath(`/ke-hoach/${plan.id}`);
    return plan;
  });
}

const ZMove = z.object({
  unitId: ZId,
  organisationIds: z.array(ZId).max(5000),
  personIds: z.array(ZId).max(50000),
});

export type MoveOutcome = { organisations: number; people: number };

/** The guided step's confirmation: the ticked organisations and people of one predecessor. */
export async function moveFromPredecessorAction(
  _prev: ActionResult<MoveOutcome> | null,
  form: FormData,
): Promise<ActionResult<MoveOutcome>> {
  const input = {
    unitId: form.get("unitId"),
    organisationIds: form.getAll("organisationIds"),
    personIds: form.getAll("personIds"),
  };
  return actorAction(ZMove, input, async (actor, { unitId, ...chosen }) => {
    const moved = await moveFromPredecessor(actor, unitId, chosen);
    revalidatePath("/don-vi-tien-than");
    revalidatePath("/nhan-su");
    revalidatePath("/to-chuc");
    return moved;
  });
}
