"use server";

import { revalidatePath } from "next/cache";
import { ZAccountInput } from "@/schemas/account";
import { ZId } from "@/schemas/common";
import { operatorAction } from "@/server/actions/result";
import { linkView } from "@/server/auth/link-tokens";
import { inviteAsOperator, reissueInvitationAsOperator } from "@/server/data/operators";

export async function inviteAsOperatorAction(input: unknown) {
  return operatorAction(ZAccountInput.extend({ unitId: ZId }), input, async (operator, data) => {
    const link = await inviteAsOperator(operator, data);
    revalidatePath(`/he-thong/don-vi/${data.unitId}`);
    return linkView(link);
  });
}

export async function reissueAsOperatorAction(id: string) {
  return operatorAction(ZId, id, async (operator, id) => linkView(await reissueInvitationAsOperator(operator, id)));
}
