import "server-only";
import { AppError } from "@/domain/errors";
import { getActor, type Actor } from "@/server/auth/actor";

import type { Download } from "@/lib/file-types";

export { DOCX, PDF, XLSX, type Download } from "@/lib/file-types";

/**
 * The one shape of a file route: a signed-in actor, a scoped loader, and a private attachment.
 * A loader's "not found" (which includes "not yours") answers 404, like pages do.
 */
export async function download(load: (actor: Actor) => Promise<Download>): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Chưa đăng nhập", { status: 401 });
  try {
    const file = await load(actor);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mime,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response("Không tìm thấy", { status: 404 });
    throw error;
  }
}
