"use server";

import { headers } from "next/headers";
import { ZChangePassword } from "@/schemas/account";
import { invalid } from "@/domain/errors";
import { publicAction } from "@/server/actions/result";
import { getActor, getOperator } from "@/server/auth/actor";
import { clientAddress } from "@/server/auth/client-address";
import { changeMyPassword } from "@/server/data/my-account";

/** Any signed-in account changes its own password: a unit's actor, or an operator without a unit. */
export async function changePasswordAction(input: unknown) {
  return publicAction(ZChangePassword, input, async (data) => {
    const me = (await getActor()) ?? (await getOperator());
    if (!me) throw invalid("Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.");
    await changeMyPassword(me, data, clientAddress(new Headers(await headers())));
    return null;
  });
}
