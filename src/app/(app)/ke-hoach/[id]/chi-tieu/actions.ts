"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZId, zText } from "@/schemas/common";
import { ZRowVersion } from "@/schemas/row-version";
import { ZIsoDate } from "@/schemas/person";
import { actorAction } from "@/server/actions/result";
import type { ActionResult } from "@/schemas/action-result";
import { setAllocations } from "@/server/data/quotas";
import { extendDossierDeadline } from "@/server/data/nominations/deadline-extensions";

const quantity = z.coerce
  .number({ error: "Số lượng phải là số." })
  .int("Số lượng phải là số nguyên.")
  .min(0, "Số lượng không được âm.")
  .max(100_000);

/** The allocation form posts one number per unit (and category): fields "q:<unitId>:<category>". */
export async function allocateAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const entries = [...form.entries()]
    .filter(([k]) => k.startsWith("q:"))
    .map(([k, v]) => {
      const [, unitId = "", category = ""] = k.split(":");
      return { unitId, category, quantity: v === "" ? 0 : v };
    });
  const input = {
    planId: form.get("planId"),
    awardFormId: form.get("awardFormId"),
    roundId: form.get("roundId"),
    rowVersion: Number(form.get("rowVersion")),
    allocations: entries,
  };
  return actorAction(
    z.object({
      planId: ZId,
      awardFormId: ZId,
      roundId: ZId,
      rowVersion: ZRowVersion,
      allocations: z.array(z.object({ unitId: ZId, category: zText().max(200), quantity })).max(500),
    }),
    input,
    async (actor, data) => {
      await setAllocations(actor, data.awardFormId, data.allocations, data.rowVersion, data.roundId);
      revalidatePath(`/ke-hoach/${data.planId}/chi-tieu`);
      return null;
    },
  );
}

export async function extendAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = { planId: form.get("planId"), unitId: form.get("unitId"), until: form.get("until") };
  return actorAction(
    z.object({ planId: ZId, unitId: ZId, until: ZIsoDate }),
    input,
    async (actor, { planId, unitId, until }) => {
      await extendDossierDeadline(actor, planId, unitId, until);
      revalidatePath(`/ke-hoach/${planId}/chi-tieu`);
      return null;
    },
  );
}
