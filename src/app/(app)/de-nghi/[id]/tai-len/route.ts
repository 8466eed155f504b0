import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZId } from "@/schemas/common";
import { actorAction } from "@/server/actions/result";
import { isSameOrigin } from "@/server/actions/same-origin";
import { uploadDossierFile } from "@/server/services/dossier-files";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "@/lib/file-types";

/**
 * One dossier file, posted by the page's multi-file upload (multi-upload.tsx) with XMLHttpRequest
 * so that each file shows its own progress — a server action cannot report upload progress. Same
 * checks as the upload action: the signed-in actor, the document of the unit's own editable batch
 * (the data layer), the file by its content; the answer is the action's result, as JSON.
 */

const ZUpload = z.object({
  documentId: ZId,
  file: z
    .instanceof(File, { error: "Chọn tệp cần tải lên." })
    .refine((f) => f.size > 0, "Tệp rỗng.")
    .refine((f) => f.size <= MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE),
});

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request))
    return json({ ok: false, error: "Yêu cầu không đến từ trang của ứng dụng.", fieldErrors: {} }, 403);
  const { id: batchId } = await params;
  const form = await request.formData().catch(() => null);
  const result = await actorAction(
    ZUpload,
    { documentId: form?.get("documentId"), file: form?.get("file") },
    async (actor, { documentId, file }) => {
      await uploadDossierFile(actor, documentId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      revalidatePath(`/de-nghi/${batchId}`);
      return null;
    },
  );
  return json(result, result.ok ? 200 : 400);
}
