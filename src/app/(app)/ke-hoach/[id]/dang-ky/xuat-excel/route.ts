import { download, XLSX } from "@/server/actions/download";
import { REGISTRATION_STATUS_LABELS } from "@/domain/registration/rules";
import { registrationBasis } from "@/domain/registration/aggregate";
import { unitNameInSentence } from "@/domain/units/hierarchy";
import { toIsoDate } from "@/lib/dates";
import { listPlanRegistrations } from "@/server/data/registration-review";
import { renderRegistrationXlsx } from "@/server/documents/registration-xlsx";

/**
 * Every registration the plan received for the year in `?nam=`, as .xlsx in the layout offices
 * already use: each unit's status beside its counts, totals of approved registrations only.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const asked = Number(new URL(request.url).searchParams.get("nam")) || undefined;
  return download(async (actor) => {
    const { plan, years, year, registrations, columns } = await listPlanRegistrations(actor, id, asked);
    const bytes = await renderRegistrationXlsx({
      planTitle: years.length > 1 ? `${plan.title} (năm ${year})` : plan.title,
      issuerName: plan.unit.name,
      columns: columns.map((c) => ({ code: c.code, name: c.name, group: c.group })),
      sheets: registrations.map((r) => ({
        unitName: r.unit.name,
        status: REGISTRATION_STATUS_LABELS[r.status],
        approved: r.status === "APPROVED",
        basis: registrationBasis({
          planNumber: plan.number,
          planSymbol: plan.symbol,
          planIssuedOn: plan.issuedOn ? toIsoDate(plan.issuedOn) : null,
          issuer: `UBND ${unitNameInSentence(plan.unit.name)}`,
          planTitle: plan.title,
          unitName: r.unit.name,
          year: years.length > 1 ? year : null,
        }),
        rows: r.rows.map((row) => ({ kind: row.kind, label: row.label, items: row.items, commitment: row.commitment })),
      })),
    });
    return { bytes, mime: XLSX, fileName: `dang-ky-thi-dua-${year}.xlsx` };
  });
}
