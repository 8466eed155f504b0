"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZId } from "@/schemas/common";
import { ZAccountInput, ZRolesInput } from "@/schemas/account";
import type { ActionResult } from "@/schemas/action-result";
import { actorAction } from "@/server/actions/result";
import { linkView } from "@/server/auth/link-tokens";
import { addUnitAccount, removeUnitAccount, setUnitAccountRoles } from "@/server/data/accounts";
import { reissueInvitation, revokeInvitation } from "@/server/data/invitations";
import { releaseSignInDelay, sendPasswordReset, setAccountActive } from "@/server/data/account-status";
import type { AccountImportOutcome } from "@/server/data/account-import";
import { importAccounts } from "@/server/services/import-accounts";

/** The unit the page works on: "" for the administrator's own, else one below it (checked by the data layer). */
const ZUnit = z.union([z.literal(""), ZId]);

export async function addAccountAction(input: unknown) {
  return actorAction(ZAccountInput, input, async (actor, data) => {
    const link = await addUnitAccount(actor, data);
    revalidatePath("/tai-khoan");
    return linkView(link);
  });
}

export async function setRolesAction(userId: string, unitId: string, input: unknown) {
  return actorAction(
    z.object({ userId: ZId, unitId: ZUnit, data: ZRolesInput }),
    { userId, unitId, data: input },
    async (actor, { userId, unitId, data }) => {
      await setUnitAccountRoles(actor, userId, data.roles, unitId);
      revalidatePath("/tai-khoan");
      return null;
    },
  );
}

export async function removeAccountAction(userId: string, unitId: string) {
  return actorAction(z.object({ userId: ZId, unitId: ZUnit }), { userId, unitId }, async (actor, v) => {
    await removeUnitAccount(actor, v.userId, v.unitId);
    revalidatePath("/tai-khoan");
    return null;
  });
}

export async function reissueInvitationAction(id: string) {
  return actorAction(ZId, id, async (actor, id) => {
    const link = await reissueInvitation(actor, id);
    revalidatePath("/tai-khoan");
    return linkView(link);
  });
}

export async function revokeInvitationAction(id: string) {
  return actorAction(ZId, id, async (actor, id) => {
    await revokeInvitation(actor, id);
    revalidatePath("/tai-khoan");
    return null;
  });
}

export async function setAccountActiveAction(userId: string, active: boolean) {
  return actorAction(z.object({ userId: ZId, active: z.boolean() }), { userId, active }, async (actor, v) => {
    await setAccountActive(actor, v.userId, v.active);
    revalidatePath("/tai-khoan");
    return null;
  });
}

export async function releaseSignInDelayAction(userId: string) {
  return actorAction(ZId, userId, async (actor, id) => {
    await releaseSignInDelay(actor, id);
    revalidatePath(`/tai-khoan/${id}`);
    return null;
  });
}

export async function sendPasswordResetAction(userId: string) {
  return actorAction(ZId, userId, async (actor, id) => linkView(await sendPasswordReset(actor, id)));
}

const ZImport = z.object({
  file: z.instanceof(File, { error: "Chọn tệp .xlsx cần nhập." }).refine((f) => f.size > 0, "Tệp rỗng."),
});

export type AccountImportView = Omit<AccountImportOutcome, "results"> & {
  results: (Omit<AccountImportOutcome["results"][number], "token" | "expiresAt"> & { url?: string })[];
};

export async function importAccountsAction(
  _prev: ActionResult<AccountImportView> | null,
  form: FormData,
): Promise<ActionResult<AccountImportView>> {
  return actorAction(ZImport, { file: form.get("file") }, async (actor, { file }) => {
    const outcome = await importAccounts(actor, new Uint8Array(await file.arrayBuffer()));
    if (outcome.results.length) revalidatePath("/tai-khoan");
    return {
      errors: outcome.errors,
      results: outcome.results.map(({ token, expiresAt, ...r }) =>
        token && expiresAt ? { ...r, url: linkView({ token, expiresAt, email: r.email }).url } : r,
      ),
    };
  });
}
