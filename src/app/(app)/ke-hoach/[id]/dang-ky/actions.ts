"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZId } from "@/schemas/common";
import { ZRowVersionOrNew } from "@/schemas/row-version";
import { ZRegistrationInput, ZReopen, ZReturnReason } from "@/schemas/registration";
import { actorAction } from "@/server/actions/result";
import type { ActionResult } from "@/schemas/action-result";
import {
  findMyRegistration,
  forwardRegistrations,
  saveMyRegistration,
  sendMyRegistration,
} from "@/server/data/registrations";
import { reopenRegistration, reviewRegistration } from "@/server/data/registration-review";

/** The grid sends the table's row version it loaded (optimistic concurrency) and gets the new one back. */
export async function saveRegistrationAction(planId: string, input: unknown, rowVersion: number | null) {
  return actorAction(
    z.object({ planId: ZId, rowVersion: ZRowVersionOrNew, data: ZRegistrationInput }),
    { planId, rowVersion, data: input },
    async (actor, { planId, rowVersion, data }) => {
      await saveMyRegistration(actor, planId, data.rows, new Date(), rowVersion);
      const { warnings, registration } = await findMyRegistration(actor, planId);
      revalidatePath(`/ke-hoach/${planId}/dang-ky`);
      return {
        warnings: warnings.map((ws) => ws.map((w) => `${w.message} (${w.article})`)),
        rowVersion: registration?.rowVersion ?? null,
      };
    },
  );
}

export async function sendRegistrationAction(planId: string) {
  return actorAction(ZId, planId, async (actor, planId) => {
    await sendMyRegistration(actor, planId);
    revalidatePath(`/ke-hoach/${planId}/dang-ky`);
    return null;
  });
}

export async function reviewRegistrationAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = {
    planId: form.get("planId"),
    registrationId: form.get("registrationId"),
    decision: form.get("decision"),
    reason: form.get("reason") ?? undefined,
  };
  const schema = z.discriminatedUnion("decision", [
    z.object({ planId: ZId, registrationId: ZId, decision: z.literal("approve"), reason: z.unknown().optional() }),
    z.object({ planId: ZId, registrationId: ZId, decision: z.literal("return") }).extend(ZReturnReason.shape),
  ]);
  return actorAction(schema, input, async (actor, data) => {
    await reviewRegistration(
      actor,
      data.registrationId,
      data.decision,
      data.decision === "return" ? data.reason : undefined,
    );
    revalidatePath(`/ke-hoach/${data.planId}/dang-ky/tong-hop`);
    return null;
  });
}

export async function reopenRegistrationAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = { planId: form.get("planId"), unitId: form.get("unitId"), until: form.get("until") };
  return actorAction(
    z.object({ planId: ZId, unitId: ZId }).extend(ZReopen.shape),
    input,
    async (actor, { planId, unitId, until }) => {
      await reopenRegistration(actor, planId, unitId, until);
      revalidatePath(`/ke-hoach/${planId}/dang-ky/tong-hop`);
      return null;
    },
  );
}

export async function forwardRegistrationsAction(
  _prev: ActionResult<{ rows: number }> | null,
  form: FormData,
): Promise<ActionResult<{ rows: number }>> {
  return actorAction(z.object({ planId: ZId }), { planId: form.get("planId") }, async (actor, { planId }) => {
    const result = await forwardRegistrations(actor, planId);
    revalidatePath(`/ke-hoach/${result.parentPlanId}/dang-ky`);
    return { rows: result.rows };
  });
}
