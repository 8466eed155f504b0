import { roundsOf, type RoundForm } from "../../src/domain/plans/rounds";

/**
 * The rounds of a seeded award form, as nested create rows: seeds write plans directly, not through
 * the data layer that materialises rounds on every save (src/server/data/award-rounds.ts).
 */
export function seedRounds(
  form: Omit<RoundForm, "recurrence" | "phase"> & Partial<Pick<RoundForm, "recurrence" | "phase">>,
  plan: { periodFrom: string; periodTo: string; dossierDeadline?: string },
) {
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  const rounds = roundsOf({ recurrence: "ONCE", phase: "", ...form }, { ...plan, phases: [] });
  return {
    create: rounds.map((r) => ({
      key: r.key,
      position: r.position,
      label: r.label,
      year: r.year,
      review: r.review,
      periodFrom: day(r.periodFrom),
      periodTo: day(r.periodTo),
      dossierDeadline: r.dossierDeadline ? day(r.dossierDeadline) : null,
      quota: r.quota,
    })),
  };
}
