"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actorAction } from "@/server/actions/result";
import type { ActionResult } from "@/schemas/action-result";
import { MAX_UPLOAD_BYTES } from "@/lib/file-types";
import { uploadSigningCertificate } from "@/server/services/issued-documents";
import { removeSigningCertificate } from "@/server/data/signing-certificates";

/** The unit administrator keeps the unit's .p12 with its passphrase (sealed before it is stored). */
export async function uploadSigningCertificateAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return actorAction(
    z.object({
      file: z
        .instanceof(File, { error: "Chọn tệp chứng thư số (.p12 hoặc .pfx)." })
        // Nothing chosen arrives as a nameless empty file; a chosen 0-byte file keeps its name.
        .refine((f) => f.size > 0 || f.name !== "", { error: "Chọn tệp chứng thư số (.p12 hoặc .pfx).", abort: true })
        .refine((f) => f.size > 0, "Tệp chứng thư số rỗng (0 byte): chọn đúng tệp .p12 hoặc .pfx.")
        .refine((f) => f.size <= MAX_UPLOAD_BYTES, "Tệp lớn hơn 10 MB."),
      passphrase: z.string().min(1, "Nhập mật khẩu của tệp chứng thư số.").max(200, "Mật khẩu quá dài."),
    }),
    { file: form.get("file"), passphrase: form.get("passphrase") },
    async (actor, { file, passphrase }) => {
      await uploadSigningCertificate(actor, { bytes: new Uint8Array(await file.arrayBuffer()) }, passphrase);
      revalidatePath("/chung-thu-so");
      return null;
    },
  );
}

export async function removeSigningCertificateAction(_prev: ActionResult | null): Promise<ActionResult> {
  return actorAction(z.null(), null, async (actor) => {
    await removeSigningCertificate(actor);
    revalidatePath("/chung-thu-so");
    return null;
  });
}
