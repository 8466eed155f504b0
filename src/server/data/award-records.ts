import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { notFound } from "@/domain/errors";
import type { RecordedAward } from "@/domain/awards/award-record";
import { toIsoDate } from "@/lib/dates";
import { historyReadScope } from "./scope";

/**
 * Quá trình khen thưởng of one person or one collective: who they are and every award they hold,
 * across years and units. Read through `historyReadScope`: a unit reads its own people and
 * organisations (and, by reach, those below), and those of the units it succeeds after a merger,
 * with every award given to them wherever it was given — read-only.
 */

const AWARD_FIELDS = {
  id: true,
  year: true,
  name: true,
  catalogueCode: true,
  decisionNumber: true,
  decidedOn: true,
  conferredBy: true,
  amount: true,
  rewardKind: true,
  giftDescription: true,
  source: true,
  revokedOn: true,
  revokeDecisionNumber: true,
  revokeReason: true,
  unit: { select: { name: true } },
} as const;

/** In the order they were earned, so every reader (page, .docx, test) sees one stable list. */
const AWARD_ORDER = [{ year: "asc" }, { decidedOn: "asc" }, { id: "asc" }] as const;

type AwardRow = {
  decidedOn: Date;
  revokedOn: Date | null;
  unit: { name: string };
} & Omit<RecordedAward, "decidedOn" | "revokedOn" | "unitName">;

const recorded = ({ unit, decidedOn, revokedOn, ...a }: AwardRow): RecordedAward => ({
  ...a,
  decidedOn: toIsoDate(decidedOn),
  revokedOn: revokedOn ? toIsoDate(revokedOn) : null,
  unitName: unit.name,
});

/** A person with the units' names, and every award of theirs the actor reads. */
export async function personAwardRecord(actor: Actor, personId: string) {
  const awards = await historyReadScope(actor, "person.read");
  const person = await db().person.findFirst({
    where: { id: personId, ...awards },
    select: {
      id: true,
      fullName: true,
      dateOfBirth: true,
      gender: true,
      position: true,
      unit: { select: { name: true } },
      organisation: { select: { name: true } },
      awards: { where: awards, select: AWARD_FIELDS, orderBy: [...AWARD_ORDER] },
    },
  });
  if (!person) throw notFound();
  return { ...person, awards: person.awards.map(recorded) };
}

/** An organisation (a collective) with its unit's name, and every award of its own the actor reads. */
export async function organisationAwardRecord(actor: Actor, organisationId: string) {
  const organisation = await db().organisation.findFirst({
    where: { id: organisationId, ...(await historyReadScope(actor, "organisation.read")) },
    select: { id: true, name: true, kind: true, unit: { select: { name: true } } },
  });
  if (!organisation) throw notFound();
  const awards = await db().awardRecord.findMany({
    where: { organisationId: organisation.id, ...(await historyReadScope(actor, "person.read")) },
    select: AWARD_FIELDS,
    orderBy: [...AWARD_ORDER],
  });
  return { ...organisation, awards: awards.map(recorded) };
}
