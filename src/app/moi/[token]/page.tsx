import type { Metadata } from "next";
import Link from "next/link";
import { ROLE_LABELS } from "@/domain/auth/permissions";
import { LINK_STATE_MESSAGES } from "@/domain/auth/invitations";
import { formatViDateTime } from "@/lib/dates";
import { findLink } from "@/server/data/link-acceptance";
import { Notice } from "@/components/ui/notice";
import { LinkForm } from "./link-form";

// The token is in the path: no page this one links to should learn it.
export const metadata: Metadata = { title: "Lời mời", referrer: "no-referrer" };

export default async function LinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await findLink(token) : null;
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md rounded-lg border border-slate-300 bg-white p-8 shadow-sm">
        <p className="text-center text-xs font-semibold uppercase tracking-wide text-slate-700">
          Cộng hòa xã hội chủ nghĩa Việt Nam
        </p>
        <h1 className="mt-2 text-center text-2xl font-semibold text-slate-900">
          {link?.kind === "PASSWORD" ? "Đặt mật khẩu" : "Lời mời tham gia Thi đua – Khen thưởng"}
        </h1>
        {!link || link.state !== "usable" ? (
          <div className="mt-6 space-y-4">
            <Notice tone="error">
              {link && link.state !== "usable"
                ? LINK_STATE_MESSAGES[link.state]
                : "Liên kết không đúng hoặc không còn dùng được. Hãy kiểm tra lại liên kết được gửi cho bạn."}
            </Notice>
            <Link href="/dang-nhap" className="block text-center text-sm text-blue-800 underline">
              Về trang đăng nhập
            </Link>
          </div>
        ) : (
          <>
            <dl className="my-6 space-y-1 text-sm">
              <div>
                <dt className="inline font-medium">Thư điện tử: </dt>
                <dd className="inline">{link.email}</dd>
              </div>
              {link.unitName ? (
                <>
                  <div>
                    <dt className="inline font-medium">Đơn vị: </dt>
                    <dd className="inline">{link.unitName}</dd>
                  </div>
                  <div>
                    <dt className="inline font-medium">Vai trò: </dt>
                    <dd className="inline">{link.roles.map((r) => ROLE_LABELS[r]).join(", ")}</dd>
                  </div>
                </>
              ) : null}
              <div>
                <dt className="inline font-medium">Hết hạn: </dt>
                <dd className="inline">{formatViDateTime(link.expiresAt)}</dd>
              </div>
            </dl>
            <LinkForm token={token} invitation={link.kind === "ROLES"} />
          </>
        )}
      </div>
    </main>
  );
}
