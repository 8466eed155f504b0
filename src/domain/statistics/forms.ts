/**
 * What the quota and registration tables count by: a title or form of a year, the same whichever
 * plan opened it. A plan's award form that confers a catalogue title ("CSTD_CS") counts under the
 * title's name, so every commune's "Chiến sĩ thi đua cơ sở" adds up; a form of the unit's own
 * (no catalogue code) under its name as written. Pure.
 */
import { findEntry } from "@/domain/catalogue/catalogue";

type Kind = "INDIVIDUAL" | "COLLECTIVE";

/**
 * What a title is counted by: its catalogue code when it has one, else its name as written (a
 * name is never a catalogue code, so the two cannot collide). The statistics' title filter holds it.
 */
export const titleKey = (catalogueCode: string | null, name: string) => catalogueCode || name;

/** Whether a title key is a catalogue code (its awards are found by code) or a name. */
export const isCatalogueKey = (key: string) => findEntry(key) !== undefined;

/** A title key as people read it: the catalogue's name for a code, the name itself otherwise. */
export const titleLabel = (key: string) => findEntry(key)?.name ?? key;

/** A plan's award form, with the year of its plan. */
export type FormOfYear = {
  id: string;
  name: string;
  catalogueCode: string | null;
  recipientKind: Kind;
  year: number;
};

/** A title or form of a year, and the plans' forms that confer it. */
export type TitleOfYear = { year: number; key: string; label: string; kind: Kind; formIds: string[] };

/** The forms grouped by year and title, oldest year first, then by name; only those `keep` accepts. */
export function titlesOfForms(forms: readonly FormOfYear[], keep: (t: TitleOfYear) => boolean = () => true) {
  const byKey = new Map<string, TitleOfYear>();
  for (const f of forms) {
    const key = titleKey(f.catalogueCode, f.name);
    const label = titleLabel(key);
    const id = `${f.year}|${key}|${f.recipientKind}`;
    const title = byKey.get(id) ?? { year: f.year, key, label, kind: f.recipientKind, formIds: [] };
    title.formIds.push(f.id);
    byKey.set(id, title);
  }
  return [...byKey.values()].filter(keep).sort(byYearThenLabel);
}

/** The catalogue titles and forms registered for in each year's plans; a unit's own forms are left out. */
export function registeredTitles(
  plans: readonly { year: number; registrationItems: readonly string[] }[],
  keep: (t: { key: string; kinds: readonly Kind[] }) => boolean = () => true,
) {
  const seen = new Map<string, { year: number; code: string; label: string }>();
  for (const plan of plans)
    for (const code of plan.registrationItems) {
      const entry = findEntry(code);
      const kinds = entry?.nominee.filter((k): k is Kind => k !== "HOUSEHOLD") ?? [];
      if (entry && keep({ key: code, kinds }))
        seen.set(`${plan.year}|${code}`, { year: plan.year, code, label: entry.name });
    }
  return [...seen.values()].sort(byYearThenLabel);
}

const byYearThenLabel = (a: { year: number; label: string }, b: { year: number; label: string }) =>
  a.year - b.year || a.label.localeCompare(b.label, "vi");

/** Allocated quota per title: the allocations (grouped per form by the database) of its forms added up. */
export function allocatedOf(title: TitleOfYear, perForm: ReadonlyMap<string, number>): number {
  return title.formIds.reduce((total, id) => total + (perForm.get(id) ?? 0), 0);
}
