"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ZId } from "@/schemas/common";
import { ZRowVersion } from "@/schemas/row-version";
import { ZAmendReason, ZIssueInput, ZPlanInput } from "@/schemas/plan";
import { actorAction } from "@/server/actions/result";
import type { ActionResult } from "@/schemas/action-result";
import { amendPlan, cascadePlan, createPlan, deletePlan, transitionPlan, updatePlan } from "@/server/data/plans";

export async function createPlanAction(input: unknown) {
  return actorAction(ZPlanInput, input, async (actor, data) => {
    const plan = await createPlan(actor, data);
    revalidatePath("/ke-hoach");
    return { id: plan.id };
  });
}

/** The form sends the plan's row version it loaded (optimistic concurrency) beside its values. */
export async function updatePlanAction(id: string, input: unknown, extra: { rowVersion?: unknown } = {}) {
  return actorAction(
    z.object({ id: ZId, rowVersion: ZRowVersion, data: ZPlanInput }),
    { id, rowVersion: extra.rowVersion, data: input },
    async (actor, { id, rowVersion, data }) => {
      await updatePlan(actor, id, data, rowVersion);
      revalidatePath("/ke-hoach");
      return { id };
    },
  );
}

export async function amendPlanAction(
  id: string,
  input: unknown,
  extra: { reason?: unknown; rowVersion?: unknown } = {},
) {
  return actorAction(
    z.object({ id: ZId, rowVersion: ZRowVersion, data: ZPlanInput }).extend(ZAmendReason.shape),
    { id, rowVersion: extra.rowVersion, data: input, reason: extra.reason },
    async (actor, { id, rowVersion, data, reason }) => {
      await amendPlan(actor, id, data, reason, rowVersion);
      revalidatePath("/ke-hoach");
      return { id };
    },
  );
}

const ZTransition = z
  .object({ id: ZId, action: z.enum(["submit", "return", "issue", "start", "close"]) })
  .extend(ZIssueInput.shape);

export async function transitionPlanAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = {
    id: form.get("id"),
    action: form.get("action"),
    number: form.get("number") ?? undefined,
    issuedOn: form.get("issuedOn") ?? undefined,
  };
  return actorAction(ZTransition, input, async (actor, { id, action, number, issuedOn }) => {
    await transitionPlan(actor, id, action, action === "issue" ? { number, issuedOn: issuedOn || undefined } : {});
    revalidatePath(`/ke-hoach/${id}`);
    revalidatePath("/ke-hoach");
    return null;
  });
}

export async function cascadePlanAction(
  _prev: ActionResult<{ id: string }> | null,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  const result = await actorAction(
    z.object({ parentId: ZId }),
    { parentId: form.get("parentId") },
    async (actor, { parentId }) => {
      const plan = await cascadePlan(actor, parentId);
      return { id: plan.id };
    },
  );
  if (!result.ok) return result;
  revalidatePath("/ke-hoach");
  // The edit form then says what the draft took from the higher plan.
  redirect(`/ke-hoach/${result.data.id}/sua?tu=cap-tren`);
}

export async function deletePlanAction(id: string) {
  return actorAction(ZId, id, async (actor, id) => {
    await deletePlan(actor, id);
    revalidatePath("/ke-hoach");
    return null;
  });
}
