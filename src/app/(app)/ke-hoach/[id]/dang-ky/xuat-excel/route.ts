import { getActor } from "@/server/auth/actor";
import { AppError } from "@/domain/errors";
import { listPlanRegistrations } from "@/server/data/registrations";
import { renderRegistrationXlsx } from "@/server/documents/registration-xlsx";

/** Every registration the plan received, as .xlsx in the layout offices already use. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Chưa đăng nhập", { status: 401 });
  const { id } = await params;
  try {
    const { plan, registrations, columns } = await listPlanRegistrations(actor, id);
    const buffer = await renderRegistrationXlsx({
      planTitle: plan.title,
      issuerName: plan.unit.name,
      columns: columns.map((c) => ({ code: c.code, name: c.name, group: c.group })),
      sheets: registrations.map((r) => ({ unitName: r.unit.name, rows: r.rows.map((row) => ({ kind: row.kind, label: row.label, items: row.items, commitment: row.commitment })) })),
    });
    return new Response(new Uint8Array(buffer), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="dang-ky-thi-dua.xlsx"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response("Không tìm thấy", { status: 404 });
    throw error;
  }
}
