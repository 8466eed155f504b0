import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { listManagedUnits } from "@/server/data/account-units";
import { PageHeader } from "@/components/ui/page-header";
import { AccountForm } from "./account-form";
import { addAccountAction } from "../actions";
import { unitChoices } from "../unit-choices";

export const metadata: Metadata = { title: "Mời tài khoản" };

export default async function NewAccountPage({ searchParams }: { searchParams: Promise<{ donVi?: string }> }) {
  const actor = await requirePermission("account.manage");
  const units = unitChoices(await listManagedUnits(actor));
  const { donVi } = await searchParams;
  return (
    <>
      <PageHeader
        title="Mời tài khoản vào đơn vị"
        description={`Đơn vị của bạn (${actor.unit.name}) hoặc một đơn vị trực thuộc.`}
      />
      <AccountForm
        units={units}
        unitId={units.find((u) => u.id === donVi)?.id ?? units[0]!.id}
        action={addAccountAction}
      />
    </>
  );
}
