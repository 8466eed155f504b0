import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getActor, type Actor } from "@/server/auth/actor";
import { failureResponse, text } from "./download-failure";

import type { Download } from "@/lib/file-types";

export { DOCX, PDF, XLSX, type Download } from "@/lib/file-types";

/**
 * The one shape of a file route: a signed-in actor, a scoped loader, and a private attachment.
 * A failure says what happened, in Vietnamese: 404 only for what does not exist or is not the
 * user's to see (as pages do), 403 for a role that may not, 409 for a file that cannot be made
 * in this state (every award of a decision revoked), 410 for a recorded file whose bytes are
 * lost, 503 when the database is out of reach.
 */
export async function download(load: (actor: Actor) => Promise<Download>): Promise<Response> {
  try {
    const actor = await getActor();
    if (!actor) return text("Chưa đăng nhập. Hãy đăng nhập lại rồi tải tệp.", 401);
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
    unstable_rethrow(error); // redirects and notFound() are Next's control flow, not failures
    return failureResponse(error);
  }
}
