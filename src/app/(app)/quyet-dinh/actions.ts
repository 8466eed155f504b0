"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actorAction } from "@/server/actions/result";
import { ZId } from "@/schemas/common";
import type { ActionResult } from "@/schemas/action-result";
import { MAX_UPLOAD_BYTES } from "@/lib/file-types";
import type { SignatureStatus } from "@/domain/documents/signature-verdict";
import { recordSignedDecision, signDecisionWithUnitCertificate } from "@/server/services/issued-documents";

const ZFile = (empty: string) =>
  z
    .instanceof(File, { error: empty })
    .refine((f) => f.size > 0, "Tệp rỗng.")
    .refine((f) => f.size <= MAX_UPLOAD_BYTES, "Tệp lớn hơn 10 MB.");

const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

/** The office records the signed PDF it sent out; the answer is what its signatures were found to be. */
export async function recordSignedDecisionAction(
  _prev: ActionResult<{ status: SignatureStatus }> | null,
  form: FormData,
): Promise<ActionResult<{ status: SignatureStatus }>> {
  return actorAction(
    z.object({ decisionId: ZId, file: ZFile("Chọn tệp PDF đã ký.") }),
    { decisionId: form.get("decisionId"), file: form.get("file") },
    async (actor, { decisionId, file }) => {
      const reading = await recordSignedDecision(actor, decisionId, { name: file.name, bytes: await bytesOf(file) });
      revalidatePath(`/quyet-dinh/${decisionId}`);
      return { status: reading.status };
    },
  );
}

export async function signWithUnitCertificateAction(
  _prev: ActionResult<{ status: SignatureStatus }> | null,
  form: FormData,
): Promise<ActionResult<{ status: SignatureStatus }>> {
  return actorAction(
    z.object({ decisionId: ZId }),
    { decisionId: form.get("decisionId") },
    async (actor, { decisionId }) => {
      const reading = await signDecisionWithUnitCertificate(actor, decisionId);
      revalidatePath(`/quyet-dinh/${decisionId}`);
      return { status: reading.status };
    },
  );
}
