import { download, DOCX } from "@/server/actions/download";
import { placeName } from "@/domain/units/hierarchy";
import { registrationBasis } from "@/domain/registration/aggregate";
import { toIsoDate } from "@/lib/dates";
import { findMyRegistration } from "@/server/data/registrations";
import { renderRegistrationDocx } from "@/server/documents/registration-docx";

/**
 * The actor's unit's registration table (of the year in `?nam=`) as a .docx to sign and file: it
 * cites the plan by number and date and is dated by the registration itself (sent, else last saved).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const asked = Number(new URL(request.url).searchParams.get("nam")) || undefined;
  return download(async (actor) => {
    const mine = await findMyRegistration(actor, id, new Date(), asked);
    const plan = mine.plan;
    const saved = mine.registration?.sentAt ?? mine.registration?.updatedAt ?? null;
    const bytes = await renderRegistrationDocx(
      {
        planTitle: plan.title,
        issuerName: plan.unit.name,
        columns: mine.columns.map(({ code, name, group }) => ({ code, name, group })),
        sheets: [],
      },
      {
        unitName: actor.unit.name,
        basis: registrationBasis(plan, actor.unit.name, mine.years.length > 1 ? mine.year : null),
        rows: mine.rows.map((r) => ({ kind: r.kind, label: r.label, items: r.items, commitment: r.commitment })),
      },
      placeName(actor.unit.name),
      // A registration is dated when it was made; one for a year not yet reached is dated in that year.
      saved && Number(toIsoDate(saved).slice(0, 4)) <= mine.year
        ? { day: toIsoDate(saved), year: mine.year }
        : { day: null, year: mine.year },
    );
    return { bytes, mime: DOCX, fileName: `dang-ky-thi-dua-${mine.year}.docx` };
  });
}
