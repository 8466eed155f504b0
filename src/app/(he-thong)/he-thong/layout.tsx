import Link from "next/link";
import { requireOperator } from "@/server/auth/actor";
import { signOutAction } from "@/app/(app)/session-actions";
import { NavList } from "@/components/ui/nav-list";

const LINKS = [
  { href: "/he-thong", label: "Đơn vị hành chính" },
  { href: "/he-thong/nhap-don-vi", label: "Nạp danh mục đơn vị" },
  { href: "/he-thong/chung-thu-tin-cay", label: "Chứng thư số tin cậy" },
  { href: "/he-thong/tai-khoan-cua-toi", label: "Tài khoản của tôi" },
];

/**
 * The operator area (quản trị hệ thống): the installation, not a unit. Only operator accounts
 * pass; a unit's user finds nothing here, an anonymous visitor is sent to sign in.
 */
export default async function OperatorLayout({ children }: { children: React.ReactNode }) {
  const operator = await requireOperator();
  return (
    <div className="min-h-screen">
      <a
        href="#noi-dung"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Bỏ qua thanh điều hướng
      </a>
      <header className="bg-slate-800 text-white print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <Link
              href="/he-thong"
              className="text-lg font-semibold focus:outline-none focus-visible:ring-2 focus-visible:ring-white"
            >
              Thi đua – Khen thưởng
            </Link>
            <p className="text-sm text-slate-100" data-testid="operator-area">
              Quản trị hệ thống
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <span className="text-sm">{operator.name}</span>
            <form action={signOutAction}>
              <button
                type="submit"
                className="rounded-md border border-white px-3 py-1 text-sm hover:bg-white hover:text-slate-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-white"
              >
                Đăng xuất
              </button>
            </form>
          </div>
        </div>
        <nav aria-label="Chức năng" className="bg-slate-700">
          <NavList links={LINKS} tone="slate" />
        </nav>
      </header>
      <main id="noi-dung" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
