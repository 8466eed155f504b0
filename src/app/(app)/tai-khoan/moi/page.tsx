import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { PageHeader } from "@/components/ui/page-header";
import { AccountForm } from "./account-form";

export const metadata: Metadata = { title: "Thêm tài khoản" };

export default async function NewAccountPage() {
  const actor = await requirePermission("account.manage");
  return (
    <>
      <PageHeader title="Thêm tài khoản vào đơn vị" description={actor.unit.name} />
      <AccountForm />
    </>
  );
}
