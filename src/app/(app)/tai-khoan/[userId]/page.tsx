import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { findUnitAccount } from "@/server/data/accounts";
import { orNotFound } from "@/server/actions/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteButton } from "@/components/forms/delete-button";
import { RolesForm } from "./roles-form";
import { removeAccountAction } from "../actions";

export const metadata: Metadata = { title: "Vai trò tài khoản" };

export default async function AccountPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const actor = await requirePermission("account.manage");
  const account = await orNotFound(findUnitAccount(actor, userId));
  return (
    <>
      <PageHeader
        title={account.name}
        description={`${account.email} · vai trò tại ${actor.unit.name}`}
        actions={
          account.id !== actor.userId ? (
            <DeleteButton
              label="Gỡ khỏi đơn vị"
              action={removeAccountAction.bind(null, account.id)}
              redirectTo="/tai-khoan"
              confirmText={`Gỡ mọi vai trò của ${account.name} tại đơn vị?`}
            />
          ) : null
        }
      />
      <RolesForm userId={account.id} roles={account.roles} />
    </>
  );
}
