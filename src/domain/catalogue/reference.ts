import { authorityOn, catalogue, type CatalogueEntry, type NomineeKind } from "./catalogue";
import { bonusOn } from "@/domain/law/bonus";
import { toSearchText } from "@/domain/text/vietnamese";

/**
 * The catalogue as users read it on a given day: who confers each title or form that day, its
 * conditions, the bonus of that day and the articles. Pure. What the texts leave open (`open`) is
 * for administrators only, behind "Nguồn".
 */

export type ReferenceRow = {
  code: string;
  name: string;
  kind: "TITLE" | "FORM";
  nominee: NomineeKind[];
  /** Who confers it on the day; null once it can no longer be conferred. */
  conferredBy: string | null;
  /** "Đến 30/06/2025" for an entry that ended, or ends. */
  until: string | null;
  conditions: { text: string; article: string }[];
  amounts: { kind: NomineeKind; amount: number | null; article: string | null }[];
  articles: string;
  open: string[];
};

const vi = (iso: string) => iso.split("-").reverse().join("/");

function row(e: CatalogueEntry, onDate: string): ReferenceRow {
  const ended = e.validTo !== undefined && onDate > e.validTo;
  const authority = authorityOn(e, onDate);
  return {
    code: e.code,
    name: e.name,
    kind: e.kind,
    nominee: e.nominee,
    conferredBy: ended ? null : authority.conferredBy,
    until: e.validTo ? `Đến ${vi(e.validTo)}` : null,
    conditions: e.cap ? [...e.prerequisites, { text: e.cap.text, article: e.cap.article }] : e.prerequisites,
    amounts: e.nominee.map((kind) => {
      const b = ended ? null : bonusOn(e.code, kind, onDate);
      return b?.computed ? { kind, amount: b.amount, article: b.article } : { kind, amount: null, article: null };
    }),
    articles: authority.article === e.article ? e.article : `${authority.article}; ${e.article}`,
    open: e.unverified,
  };
}

/** The entries whose name (without diacritics) contains `query`, as of `onDate` (ISO). */
export function catalogueReference(onDate: string, query = ""): ReferenceRow[] {
  const q = toSearchText(query);
  return catalogue.filter((e) => !q || toSearchText(e.name).includes(q)).map((e) => row(e, onDate));
}
