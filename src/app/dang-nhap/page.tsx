import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor, getOperator } from "@/server/auth/actor";
import { Notice } from "@/components/ui/notice";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; "lien-ket"?: string }>;
}) {
  if ((await getActor()) || (await getOperator())) redirect("/");
  const { callbackUrl, "lien-ket": fromLink } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm rounded-lg border border-slate-300 bg-white p-8 shadow-sm">
        <p className="text-center text-xs font-semibold uppercase tracking-wide text-slate-700">
          Cộng hòa xã hội chủ nghĩa Việt Nam
        </p>
        <h1 className="mt-2 text-center text-2xl font-semibold text-slate-900">Thi đua – Khen thưởng</h1>
        <p className="mb-6 mt-1 text-center text-sm text-slate-700">Đăng nhập để làm việc với đơn vị của bạn</p>
        {fromLink ? (
          <div className="mb-4">
            <Notice tone="success">Đã lưu. Mời đăng nhập bằng thư điện tử và mật khẩu của bạn.</Notice>
          </div>
        ) : null}
        <SignInForm callbackUrl={callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/"} />
      </div>
    </main>
  );
}
