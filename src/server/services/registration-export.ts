import "server-only";
import type { Actor } from "@/server/auth/actor-types";
import { REGISTRATION_STATUS_LABELS } from "@/domain/registration/rules";
import { registrationBasis } from "@/domain/registration/aggregate";
import { exportRegistrationBatches, planRegistrationCounts } from "@/server/data/registration-review";
import { registrationXlsxStream, type RegistrationSheet } from "@/server/documents/registration-xlsx";

/**
 * Every registration a plan received for a year, as .xlsx in the layout offices already use: a
 * summary of each unit's status and counts (totals of approved registrations only), then a sheet per
 * unit. The counts are read first — a refusal is answered before any byte — and the units' rows
 * are read a batch at a time as the download goes.
 */
export async function registrationXlsx(actor: Actor, planId: string, askedYear?: number) {
  const { plan, years, year, columns, lines, totals, approved } = await planRegistrationCounts(
    actor,
    planId,
    askedYear,
  );
  const ofYear = years.length > 1 ? year : null;
  async function* units(): AsyncGenerator<RegistrationSheet> {
    for await (const batch of exportRegistrationBatches(actor, planId, lines))
      for (const r of batch)
        yield {
          unitName: r.unit.name,
          basis: registrationBasis(plan, r.unit.name, ofYear),
          rows: r.rows,
        };
  }
  const stream = registrationXlsxStream(
    {
      planTitle: ofYear ? `${plan.title} (năm ${year})` : plan.title,
      issuerName: plan.unit.name,
      columns: columns.map((c) => ({ code: c.code, name: c.name, group: c.group })),
    },
    { lines: lines.map((l) => ({ ...l, status: REGISTRATION_STATUS_LABELS[l.status] })), totals, approved },
    units(),
  );
  return { stream, fileName: `dang-ky-thi-dua-${year}.xlsx` };
}
