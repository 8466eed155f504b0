import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { notFound } from "@/domain/errors";
import type { TDisciplineInput } from "@/schemas/person";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import { readScope, writeScope } from "./scope";
import { recordAudit } from "./audit";
import { BUMP_ROW_VERSION, checkRowVersion, claimRowVersion } from "./row-version";

export async function listDisciplines(actor: Actor, personId: string) {
  return db().disciplineRecord.findMany({
    where: { personId, ...readScope(actor, "discipline.read") },
    orderBy: { effectiveFrom: "desc" },
  });
}

/** A record as its edit form shows it (the form's first values, and the current ones after a stale save). */
export function disciplineFormValues(row: {
  status: TDisciplineInput["status"];
  level: Exclude<TDisciplineInput["level"], "" | undefined> | null;
  decisionNumber: string | null;
  reason: string;
  effectiveFrom: Date;
  effectiveTo: Date | null;
}): TDisciplineInput {
  return {
    status: row.status,
    level: row.level ?? "",
    decisionNumber: row.decisionNumber ?? "",
    reason: row.reason,
    effectiveFrom: toIsoDate(row.effectiveFrom),
    effectiveTo: row.effectiveTo ? toIsoDate(row.effectiveTo) : "",
  };
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

/** Saves the edit form; refused as stale when the record is no longer at `rowVersion` (see row-version.ts). */
export async function updateDiscipline(actor: Actor, id: string, input: TDisciplineInput, rowVersion: number) {
  const scope = writeScope(actor, "discipline.write");
  return db().$transaction(async (tx) => {
    const before = await tx.disciplineRecord.findFirst({ where: { id, ...scope } });
    if (!before) throw notFound();
    checkRowVersion(before, rowVersion, disciplineFormValues);
    const claimed = await tx.disciplineRecord.updateMany({
      where: { id: before.id, rowVersion, ...scope },
      data: { ...toData(input), ...BUMP_ROW_VERSION },
    });
    await claimRowVersion(
      claimed,
      () => tx.disciplineRecord.findFirst({ where: { id, ...scope } }),
      disciplineFormValues,
    );
    const after = await tx.disciplineRecord.findUniqueOrThrow({ where: { id: before.id } });
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
