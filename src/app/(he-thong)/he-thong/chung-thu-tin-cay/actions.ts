"use server";

import { revalidatePath } from "next/cache";
import { ZId } from "@/schemas/common";
import { ZTrustedCertificateUpload } from "@/schemas/trusted-certificate";
import { operatorAction } from "@/server/actions/result";
import { removeTrustedCertificate } from "@/server/data/trusted-certificates";
import { uploadTrustedCertificates } from "@/server/services/trust-list";

const PATH = "/he-thong/chung-thu-tin-cay";

/** Adds the CA certificates of an uploaded file to the trust list. */
export async function uploadTrustedCertificateAction(_prev: unknown, form: FormData) {
  return operatorAction(ZTrustedCertificateUpload, { file: form.get("file") }, async (operator, data) => {
    const { added, skipped } = await uploadTrustedCertificates(operator, {
      bytes: new Uint8Array(await data.file.arrayBuffer()),
    });
    revalidatePath(PATH);
    return { added: added.map((a) => a.subject), skipped };
  });
}

export async function removeTrustedCertificateAction(id: string) {
  return operatorAction(ZId, id, async (operator, id) => {
    const removed = await removeTrustedCertificate(operator, id);
    revalidatePath(PATH);
    return { subject: removed.subject };
  });
}
