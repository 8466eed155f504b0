import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { notFound } from "@/domain/errors";
import type { TDisciplineInput } from "@/schemas/person";
import { parseIsoDate } from "@/lib/dates";
import { readScope, writeScope } from "./scope";
import { recordAudit } from "./audit";

export async function listDisciplines(actor: Actor, personId: string) {
  return db().disciplineRecord.findMany({
    where: { personId, ...readScope(actor, "discipline.read") },
    orderBy: { effectiveFrom: "desc" },
  });
}

function toData(input: TDisciplineInput) {
  return {
    status: input.status,
    level: input.level || null,
    decisionNumber: input.decisionNumber?.trim() || null,
    reason: input.reason.trim(),
    effectiveFrom: parseIsoDate(input.effectiveFrom),
    effectiveTo: input.effectiveTo ? parseIsoDate(input.effectiveTo) : null,
  };
}

export async function createDiscipline(actor: Actor, personId: string, input: TDisciplineInput) {
  const scope = writeScope(actor, "discipline.write");
  return db().$transaction(async (tx) => {
    // The person must be in the actor's unit: the anchor comes from the database, not the form.
    const person = await tx.person.findFirst({ where: { id: personId, ...scope }, select: { id: true } });
    if (!person) throw notFound();
    const row = await tx.disciplineRecord.create({
      data: { ...toData(input), personId: person.id, unitId: scope.unitId },
    });
    await recordAudit(tx, actor, { entity: "DisciplineRecord", entityId: row.id, action: "CREATE", after: row });
    return row;
  });
}

export async function updateDiscipline(actor: Actor, id: string, input: TDisciplineInput) {
  const scope = writeScope(actor, "discipline.write");
  return db().$transaction(async (tx) => {
    const before = await tx.disciplineRecord.findFirst({ where: { id, ...scope } });
    if (!before) throw notFound();
    const after = await tx.disciplineRecord.update({ where: { id: before.id }, data: toData(input) });
    await recordAudit(tx, actor, { entity: "DisciplineRecord", entityId: id, action: "UPDATE", before, after });
    return after;
  });
}

export async function deleteDiscipline(actor: Actor, id: string) {
  const scope = writeScope(actor, "discipline.write");
  await db().$transaction(async (tx) => {
    const before = await tx.disciplineRecord.findFirst({ where: { id, ...scope } });
    if (!before) throw notFound();
    await tx.disciplineRecord.delete({ where: { id: before.id } });
    await recordAudit(tx, actor, { entity: "DisciplineRecord", entityId: id, action: "DELETE", before });
  });
}
