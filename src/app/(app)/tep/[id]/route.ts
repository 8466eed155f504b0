import { getActor } from "@/server/auth/actor";
import { AppError } from "@/domain/errors";
import { readDossierFile } from "@/server/data/nominations";

/** A dossier file, served only to users allowed to see its nomination. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Chưa đăng nhập", { status: 401 });
  const { id } = await params;
  try {
    const file = await readDossierFile(actor, id);
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
