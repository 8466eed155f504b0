import type { Metadata } from "next";
import { requireActor } from "@/server/auth/actor";
import { ROLE_LABELS } from "@/domain/auth/permissions";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Tài khoản của tôi" };

export default async function MyAccountPage() {
  const actor = await requireActor();
  return (
    <>
      <PageHeader title="Tài khoản của tôi" description={`${actor.name} · ${actor.email}`} />
      <section aria-labelledby="vai-tro" className="mb-6 max-w-xl rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="vai-tro" className="font-semibold">
          Vai trò của tôi
        </h2>
        <ul className="mt-2 list-inside list-disc text-sm">
          {actor.units.map((u) => (
            <li key={u.id}>
              {u.name}: {u.roles.map((r) => ROLE_LABELS[r]).join(", ")}
            </li>
          ))}
        </ul>
      </section>
      <h2 className="mb-2 text-lg font-semibold">Đổi mật khẩu</h2>
      <ChangePasswordForm />
    </>
  );
}
