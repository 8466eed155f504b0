import { download, DOCX } from "@/server/actions/download";
import { placeName } from "@/domain/units/hierarchy";
import { findMyRegistration } from "@/server/data/registrations";
import { renderRegistrationDocx } from "@/server/documents/registration-docx";

/** The actor's unit's registration table as a .docx to sign and file. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return download(async (actor) => {
    const mine = await findMyRegistration(actor, id);
    const bytes = await renderRegistrationDocx(
      {
        planTitle: mine.plan.title,
        issuerName: mine.plan.unit.name,
        columns: mine.columns.map(({ code, name, group }) => ({ code, name, group })),
        sheets: [],
      },
      {
        unitName: actor.unit.name,
        rows: mine.rows.map((r) => ({ kind: r.kind, label: r.label, items: r.items, commitment: r.commitment })),
      },
      placeName(actor.unit.name),
    );
    return { bytes, mime: DOCX, fileName: "dang-ky-thi-dua.docx" };
  });
}
