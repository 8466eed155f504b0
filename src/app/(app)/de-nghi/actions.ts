"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ZId, zText } from "@/schemas/common";
import { ZNomineeInput, ZNomineesInput, ZReviewDocument } from "@/schemas/nomination";
import { ZCollectiveReport, ZIndividualReport } from "@/schemas/achievement-report";
import { ZReturnReason } from "@/schemas/registration";
import { actorAction } from "@/server/actions/result";
import type { ActionResult } from "@/schemas/action-result";
import { acceptBatch, createBatch, returnBatch, submitBatch, withdrawBatch } from "@/server/data/nominations/batches";
import { addNominee, addNominees, removeNominee } from "@/server/data/nominations/nominees";
import { reviewDocument } from "@/server/data/nominations/dossier-documents";
import { attachAchievementReport } from "@/server/services/dossier-files";

export async function createBatchAction(
  _prev: ActionResult<{ id: string }> | null,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  const result = await actorAction(
    z.object({
      // "<form id>" or, for a form given in rounds, "<form id>:<round id>".
      awardFormId: zText({ error: "Chọn hình thức khen thưởng." }).min(1, "Chọn hình thức khen thưởng.").max(90),
    }),
    { awardFormId: form.get("awardFormId") },
    async (actor, { awardFormId: choice }) => {
      const [awardFormId = "", roundId] = choice.split(":");
      const batch = await createBatch(actor, awardFormId, roundId);
      return { id: batch.id };
    },
  );
  if (!result.ok) return result;
  redirect(`/de-nghi/${result.data.id}`);
}

export async function addNomineeAction(batchId: string, input: unknown) {
  return actorAction(
    z.object({ batchId: ZId, data: ZNomineeInput }),
    { batchId, data: input },
    async (actor, { batchId, data }) => {
      await addNominee(actor, batchId, data);
      revalidatePath(`/de-nghi/${batchId}`);
      return null;
    },
  );
}

/** Several nominees at once (all or none); answers with how many were added. */
export async function addNomineesAction(batchId: string, input: unknown) {
  return actorAction(
    z.object({ batchId: ZId, data: ZNomineesInput }),
    { batchId, data: input },
    async (actor, { batchId, data }) => {
      const added = await addNominees(actor, batchId, data);
      revalidatePath(`/de-nghi/${batchId}`);
      return added;
    },
  );
}

export async function removeNomineeAction(batchId: string, nomineeId: string) {
  return actorAction(ZId, nomineeId, async (actor, id) => {
    await removeNominee(actor, id);
    revalidatePath(`/de-nghi/${batchId}`);
    return null;
  });
}

export async function submitBatchAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return actorAction(z.object({ batchId: ZId }), { batchId: form.get("batchId") }, async (actor, { batchId }) => {
    await submitBatch(actor, batchId);
    revalidatePath(`/de-nghi/${batchId}`);
    return null;
  });
}

/** "Rút tờ trình": the proposing unit takes back a batch it sent that is not accepted yet, saying why. */
export async function withdrawBatchAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = { batchId: form.get("batchId"), reason: form.get("reason") ?? "" };
  const schema = z.object({
    batchId: ZId,
    reason: zText().min(5, "Nêu lý do rút tờ trình (ít nhất 5 ký tự).").max(1000, "Lý do dài quá 1000 ký tự."),
  });
  return actorAction(schema, input, async (actor, { batchId, reason }) => {
    await withdrawBatch(actor, batchId, reason);
    revalidatePath(`/de-nghi/${batchId}`);
    return null;
  });
}

export async function reviewDocumentAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = {
    batchId: form.get("batchId"),
    documentId: form.get("documentId"),
    state: form.get("state"),
    comment: form.get("comment") ?? "",
  };
  return actorAction(
    z.object({ batchId: ZId, documentId: ZId }).and(ZReviewDocument),
    input,
    async (actor, { batchId, documentId, state, comment }) => {
      await reviewDocument(actor, documentId, state, comment);
      revalidatePath(`/de-nghi/${batchId}`);
      return null;
    },
  );
}

export async function decideBatchAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const input = { batchId: form.get("batchId"), decision: form.get("decision"), reason: form.get("reason") ?? "" };
  const schema = z.discriminatedUnion("decision", [
    z.object({ batchId: ZId, decision: z.literal("approve"), reason: z.string().optional() }),
    z.object({ batchId: ZId, decision: z.literal("return") }).extend(ZReturnReason.shape),
  ]);
  return actorAction(schema, input, async (actor, data) => {
    if (data.decision === "approve") await acceptBatch(actor, data.batchId);
    else await returnBatch(actor, data.batchId, data.reason);
    revalidatePath(`/de-nghi/${data.batchId}`);
    return null;
  });
}

/** "Chấp nhận toàn bộ tờ trình": every filed document "Đạt" and the batch accepted, in one step. */
export async function acceptWholeBatchAction(batchId: string): Promise<ActionResult> {
  return actorAction(ZId, batchId, async (actor, id) => {
    await acceptBatch(actor, id, { everyDocument: true });
    revalidatePath(`/de-nghi/${id}`);
    revalidatePath("/de-nghi/tham-dinh");
    return null;
  });
}

export async function attachReportAction(
  batchId: string,
  documentId: string,
  kind: "INDIVIDUAL" | "COLLECTIVE",
  input: unknown,
) {
  const schema =
    kind === "INDIVIDUAL"
      ? z.object({ kind: z.literal("INDIVIDUAL"), data: ZIndividualReport })
      : z.object({ kind: z.literal("COLLECTIVE"), data: ZCollectiveReport });
  return actorAction(schema, { kind, data: input }, async (actor, report) => {
    await attachAchievementReport(actor, documentId, report as Parameters<typeof attachAchievementReport>[2]);
    revalidatePath(`/de-nghi/${batchId}`);
    return null;
  });
}
