import type { Metadata } from "next";
import { requireOperator } from "@/server/auth/actor";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/app/(app)/tai-khoan-cua-toi/change-password-form";

export const metadata: Metadata = { title: "Tài khoản của tôi" };

export default async function OperatorAccountPage() {
  const operator = await requireOperator();
  return (
    <>
      <PageHeader title="Tài khoản của tôi" description={`${operator.name} · ${operator.email} · quản trị hệ thống`} />
      <h2 className="mb-2 text-lg font-semibold">Đổi mật khẩu</h2>
      <ChangePasswordForm />
    </>
  );
}
