"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZId } from "@/schemas/common";
import { ZApproval } from "@/schemas/council";
import { ZSignDecision } from "@/schemas/decision-signing";
import { actorAction } from "@/server/actions/result";
import type { ActionResult } from "@/schemas/action-result";
import { decideItem, signDecision } from "@/server/data/decisions";
import { approveAllPassed, approveSelected, MAX_SELECTED } from "@/server/data/approval-bulk";

function revalidateBoard(planId: string) {
  revalidatePath("/phe-duyet");
  revalidatePath(`/phe-duyet/${planId}`);
}

/** Approve or reject one nominee the council passed (the shared approve / reject forms post here). */
export async function decideItemAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = {
    planId: form.get("planId"),
    itemId: form.get("itemId"),
    approve: form.get("decision") === "approve",
    reason: form.get("reason") ?? "",
  };
  return actorAction(z.object({ planId: ZId, itemId: ZId }).and(ZApproval), input, async (actor, data) => {
    await decideItem(actor, data.itemId, data.approve ? { approve: true } : { approve: false, reason: data.reason });
    revalidateBoard(data.planId);
    return null;
  });
}

const ZSelection = z.object({
  planId: ZId,
  itemIds: z
    .array(ZId)
    .min(1, "Chưa chọn người, tập thể nào: đánh dấu ô bên cạnh tên rồi bấm lại.")
    .max(MAX_SELECTED, `Mỗi lần phê duyệt tối đa ${MAX_SELECTED} người, tập thể.`),
});

/** Approves the nominees ticked on the board (the one form of the board's list), all of them or none. */
export async function approveSelectedAction(
  _prev: ActionResult<{ approved: number }> | null,
  form: FormData,
): Promise<ActionResult<{ approved: number }>> {
  const input = { planId: form.get("planId"), itemIds: form.getAll("itemId") };
  return actorAction(ZSelection, input, async (actor, data) => {
    const result = await approveSelected(actor, data.planId, data.itemIds);
    revalidateBoard(data.planId);
    return result;
  });
}

/** Approves every nominee of one round of one award form the council passed and the chair has not decided on, or none. */
export async function approveAllPassedAction(
  planId: string,
  awardFormId: string,
  roundId: string,
): Promise<ActionResult<{ approved: number }>> {
  return actorAction(
    z.object({ planId: ZId, awardFormId: ZId, roundId: ZId }),
    { planId, awardFormId, roundId },
    async (actor, data) => {
      const result = await approveAllPassed(actor, data.planId, data.awardFormId, data.roundId);
      revalidateBoard(data.planId);
      return result;
    },
  );
}

/** Signs the approved nominees of one award form as a decision (with the amounts the chair enters); answers with its number. */
export async function signDecisionAction(planId: string, input: unknown): Promise<ActionResult<{ number: string }>> {
  return actorAction(
    z.object({ planId: ZId, data: ZSignDecision }),
    { planId, data: input },
    async (actor, { planId, data }) => {
      const decision = await signDecision(actor, planId, data);
      revalidateBoard(planId);
      // The awardees' units see the award in their history at once.
      revalidatePath("/lich-su-khen-thuong");
      return { number: decision.number };
    },
  );
}
