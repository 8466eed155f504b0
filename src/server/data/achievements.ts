import "server-only";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { conflict, notFound } from "@/domain/errors";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import type { z } from "zod";
import type { THoldInput, ZEnteredAwardInput, ZHoldInput, ZInitiativeInput, ZReviewInput } from "@/schemas/achievement";
import { historyReadScope, readScope, writeScope } from "./scope";
import { recordAudit } from "./audit";
import { BUMP_ROW_VERSION, checkRowVersion, claimRowVersion } from "./row-version";

/**
 * The records eligibility reads, kept per person or collective of the unit: yearly ratings,
 * recognised initiatives, award history (entered from paper decisions here; written by decisions
 * made in the app elsewhere) and open complaints or inspections (as sensitive as discipline).
 */

type Subject = { personId: string } | { organisationId: string };

/** The person of the actor's unit, or not found: the anchor comes from the database. */
async function ownPerson(tx: Tx, actor: Actor, personId: string, permission: "person.write" | "discipline.write") {
  const scope = writeScope(actor, permission);
  const person = await tx.person.findFirst({ where: { id: personId, ...scope }, select: { id: true, fullName: true } });
  if (!person) throw notFound();
  return { person, unitId: scope.unitId };
}

export async function listPersonRecords(actor: Actor, personId: string) {
  const scope = readScope(actor, "person.read");
  const [reviews, initiatives, awards, holds] = await Promise.all([
    db().performanceReview.findMany({ where: { personId, ...scope }, orderBy: [{ year: "desc" }, { id: "asc" }] }),
    db().initiative.findMany({ where: { personId, ...scope }, orderBy: [{ recognisedOn: "desc" }, { id: "asc" }] }),
    // Awards keep the unit they were given in: a person moved to a successor keeps a readable history.
    db().awardRecord.findMany({
      where: { personId, ...(await historyReadScope(actor, "person.read")) },
      orderBy: [{ year: "desc" }, { decidedOn: "desc" }, { id: "desc" }],
    }),
    can(actor.roles, "discipline.read")
      ? db().reviewHold.findMany({
          where: { personId, ...readScope(actor, "discipline.read") },
          orderBy: [{ openedOn: "desc" }, { id: "asc" }],
        })
      : Promise.resolve([]),
  ]);
  return { reviews, initiatives, awards, holds };
}

export async function listOrganisationHolds(actor: Actor, organisationId: string) {
  if (!can(actor.roles, "discipline.read")) return [];
  return db().reviewHold.findMany({
    where: { organisationId, ...readScope(actor, "discipline.read") },
    orderBy: [{ openedOn: "desc" }, { id: "asc" }],
  });
}

/** One rating per person and year: recording it again replaces it. */
export async function saveReview(actor: Actor, personId: string, input: z.output<typeof ZReviewInput>) {
  await db().$transaction(async (tx) => {
    const { person, unitId } = await ownPerson(tx, actor, personId, "person.write");
    const before = await tx.performanceReview.findUnique({
      where: { personId_year: { personId: person.id, year: input.year } },
    });
    const row = await tx.performanceReview.upsert({
      where: { personId_year: { personId: person.id, year: input.year } },
      create: { unitId, personId: person.id, year: input.year, rating: input.rating },
      update: { rating: input.rating },
    });
    await recordAudit(tx, actor, {
      entity: "PerformanceReview",
      entityId: row.id,
      action: before ? "UPDATE" : "CREATE",
      before: before ?? undefined,
      after: row,
    });
  });
}

export async function createInitiative(actor: Actor, personId: string, input: z.output<typeof ZInitiativeInput>) {
  await db().$transaction(async (tx) => {
    const { person, unitId } = await ownPerson(tx, actor, personId, "person.write");
    const row = await tx.initiative.create({
      data: {
        unitId,
        personId: person.id,
        title: input.title,
        scope: input.scope,
        recognisedOn: parseIsoDate(input.recognisedOn),
        recognisedBy: input.recognisedBy,
      },
    });
    await recordAudit(tx, actor, { entity: "Initiative", entityId: row.id, action: "CREATE", after: row });
  });
}

export async function createEnteredAward(actor: Actor, personId: string, input: z.output<typeof ZEnteredAwardInput>) {
  await db().$transaction(async (tx) => {
    const { person, unitId } = await ownPerson(tx, actor, personId, "person.write");
    const row = await tx.awardRecord.create({
      data: {
        unitId,
        kind: "INDIVIDUAL",
        personId: person.id,
        label: person.fullName,
        catalogueCode: input.catalogueCode || null,
        name: input.name,
        year: input.year,
        decisionNumber: input.decisionNumber,
        decidedOn: parseIsoDate(input.decidedOn),
        conferredBy: input.conferredBy,
        source: "ENTERED",
      },
    });
    await recordAudit(tx, actor, { entity: "AwardRecord", entityId: row.id, action: "CREATE", after: row });
  });
}

export type PersonRecordKind = "review" | "initiative" | "award";

/** Removes a rating, an initiative or an entered award of the actor's unit. Awards the app decided are revoked, never deleted. */
export async function deletePersonRecord(actor: Actor, kind: PersonRecordKind, id: string) {
  const scope = writeScope(actor, "person.write");
  await db().$transaction(async (tx) => {
    const before =
      kind === "review"
        ? await tx.performanceReview.findFirst({ where: { id, ...scope } })
        : kind === "initiative"
          ? await tx.initiative.findFirst({ where: { id, ...scope } })
          : await tx.awardRecord.findFirst({ where: { id, ...scope } });
    if (!before) throw notFound();
    if (kind === "award") {
      if ((before as { source: string }).source !== "ENTERED")
        throw conflict("Khen thưởng theo quyết định trong hệ thống chỉ có thể thu hồi, không xoá.");
      await tx.awardRecord.delete({ where: { id } });
    } else if (kind === "review") await tx.performanceReview.delete({ where: { id } });
    else await tx.initiative.delete({ where: { id } });
    await recordAudit(tx, actor, {
      entity: kind === "review" ? "PerformanceReview" : kind === "initiative" ? "Initiative" : "AwardRecord",
      entityId: id,
      action: "DELETE",
      before,
    });
  });
}

/** A hold as its edit form shows it (the form's first values, and the current ones after a stale save). */
export function holdFormValues(row: {
  kind: THoldInput["kind"];
  note: string;
  openedOn: Date;
  closedOn: Date | null;
}): THoldInput {
  return {
    kind: row.kind,
    note: row.note,
    openedOn: toIsoDate(row.openedOn),
    closedOn: row.closedOn ? toIsoDate(row.closedOn) : "",
  };
}

function holdData(input: z.output<typeof ZHoldInput>) {
  return {
    kind: input.kind,
    note: input.note,
    openedOn: parseIsoDate(input.openedOn),
    closedOn: input.closedOn ? parseIsoDate(input.closedOn) : null,
  };
}

/** Records a complaint or inspection on a person or an organisation of the actor's unit. */
export async function createHold(actor: Actor, subject: Subject, input: z.output<typeof ZHoldInput>) {
  const scope = writeScope(actor, "discipline.write");
  await db().$transaction(async (tx) => {
    const found =
      "personId" in subject
        ? await tx.person.findFirst({ where: { id: subject.personId, ...scope }, select: { id: true } })
        : await tx.organisation.findFirst({ where: { id: subject.organisationId, ...scope }, select: { id: true } });
    if (!found) throw notFound();
    const row = await tx.reviewHold.create({ data: { unitId: scope.unitId, ...subject, ...holdData(input) } });
    await recordAudit(tx, actor, { entity: "ReviewHold", entityId: row.id, action: "CREATE", after: row });
  });
}

/** Edits a hold, typically to record the day the matter was closed; refused as stale (row-version.ts). */
export async function updateHold(actor: Actor, id: string, input: z.output<typeof ZHoldInput>, rowVersion: number) {
  const scope = writeScope(actor, "discipline.write");
  await db().$transaction(async (tx) => {
    const before = await tx.reviewHold.findFirst({ where: { id, ...scope } });
    if (!before) throw notFound();
    checkRowVersion(before, rowVersion, holdFormValues);
    const claimed = await tx.reviewHold.updateMany({
      where: { id: before.id, rowVersion, ...scope },
      data: { ...holdData(input), ...BUMP_ROW_VERSION },
    });
    await claimRowVersion(claimed, () => tx.reviewHold.findFirst({ where: { id, ...scope } }), holdFormValues);
    const after = await tx.reviewHold.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, actor, { entity: "ReviewHold", entityId: id, action: "UPDATE", before, after });
  });
}
