"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZId } from "@/schemas/common";
import { ZRowVersion } from "@/schemas/row-version";
import { ZDisciplineInput, ZPersonInput } from "@/schemas/person";
import { actorAction } from "@/server/actions/result";
import type { ActionResult } from "@/schemas/action-result";
import { createPerson, deletePerson, updatePerson } from "@/server/data/people";
import { createDiscipline, deleteDiscipline, updateDiscipline } from "@/server/data/disciplines";
import { importPeople } from "@/server/services/import-people";
import type { ImportOutcome } from "@/server/data/people-import";
import { ZEnteredAwardInput, ZHoldInput, ZInitiativeInput, ZReviewInput } from "@/schemas/achievement";
import {
  createEnteredAward,
  createHold,
  createInitiative,
  deletePersonRecord,
  saveReview,
  updateHold,
} from "@/server/data/achievements";

export async function createPersonAction(input: unknown) {
  return actorAction(ZPersonInput, input, async (actor, data) => {
    const row = await createPerson(actor, data);
    revalidatePath("/nhan-su");
    return { id: row.id };
  });
}

export async function updatePersonAction(id: string, rowVersion: number, input: unknown) {
  const schema = z.object({ id: ZId, rowVersion: ZRowVersion, data: ZPersonInput });
  return actorAction(schema, { id, rowVersion, data: input }, async (actor, { id, rowVersion, data }) => {
    await updatePerson(actor, id, data, rowVersion);
    revalidatePath("/nhan-su");
    return { id };
  });
}

export async function deletePersonAction(id: string) {
  return actorAction(ZId, id, async (actor, id) => {
    await deletePerson(actor, id);
    revalidatePath("/nhan-su");
    return null;
  });
}

export async function createDisciplineAction(personId: string, input: unknown) {
  return actorAction(
    z.object({ personId: ZId, data: ZDisciplineInput }),
    { personId, data: input },
    async (actor, { personId, data }) => {
      await createDiscipline(actor, personId, data);
      revalidatePath(`/nhan-su/${personId}`);
      return null;
    },
  );
}

export async function updateDisciplineAction(personId: string, id: string, rowVersion: number, input: unknown) {
  return actorAction(
    z.object({ id: ZId, rowVersion: ZRowVersion, data: ZDisciplineInput }),
    { id, rowVersion, data: input },
    async (actor, { id, rowVersion, data }) => {
      await updateDiscipline(actor, id, data, rowVersion);
      revalidatePath(`/nhan-su/${personId}`);
      return null;
    },
  );
}

export async function deleteDisciplineAction(id: string) {
  return actorAction(ZId, id, async (actor, id) => {
    await deleteDiscipline(actor, id);
    revalidatePath("/nhan-su");
    return null;
  });
}

const ZImport = z.object({
  file: z.instanceof(File, { error: "Chọn tệp .xlsx cần nhập." }).refine((f) => f.size > 0, "Tệp rỗng."),
});

export async function importPeopleAction(
  _prev: ActionResult<ImportOutcome> | null,
  form: FormData,
): Promise<ActionResult<ImportOutcome>> {
  return actorAction(ZImport, { file: form.get("file") }, async (actor, { file }) => {
    const outcome = await importPeople(actor, new Uint8Array(await file.arrayBuffer()));
    if (outcome.imported) revalidatePath("/nhan-su");
    return outcome;
  });
}

// --- the facts eligibility reads: ratings, initiatives, entered awards, complaints ---

export async function saveReviewAction(personId: string, input: unknown) {
  return actorAction(
    z.object({ personId: ZId, data: ZReviewInput }),
    { personId, data: input },
    async (actor, { personId, data }) => {
      await saveReview(actor, personId, data);
      revalidatePath(`/nhan-su/${personId}`);
      return null;
    },
  );
}

export async function createInitiativeAction(personId: string, input: unknown) {
  return actorAction(
    z.object({ personId: ZId, data: ZInitiativeInput }),
    { personId, data: input },
    async (actor, { personId, data }) => {
      await createInitiative(actor, personId, data);
      revalidatePath(`/nhan-su/${personId}`);
      return null;
    },
  );
}

export async function createEnteredAwardAction(personId: string, input: unknown) {
  return actorAction(
    z.object({ personId: ZId, data: ZEnteredAwardInput }),
    { personId, data: input },
    async (actor, { personId, data }) => {
      await createEnteredAward(actor, personId, data);
      revalidatePath(`/nhan-su/${personId}`);
      return null;
    },
  );
}

export async function deletePersonRecordAction(kind: "review" | "initiative" | "award", id: string) {
  return actorAction(
    z.object({ kind: z.enum(["review", "initiative", "award"]), id: ZId }),
    { kind, id },
    async (actor, { kind, id }) => {
      await deletePersonRecord(actor, kind, id);
      revalidatePath("/nhan-su");
      return null;
    },
  );
}

const ZSubject = z.union([z.object({ personId: ZId }).strict(), z.object({ organisationId: ZId }).strict()]);

export async function createHoldAction(subject: { personId: string } | { organisationId: string }, input: unknown) {
  return actorAction(
    z.object({ subject: ZSubject, data: ZHoldInput }),
    { subject, data: input },
    async (actor, { subject, data }) => {
      await createHold(actor, subject, data);
      revalidatePath("personId" in subject ? `/nhan-su/${subject.personId}` : `/to-chuc/${subject.organisationId}`);
      return null;
    },
  );
}

export async function updateHoldAction(id: string, rowVersion: number, input: unknown) {
  const schema = z.object({ id: ZId, rowVersion: ZRowVersion, data: ZHoldInput });
  return actorAction(schema, { id, rowVersion, data: input }, async (actor, { id, rowVersion, data }) => {
    await updateHold(actor, id, data, rowVersion);
    revalidatePath("/nhan-su");
    revalidatePath("/to-chuc");
    return null;
  });
}
