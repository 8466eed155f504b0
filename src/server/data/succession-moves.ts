import "server-only";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { conflict, notFound } from "@/domain/errors";
import { toSearchText } from "@/domain/text/vietnamese";
import { toIsoDate } from "@/lib/dates";
import { ownedByMyUnit, readScope, unitsISucceed, writeScope } from "./scope";
import { recordAuditMany } from "./audit";

/**
 * The successor's guided step after a merger or split: the units it succeeds, and moving their
 * people and organisations over — a preview first, then one transaction, audited per row.
 * A moved person brings their own records (ratings, initiatives, discipline, complaints) so the
 * successor can keep them; their awards stay with the unit that gave them (the history is read
 * through the succession, and eligibility counts a person's awards wherever given). After a split,
 * each successor takes its part: whoever is not chosen stays with the ended unit.
 */

/** The units my unit succeeds, with the links' dates and resolutions and what is still left in each. */
export async function listMyPredecessors(actor: Actor) {
  readScope(actor, "person.read");
  const units = await db().unit.findMany({
    where: await unitsISucceed(actor),
    orderBy: { name: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      validTo: true,
      successorLinks: {
        select: { effectiveOn: true, resolution: true, successor: { select: { name: true } } },
        orderBy: { successor: { name: "asc" } },
      },
    },
  });
  // Counted for these units only: Prisma's `_count` groups the whole Person and Organisation tables.
  const ids = units.map((u) => u.id);
  const people = await db().person.groupBy({ by: ["unitId"], where: { unitId: { in: ids } }, _count: { _all: true } });
  const organisations = await db().organisation.groupBy({
    by: ["unitId"],
    where: { unitId: { in: ids } },
    _count: { _all: true },
  });
  const peopleOf = new Map(people.map((g) => [g.unitId, g._count._all]));
  const organisationsOf = new Map(organisations.map((g) => [g.unitId, g._count._all]));
  return units.map((u) => ({
    id: u.id,
    code: u.code,
    name: u.name,
    validTo: u.validTo ? toIsoDate(u.validTo) : null,
    successors: u.successorLinks.map((l) => ({
      name: l.successor.name,
      effectiveOn: toIsoDate(l.effectiveOn),
      resolution: l.resolution,
    })),
    people: peopleOf.get(u.id) ?? 0,
    organisations: organisationsOf.get(u.id) ?? 0,
  }));
}

/** A predecessor that has ended, read through the succession; anything else is "not found". */
async function endedPredecessor(tx: Tx, actor: Actor, unitId: string) {
  const unit = await tx.unit.findFirst({
    where: { AND: [{ id: unitId }, await unitsISucceed(actor)] },
    select: { id: true, name: true, validTo: true, successorLinks: { select: { successorId: true } } },
  });
  if (!unit) throw notFound();
  if (!unit.validTo) throw conflict(`${unit.name} vẫn còn hoạt động: chưa chuyển người và tổ chức được.`);
  return unit;
}

/** The name an organisation takes in my unit: its own, or with its old unit's name if mine has one so called. */
const movedName = (name: string, taken: Set<string>, fromUnit: string) =>
  taken.has(name) ? `${name} (${fromUnit})` : name;

async function planMove(tx: Tx, actor: Actor, predecessorId: string) {
  writeScope(actor, "person.write");
  writeScope(actor, "organisation.write");
  const unit = await endedPredecessor(tx, actor, predecessorId);
  // One after the other: queries of one transaction share its connection.
  const organisations = await tx.organisation.findMany({
    where: { unitId: unit.id },
    orderBy: { name: "asc" },
    select: { id: true, name: true, headPersonId: true },
  });
  const people = await tx.person.findMany({
    where: { unitId: unit.id },
    orderBy: { sortName: "asc" },
    select: { id: true, fullName: true, position: true, organisationId: true },
  });
  const mine = await tx.organisation.findMany({
    where: { ...ownedByMyUnit(actor), name: { in: organisations.map((o) => o.name) } },
    select: { name: true },
  });
  const taken = new Set(mine.map((o) => o.name));
  return {
    predecessor: { id: unit.id, name: unit.name, successors: unit.successorLinks.length },
    organisations: organisations.map((o) => ({
      ...o,
      // Counted from the unit's people read above, not by `_count` (a count of the whole Person table).
      people: people.filter((p) => p.organisationId === o.id).length,
      newName: movedName(o.name, taken, unit.name),
    })),
    people,
  };
}

/** What moving a predecessor's people and organisations would do: names kept or changed. Changes nothing. */
export async function previewMoveFromPredecessor(actor: Actor, predecessorId: string) {
  return db().$transaction((tx) => planMove(tx, actor, predecessorId));
}

/**
 * Moves the chosen organisations and people of an ended predecessor into my unit, in one
 * transaction. A person keeps their organisation if it moves too; a moved organisation keeps its
 * head only if the head moves. Each row's move is audited in my unit.
 */
export async function moveFromPredecessor(
  actor: Actor,
  predecessorId: string,
  chosen: { organisationIds: string[]; personIds: string[] },
) {
  const scope = writeScope(actor, "person.write");
  return db().$transaction(async (tx) => {
    const plan = await planMove(tx, actor, predecessorId);
    const orgs = plan.organisations.filter((o) => chosen.organisationIds.includes(o.id));
    const people = plan.people.filter((p) => chosen.personIds.includes(p.id));
    if (orgs.length !== chosen.organisationIds.length || people.length !== chosen.personIds.length)
      throw conflict("Danh sách người, tổ chức của đơn vị cũ vừa thay đổi. Hãy tải lại trang và chọn lại.");
    if (orgs.length + people.length === 0) throw conflict("Chọn ít nhất một tổ chức hoặc một người để chuyển.");
    const movedPeople = new Set(people.map((p) => p.id));
    const movedOrgs = new Set(orgs.map((o) => o.id));
    for (const o of orgs) {
      await tx.organisation.update({
        where: { id: o.id },
        data: {
          unitId: scope.unitId,
          name: o.newName,
          searchText: toSearchText(o.newName),
          headPersonId: o.headPersonId && movedPeople.has(o.headPersonId) ? o.headPersonId : null,
        },
      });
    }
    for (const p of people) {
      const organisationId = p.organisationId && movedOrgs.has(p.organisationId) ? p.organisationId : null;
      await tx.person.update({ where: { id: p.id }, data: { unitId: scope.unitId, organisationId } });
    }
    const personIds = [...movedPeople];
    const own = { unitId: scope.unitId };
    await tx.performanceReview.updateMany({ where: { personId: { in: personIds } }, data: own });
    await tx.initiative.updateMany({ where: { personId: { in: personIds } }, data: own });
    await tx.disciplineRecord.updateMany({ where: { personId: { in: personIds } }, data: own });
    await tx.reviewHold.updateMany({
      where: { OR: [{ personId: { in: personIds } }, { organisationId: { in: [...movedOrgs] } }] },
      data: own,
    });
    const from = { unitId: plan.predecessor.id, unitName: plan.predecessor.name };
    await recordAuditMany(tx, actor, [
      ...orgs.map((o) => ({
        entity: "Organisation",
        entityId: o.id,
        action: "UPDATE" as const,
        before: { ...from, name: o.name },
        after: { unitId: scope.unitId, name: o.newName, movedBySuccession: true },
      })),
      ...people.map((p) => ({
        entity: "Person",
        entityId: p.id,
        action: "UPDATE" as const,
        before: { ...from, organisationId: p.organisationId },
        after: { unitId: scope.unitId, movedBySuccession: true },
      })),
    ]);
    return { organisations: orgs.length, people: people.length };
  });
}
