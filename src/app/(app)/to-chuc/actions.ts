"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZId } from "@/schemas/common";
import { ZOrganisationInput } from "@/schemas/organisation";
import { actorAction } from "@/server/actions/result";
import { createOrganisation, deleteOrganisation, updateOrganisation } from "@/server/data/organisations";

export async function createOrganisationAction(input: unknown) {
  return actorAction(ZOrganisationInput, input, async (actor, data) => {
    const row = await createOrganisation(actor, data);
    revalidatePath("/to-chuc");
    return { id: row.id };
  });
}

export async function updateOrganisationAction(id: string, input: unknown) {
  return actorAction(
    z.object({ id: ZId, data: ZOrganisationInput }),
    { id, data: input },
    async (actor, { id, data }) => {
      await updateOrganisation(actor, id, data);
      revalidatePath("/to-chuc");
      return { id };
    },
  );
}

export async function deleteOrganisationAction(id: string) {
  return actorAction(ZId, id, async (actor, id) => {
    await deleteOrganisation(actor, id);
    revalidatePath("/to-chuc");
    return null;
  });
}
