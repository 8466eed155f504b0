import "server-only";
import type { Tx } from "@/server/db/client";
import { eligibilityReasons, type NomineeFacts } from "@/domain/eligibility/evaluate";
import type { Reason } from "@/domain/eligibility/principles";
import type { DisciplineFacts } from "@/domain/eligibility/discipline";
import { toIsoDate } from "@/lib/dates";

/**
 * Loads what the eligibility rules read for nominees of one unit and runs them. Callers pass a
 * transaction (their own, with the batch locked) so the answer and the write agree.
 */

export type Subject = { kind: "INDIVIDUAL" | "COLLECTIVE"; personId: string | null; organisationId: string | null };

const iso = (d: Date | null) => (d ? toIsoDate(d) : null);
const disciplineFacts = (
  rows: { status: DisciplineFacts["status"]; effectiveFrom: Date; effectiveTo: Date | null }[],
): DisciplineFacts[] =>
  rows.map((d) => ({ status: d.status, effectiveFrom: toIsoDate(d.effectiveFrom), effectiveTo: iso(d.effectiveTo) }));
const holdFacts = (rows: { kind: "COMPLAINT" | "INSPECTION"; openedOn: Date; closedOn: Date | null }[]) =>
  rows.map((h) => ({ kind: h.kind, openedOn: toIsoDate(h.openedOn), closedOn: iso(h.closedOn) }));

async function factsOf(tx: Tx, unitId: string, subject: Subject): Promise<NomineeFacts> {
  if (subject.personId) {
    const p = await tx.person.findFirstOrThrow({
      where: { id: subject.personId, unitId },
      select: {
        disciplines: true,
        holds: true,
        reviews: true,
        initiatives: true,
        awards: { select: { catalogueCode: true, year: true, revokedOn: true } },
      },
    });
    return {
      kind: "INDIVIDUAL",
      disciplines: disciplineFacts(p.disciplines),
      holds: holdFacts(p.holds),
      ratings: p.reviews.map((r) => ({ year: r.year, rating: r.rating })),
      initiatives: p.initiatives.map((i) => ({ scope: i.scope, recognisedOn: toIsoDate(i.recognisedOn) })),
      awards: p.awards.map((a) => ({ catalogueCode: a.catalogueCode, year: a.year, revoked: a.revokedOn !== null })),
    };
  }
  if (subject.organisationId) {
    const o = await tx.organisation.findFirstOrThrow({
      where: { id: subject.organisationId, unitId },
      select: { holds: true, head: { select: { fullName: true, disciplines: true } } },
    });
    return {
      kind: "COLLECTIVE",
      holds: holdFacts(o.holds),
      head: o.head ? { name: o.head.fullName, disciplines: disciplineFacts(o.head.disciplines) } : null,
    };
  }
  // The unit itself as a collective: no records are kept on it.
  return { kind: "COLLECTIVE", holds: [], head: null };
}

/**
 * Reasons the subject may not be proposed for a form of `catalogueCode`, for the achievement year `year`, as of `onDate`.
 * `unitId` is trusted: callers pass the proposing unit of a batch or nominee read through the wall, never an input.
 */
export async function unsafeNomineeReasons(
  tx: Tx,
  unitId: string,
  subject: Subject,
  catalogueCode: string | null,
  year: number,
  onDate: string,
): Promise<Reason[]> {
  return eligibilityReasons({ facts: await factsOf(tx, unitId, subject), catalogueCode, year, onDate });
}
