import { download, XLSX } from "@/server/actions/download";
import { listPlanRegistrations } from "@/server/data/registration-review";
import { renderRegistrationXlsx } from "@/server/documents/registration-xlsx";

/** Every registration the plan received, as .xlsx in the layout offices already use. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return download(async (actor) => {
    const { plan, registrations, columns } = await listPlanRegistrations(actor, id);
    const bytes = await renderRegistrationXlsx({
      planTitle: plan.title,
      issuerName: plan.unit.name,
      columns: columns.map((c) => ({ code: c.code, name: c.name, group: c.group })),
      sheets: registrations.map((r) => ({
        unitName: r.unit.name,
        rows: r.rows.map((row) => ({ kind: row.kind, label: row.label, items: row.items, commitment: row.commitment })),
      })),
    });
    return { bytes, mime: XLSX, fileName: "dang-ky-thi-dua.xlsx" };
  });
}
