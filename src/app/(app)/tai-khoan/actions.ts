"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZId } from "@/schemas/common";
import { ZAccountInput, ZRoles } from "@/schemas/account";
import { actorAction } from "@/server/actions/result";
import { addUnitAccount, removeUnitAccount, setUnitAccountRoles } from "@/server/data/accounts";

export async function addAccountAction(input: unknown) {
  return actorAction(ZAccountInput, input, async (actor, data) => {
    const result = await addUnitAccount(actor, data);
    revalidatePath("/tai-khoan");
    return result;
  });
}

export async function setRolesAction(userId: string, input: unknown) {
  return actorAction(
    z.object({ userId: ZId, roles: ZRoles }),
    { userId, ...(input as object) },
    async (actor, { userId, roles }) => {
      await setUnitAccountRoles(actor, userId, roles);
      revalidatePath("/tai-khoan");
      return null;
    },
  );
}

export async function removeAccountAction(userId: string) {
  return actorAction(ZId, userId, async (actor, id) => {
    await removeUnitAccount(actor, id);
    revalidatePath("/tai-khoan");
    return null;
  });
}
