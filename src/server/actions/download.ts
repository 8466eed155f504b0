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
export async function download(load: (actor: Actor) => Promise<Download | StreamedDownload>): Promise<Response> {
  try {
    const actor = await getActor();
    if (!actor) return text("Chưa đăng nhập. Hãy đăng nhập lại rồi tải tệp.", 401);
    const file = await load(actor);
    const body = "stream" in file ? await primed(file.stream) : new Uint8Array(file.bytes);
    return new Response(body, {
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

/** A file sent as it is made (a long export): its rows are read while the download runs. */
export type StreamedDownload = { stream: ReadableStream<Uint8Array>; mime: string; fileName: string };

/**
 * The stream with its first chunk already read, here inside download's try: a refusal or a broken
 * database found by the first read is answered with its status and message, not a cut-off file
 * after a 200. A failure later in the stream aborts the download (the browser reports it failed).
 */
async function primed(stream: ReadableStream<Uint8Array>): Promise<ReadableStream<Uint8Array>> {
  const reader = stream.getReader();
  const first = await reader.read();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (first.done) controller.close();
        else controller.enqueue(first.value);
      },
      async pull(controller) {
        const next = await reader.read();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}
