import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { conflict, invalid, notFound } from "@/domain/errors";
import { toSearchText, toSortName, tidyName } from "@/domain/text/vietnamese";
import type { TPersonInput } from "@/schemas/person";
import type { TableParams } from "@/lib/table-params";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import { ownedByMyUnit, readScope, writeScope } from "./scope";
import { recordAudit } from "./audit";
import { BUMP_ROW_VERSION, checkRowVersion, claimRowVersion } from "./row-version";
import { cappedTotal, encodeCursor, keysetPage, keysetWindow, parseCursorDate } from "./keyset";

export const PERSON_SORT_KEYS = ["sortName", "dateOfBirth", "position", "createdAt"] as const;
type SortKey = (typeof PERSON_SORT_KEYS)[number];

export async function listPeople(actor: Actor, params: TableParams<SortKey>, filter: { organisationId?: string } = {}) {
  const where: Prisma.PersonWhereInput = {
    ...readScope(actor, "person.read"),
    ...(params.q ? { searchText: { contains: toSearchText(params.q) } } : {}),
    ...(filter.organisationId ? { organisationId: filter.organisationId } : {}),
  };
  // By (sort column, id) from the row the last page ended on, through the (…, column, id) indexes.
  const window = keysetWindow<Prisma.PersonWhereInput>(params.sort, params, PERSON_SORT_PARSE[params.sort]);
  const fetched = await db().person.findMany({
    where: window.where ? { AND: [where, window.where] } : where,
    orderBy: window.orderBy,
    skip: window.skip,
    take: window.take,
    include: { organisation: { select: { name: true } }, unit: { select: { name: true } } },
  });
  const page = keysetPage(fetched, window, params, (r) => encodeCursor(r[params.sort], r.id));
  // A plain count: every way Prisma limits a count (`take`) adds an ORDER BY, whose sort of the rows in scope
  // cost more than counting them (EXPLAIN in README, Performance). Shown as "more than 10 000" past the cap.
  const counted = await db().person.count({ where });
  // Counted for this page's people only: Prisma's `_count` would aggregate every tenant's
  // discipline records on each page view (see scripts/bench/people-list.ts).
  const counts = await db().disciplineRecord.groupBy({
    by: ["personId"],
    where: { personId: { in: page.rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const byPerson = new Map(counts.map((c) => [c.personId, c._count._all]));
  return {
    rows: page.rows.map((r) => ({ ...r, disciplineCount: byPerson.get(r.id) ?? 0 })),
    ...cappedTotal(counted),
    cursors: { after: page.after, before: page.before },
  };
}

/** A cursor's sort value back in its column's type. */
const PERSON_SORT_PARSE: Record<SortKey, (value: string) => string | Date> = {
  sortName: (v) => v,
  position: (v) => v,
  dateOfBirth: parseCursorDate,
  createdAt: parseCursorDate,
};

export async function findPerson(actor: Actor, id: string) {
  const row = await db().person.findFirst({
    where: { id, ...readScope(actor, "person.read") },
    include: { organisation: { select: { id: true, name: true } }, unit: { select: { name: true } } },
  });
  if (!row) throw notFound();
  return row;
}

/** For edit forms: only people of the actor's own unit are editable, whatever reading reaches. */
export async function findPersonForEdit(actor: Actor, id: string) {
  const row = await db().person.findFirst({ where: { id, ...writeScope(actor, "person.write") } });
  if (!row) throw notFound();
  return row;
}

/** The organisation must belong to the same unit as the person; checked inside the transaction. */
async function checkOrganisation(tx: Tx, unitId: string, organisationId: string | undefined) {
  if (!organisationId) return null;
  const org = await tx.organisation.findFirst({ where: { id: organisationId, unitId }, select: { id: true } });
  if (!org) throw invalid("Tổ chức đã chọn không thuộc đơn vị.", { organisationId: "Chọn một tổ chức của đơn vị." });
  return org.id;
}

/** A row as its edit form shows it (the form's first values, and the current ones after a stale save). */
export function personFormValues(row: {
  fullName: string;
  dateOfBirth: Date;
  gender: TPersonInput["gender"];
  staffKind: TPersonInput["staffKind"];
  position: string;
  organisationId: string | null;
  partyMember: boolean;
}): TPersonInput {
  return {
    fullName: row.fullName,
    dateOfBirth: toIsoDate(row.dateOfBirth),
    gender: row.gender,
    staffKind: row.staffKind,
    position: row.position,
    organisationId: row.organisationId ?? "",
    partyMember: row.partyMember,
  };
}

export function personData(input: TPersonInput) {
  const fullName = tidyName(input.fullName);
  return {
    fullName,
    sortName: toSortName(fullName),
    searchText: toSearchText(fullName),
    dateOfBirth: parseIsoDate(input.dateOfBirth),
    gender: input.gender,
    staffKind: input.staffKind,
    position: input.position.trim(),
    partyMember: input.partyMember,
  };
}

export async function createPerson(actor: Actor, input: TPersonInput) {
  const scope = writeScope(actor, "person.write");
  return db().$transaction(async (tx) => {
    const organisationId = await checkOrganisation(tx, scope.unitId, input.organisationId || undefined);
    const row = await tx.person.create({ data: { ...personData(input), organisationId, unitId: scope.unitId } });
    await recordAudit(tx, actor, { entity: "Person", entityId: row.id, action: "CREATE", after: row });
    return row;
  });
}

/** Saves the edit form; refused as stale when the row is no longer at `rowVersion` (see row-version.ts). */
export async function updatePerson(actor: Actor, id: string, input: TPersonInput, rowVersion: number) {
  const scope = writeScope(actor, "person.write");
  return db().$transaction(async (tx) => {
    const before = await tx.person.findFirst({ where: { id, ...scope } });
    if (!before) throw notFound();
    checkRowVersion(before, rowVersion, personFormValues);
    const organisationId = await checkOrganisation(tx, scope.unitId, input.organisationId || undefined);
    const claimed = await tx.person.updateMany({
      where: { id: before.id, rowVersion, ...scope },
      data: { ...personData(input), organisationId, ...BUMP_ROW_VERSION },
    });
    await claimRowVersion(claimed, () => tx.person.findFirst({ where: { id, ...scope } }), personFormValues);
    const after = await tx.person.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, actor, { entity: "Person", entityId: id, action: "UPDATE", before, after });
    return after;
  });
}

export async function deletePerson(actor: Actor, id: string) {
  const scope = writeScope(actor, "person.write");
  await db().$transaction(async (tx) => {
    const before = await tx.person.findFirst({
      where: { id, ...scope },
      include: { disciplines: true, _count: { select: { nominees: true, registrationRows: true } } },
    });
    if (!before) throw notFound();
    // Registrations and nominations name the person: deleting would silently rewrite them.
    if (before._count.nominees || before._count.registrationRows) {
      throw conflict(
        `Không thể xoá: ${before.fullName} có trong ${before._count.registrationRows} dòng đăng ký thi đua và ${before._count.nominees} đề nghị khen thưởng.`,
      );
    }
    await tx.person.delete({ where: { id: before.id } });
    const { _count, ...snapshot } = before;
    await recordAudit(tx, actor, { entity: "Person", entityId: id, action: "DELETE", before: snapshot });
  });
}

/** People of the actor's own unit, for pick lists (registration, nominations), in Vietnamese order. */
export async function listPeopleChoices(actor: Actor) {
  return db().person.findMany({
    where: { ...readScope(actor, "person.read"), ...ownedByMyUnit(actor) },
    orderBy: { sortName: "asc" },
    select: { id: true, fullName: true, position: true },
  });
}
