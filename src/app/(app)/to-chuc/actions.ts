"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZId } from "@/schemas/common";
import { ZOrganisationInput } from "@/schemas/organisation";
import { ZRowVersion } from "@/schemas/row-version";
import { actorAction } from "@/server/actions/result";
import { createOrganisation, deleteOrganisation, updateOrganisation } from "@/server/data/organisations";

export async function createOrganisationAction(input: unknown) {
  return actorAction(ZOrganisationInput, input, async (actor, data) => {
    const row = await createOrganisation(actor, data);
    revalidatePath("/to-chuc");
    return { id: row.id };
  });
}

export async function updateOrganisationAction(id: string, rowVersion: number, input: unknown) {
  return actorAction(
    z.object({ id: ZId, rowVersion: ZRowVersion, data: ZOrganisationInput }),
    { id, rowVersion, data: input },
    async (actor, { id, rowVersion, data }) => {
      await updateOrganisation(actor, id, data, rowVersion);
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
