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

/** A plan's registration year, as the page binds it (a plan given yearly is registered year by year). */
const ZYear = z.coerce.number().int().min(1900).max(9999);

/** The grid sends the table's row version it loaded (optimistic concurrency) and gets the new one back. */
export async function saveRegistrationAction(planId: string, year: number, input: unknown, rowVersion: number | null) {
  return actorAction(
    z.object({ planId: ZId, year: ZYear, rowVersion: ZRowVersionOrNew, data: ZRegistrationInput }),
    { planId, year, rowVersion, data: input },
    async (actor, { planId, year, rowVersion, data }) => {
      await saveMyRegistration(actor, planId, data.rows, new Date(), rowVersion, year);
      const { warnings, registration } = await findMyRegistration(actor, planId, new Date(), year);
      revalidatePath(`/ke-hoach/${planId}/dang-ky`);
      return {
        warnings: warnings.map((ws) => ws.map((w) => `${w.message} (${w.article})`)),
        rowVersion: registration?.rowVersion ?? null,
      };
    },
  );
}

export async function sendRegistrationAction(planId: string, year: number) {
  return actorAction(z.object({ planId: ZId, year: ZYear }), { planId, year }, async (actor, { planId, year }) => {
    await sendMyRegistration(actor, planId, new Date(), year);
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
  const input = {
    planId: form.get("planId"),
    unitId: form.get("unitId") ?? undefined,
    until: form.get("until"),
    year: form.get("year"),
  };
  return actorAction(
    z.object({ planId: ZId, unitId: ZId.optional(), year: ZYear }).extend(ZReopen.shape),
    input,
    async (actor, { planId, unitId, until, year }) => {
      await reopenRegistration(actor, planId, unitId, until, year);
      revalidatePath(`/ke-hoach/${planId}/dang-ky/tong-hop`);
      revalidatePath(`/ke-hoach/${planId}/dang-ky`);
      return null;
    },
  );
}

export async function forwardRegistrationsAction(
  _prev: ActionResult<{ rows: number }> | null,
  form: FormData,
): Promise<ActionResult<{ rows: number }>> {
  const input = { planId: form.get("planId"), year: form.get("year") };
  return actorAction(z.object({ planId: ZId, year: ZYear }), input, async (actor, { planId, year }) => {
    const result = await forwardRegistrations(actor, planId, new Date(), year);
    revalidatePath(`/ke-hoach/${result.parentPlanId}/dang-ky`);
    return { rows: result.rows };
  });
}
