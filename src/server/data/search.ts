import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { formatDocumentNumber } from "@/domain/plans/numbering";
import { toSearchText } from "@/domain/text/vietnamese";
import { decisionReadScope, planHistoryReadScope, readScope } from "./scope";

/**
 * The header's search: people, organisations, plans and award decisions the actor may read, each
 * through the same relation as its own list (a person or organisation by `readScope`, a plan by
 * `planHistoryReadScope`, a decision by `decisionReadScope`), so the search never shows what the list
 * would not. Each kind is one short query of at most `SEARCH_GROUP_SIZE` rows (+1 to know whether there
 * are more, in which case the page links to the full list); names are matched without diacritics on
 * the indexed `searchText` column (plans: their title's; decisions: their form's, as
 * "giay khen" for "Giấy khen"), documents also by number.
 */

export const SEARCH_GROUP_SIZE = 10;
/** Shorter text would match most of a province; the page asks for more instead. */
export const SEARCH_MIN_LENGTH = 2;

type Group<T> = { rows: T[]; more: boolean };

function group<T>(rows: T[]): Group<T> {
  return { rows: rows.slice(0, SEARCH_GROUP_SIZE), more: rows.length > SEARCH_GROUP_SIZE };
}

/** "05", "5" or "05/QĐ-UBND": the document number it starts with, as numbers are stored ("05"). */
function documentNumberOf(q: string): string | null {
  const digits = /^(\d{1,4})(?:\/|$)/.exec(q.trim());
  return digits ? formatDocumentNumber(Number.parseInt(digits[1]!, 10)) : null;
}

export async function searchInScope(actor: Actor, q: string) {
  const text = toSearchText(q);
  if (text.length < SEARCH_MIN_LENGTH) return null;
  const number = documentNumberOf(q);
  const take = SEARCH_GROUP_SIZE + 1;
  const [people, organisations, plans, decisions] = await Promise.all([
    can(actor.roles, "person.read")
      ? db().person.findMany({
          where: { ...readScope(actor, "person.read"), searchText: { contains: text } },
          orderBy: [{ sortName: "asc" }, { id: "asc" }],
          take,
          select: {
            id: true,
            fullName: true,
            position: true,
            unit: { select: { name: true } },
            organisation: { select: { name: true } },
          },
        })
      : [],
    can(actor.roles, "organisation.read")
      ? db().organisation.findMany({
          where: { ...readScope(actor, "organisation.read"), searchText: { contains: text } },
          orderBy: [{ name: "asc" }, { id: "asc" }],
          take,
          select: { id: true, name: true, active: true, unit: { select: { name: true } } },
        })
      : [],
    can(actor.roles, "plan.read")
      ? db().plan.findMany({
          where: {
            AND: [
              await planHistoryReadScope(actor),
              { OR: [{ searchText: { contains: text } }, ...(number ? [{ number }] : [])] },
            ],
          },
          orderBy: [{ year: "desc" }, { title: "asc" }, { id: "asc" }],
          take,
          select: {
            id: true,
            title: true,
            number: true,
            symbol: true,
            year: true,
            status: true,
            unit: { select: { name: true } },
          },
        })
      : [],
    can(actor.roles, "person.read")
      ? db().awardDecision.findMany({
          where: {
            AND: [
              await decisionReadScope(actor),
              { OR: [{ searchText: { contains: text } }, ...(number ? [{ number }] : [])] },
            ],
          },
          orderBy: [{ decidedOn: "desc" }, { id: "asc" }],
          take,
          select: {
            id: true,
            number: true,
            decidedOn: true,
            formName: true,
            unit: { select: { name: true } },
          },
        })
      : [],
  ]);
  return {
    people: group(people),
    organisations: group(organisations),
    plans: group(plans),
    decisions: group(decisions),
  };
}
