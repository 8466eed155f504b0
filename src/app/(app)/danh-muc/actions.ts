"use server";

import { revalidatePath } from "next/cache";
import { ZLocalForm } from "@/schemas/local-form";
import { ZId } from "@/schemas/common";
import { actorAction } from "@/server/actions/result";
import { createLocalForm, deleteLocalForm } from "@/server/data/local-forms";

export async function createLocalFormAction(input: unknown) {
  return actorAction(ZLocalForm, input, async (actor, data) => {
    const row = await createLocalForm(actor, data);
    revalidatePath("/danh-muc");
    return { id: row.id };
  });
}

export async function deleteLocalFormAction(id: string) {
  return actorAction(ZId, id, async (actor, id) => {
    await deleteLocalForm(actor, id);
    revalidatePath("/danh-muc");
    return null;
  });
}
