import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { notFound } from "@/domain/errors";
import { toSearchText } from "@/domain/text/vietnamese";
import type { TableParams } from "@/lib/table-params";
import { decisionReadScope, historyReadScopeByUnitIds } from "./scope";
import { cappedTotal, encodeCursor, keysetPage, keysetWindow, parseCursorDate } from "./keyset";

/**
 * Awards and decisions as their readers see them: a signed decision with what its documents print,
 * and the award history of the units the actor may read (search, export). Revocation, a write, is in
 * decisions.ts.
 */

/**
 * A decision with what its documents print, for whoever may read it: the deciding unit, an
 * awardee's, or a successor of either (read-only history).
 */
export async function findDecision(actor: Actor, decisionId: string) {
  const decision = await db().awardDecision.findFirst({
    where: { id: decisionId, ...(await decisionReadScope(actor)) },
    include: {
      unit: { select: { name: true, kind: true, parent: { select: { name: true } } } },
      plan: { select: { title: true, place: true, signerTitle: true, recipients: true } },
      // A recurring form's decision says which year or review it is for (decision-documents.ts).
      awardRound: { select: { key: true, label: true } },
      // Written in one transaction, so of one instant: the id keeps the order they were written in.
      awards: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { person: { select: { position: true } }, unit: { select: { name: true } } },
      },
    },
  });
  if (!decision) throw notFound();
  // The form as signed, not as the plan reads now.
  return {
    decision,
    form: { name: decision.formName, authority: decision.authority, amountBasis: decision.amountBasis },
  };
}

export const AWARD_SORT_KEYS = ["year", "label", "decidedOn"] as const;

/**
 * One ledger: the awards of the units the actor reads and of the units they succeed (read-only), by
 * the units' ids (see historyReadScopeByUnitIds for why).
 */
const awardScope = (actor: Actor) => historyReadScopeByUnitIds(actor, "person.read");
type AwardScope = Awaited<ReturnType<typeof awardScope>>;

async function awardWhere(
  actor: Actor,
  params: { q?: string; year?: number; round?: string },
): Promise<Prisma.AwardRecordWhereInput> {
  return awardWhereIn(await awardScope(actor), params);
}

function awardWhereIn(
  scope: AwardScope,
  params: { q?: string; year?: number; round?: string },
): Prisma.AwardRecordWhereInput {
  const q = params.q ? toSearchText(params.q) : "";
  return {
    AND: [scope],
    ...(params.year ? { year: params.year } : {}),
    // The award round (đợt) by its label: "Năm 2024", "Sơ kết giai đoạn 2021–2025".
    ...(params.round ? { decision: { awardRound: { label: params.round } } } : {}),
    // The awardee's or the award's name, without diacritics, through the record's own trigram-indexed
    // column (written by a trigger): matching the person's and organisation's columns joined both
    // tables for every award in scope. Its GIN index holds the unit too: a commune's search reads the
    // commune's entries and skips through the common trigrams' lists (migration award_history_filters).
    ...(q ? { searchText: { contains: q } } : {}),
  };
}

const WITH_ROUND = {
  unit: { select: { name: true } },
  decision: { select: { awardRound: { select: { label: true } } } },
} as const;

/**
 * Award history of the units the actor may read, searchable by the awardee's or the award's name
 * without diacritics (AwardRecord.searchText), by year
 * and by round; with the rounds its decisions were made in (the round filter's choices). One page at a
 * time by keyset on (sort column, id) through the AwardRecord indexes of the same order, the total
 * shown as "Hơn 10.000" past the cap. The round filter offers the labels of the rounds in which an
 * award of a unit in scope was decided, read from AwardRoundTally (a count per unit and round kept by
 * the database): as many rows as units × rounds, where asking the awards read every award in scope
 * on each page load (0.2–0.8 s for a province of 200 000; bench:award-search).
 */
export async function searchAwards(
  actor: Actor,
  params: TableParams<(typeof AWARD_SORT_KEYS)[number]> & { year?: number; round?: string },
) {
  const scope = await awardScope(actor);
  const where = awardWhereIn(scope, params);
  const window = keysetWindow<Prisma.AwardRecordWhereInput>(params.sort, params, AWARD_SORT_PARSE[params.sort]);
  const [fetched, counted, rounds] = await Promise.all([
    db().awardRecord.findMany({
      where: window.where ? { AND: [where, window.where] } : where,
      orderBy: window.orderBy,
      skip: window.skip,
      take: window.take,
      include: WITH_ROUND,
    }),
    db().awardRecord.count({ where }),
    db().awardRound.groupBy({ by: ["label"], where: { tallies: { some: scope } }, orderBy: { label: "asc" } }),
  ]);
  const page = keysetPage(fetched, window, params, (r) => encodeCursor(r[params.sort], r.id));
  return {
    rows: page.rows,
    ...cappedTotal(counted),
    cursors: { after: page.after, before: page.before },
    roundLabels: rounds.map((r) => r.label),
  };
}

/** A cursor's sort value back in its column's type; a forged one throws and the page is read by number. */
const AWARD_SORT_PARSE: Record<(typeof AWARD_SORT_KEYS)[number], (value: string) => string | number | Date> = {
  year: (v) => {
    const year = Number(v);
    if (!Number.isInteger(year)) throw new Error("cursor year");
    return year;
  },
  label: (v) => v,
  decidedOn: parseCursorDate,
};

export type ExportedAward = Prisma.AwardRecordGetPayload<{ include: typeof WITH_ROUND }>;

/** The most an export holds: a province's whole history fits well within it. */
export const EXPORT_LIMIT = 50_000;

/**
 * How many rows the export of these filters holds (the same reads as exportAwardBatches, at most
 * EXPORT_LIMIT): a large one is made by the worker instead of in the request.
 */
export async function countAwardsForExport(
  actor: Actor,
  params: { q?: string; year?: number; round?: string },
): Promise<number> {
  const count = await db().awardRecord.count({ where: await awardWhere(actor, params) });
  return Math.min(count, EXPORT_LIMIT);
}

/**
 * Every matching award, for export, in the export's order (newest year first, then by name), one
 * batch at a time: each batch seeks past the last row of the one before through (year, label, id)
 * instead of one read of everything, so an export streams in memory for one batch. keyset.ts
 * seeks through one sort column; this order has two, in opposite directions, hence the seek here.
 */
export async function* exportAwardBatches(
  actor: Actor,
  params: { q?: string; year?: number; round?: string },
  batchSize = 500,
): AsyncGenerator<ExportedAward[]> {
  const where = await awardWhere(actor, params);
  let last: ExportedAward | null = null;
  for (let read = 0; read < EXPORT_LIMIT;) {
    const after: Prisma.AwardRecordWhereInput | null = last && {
      OR: [
        { year: { lt: last.year } },
        { year: last.year, label: { gt: last.label } },
        { year: last.year, label: last.label, id: { gt: last.id } },
      ],
    };
    const rows: ExportedAward[] = await db().awardRecord.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy: [{ year: "desc" }, { label: "asc" }, { id: "asc" }],
      take: Math.min(batchSize, EXPORT_LIMIT - read),
      include: WITH_ROUND,
    });
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
    read += rows.length;
    last = rows.at(-1)!;
  }
}
