"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZLocalForm } from "@/schemas/local-form";
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
  return actorAction(z.string().min(1).max(40), id, async (actor, id) => {
    await deleteLocalForm(actor, id);
    revalidatePath("/danh-muc");
    return null;
  });
}
