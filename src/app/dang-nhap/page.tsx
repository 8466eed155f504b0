import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/server/auth/actor";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getActor()) redirect("/");
  const { callbackUrl } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm rounded-lg border border-slate-300 bg-white p-8 shadow-sm">
        <p className="text-center text-xs font-semibold uppercase tracking-wide text-slate-700">
          Cộng hòa xã hội chủ nghĩa Việt Nam
        </p>
        <h1 className="mt-2 text-center text-2xl font-semibold text-slate-900">Thi đua – Khen thưởng</h1>
        <p className="mb-6 mt-1 text-center text-sm text-slate-700">Đăng nhập để làm việc với đơn vị của bạn</p>
        <SignInForm callbackUrl={callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/"} />
      </div>
    </main>
  );
}
