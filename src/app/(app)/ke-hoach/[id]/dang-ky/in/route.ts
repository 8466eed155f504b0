import { getActor } from "@/server/auth/actor";
import { AppError } from "@/domain/errors";
import { placeName } from "@/domain/units/hierarchy";
import { findMyRegistration } from "@/server/data/registrations";
import { renderRegistrationDocx } from "@/server/documents/registration-docx";

/** The actor's unit's registration table as a .docx to sign and file. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Chưa đăng nhập", { status: 401 });
  const { id } = await params;
  try {
    const mine = await findMyRegistration(actor, id);
    const buffer = await renderRegistrationDocx(
      { planTitle: mine.plan.title, issuerName: mine.plan.unit.name, columns: mine.columns.map(({ code, name, group }) => ({ code, name, group })), sheets: [] },
      { unitName: actor.unit.name, rows: mine.rows.map((r) => ({ kind: r.kind, label: r.label, items: r.items, commitment: r.commitment })) },
      placeName(actor.unit.name),
    );
    return new Response(new Uint8Array(buffer), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Content-Disposition": `attachment; filename="dang-ky-thi-dua.docx"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response("Không tìm thấy", { status: 404 });
    throw error;
  }
}
