import { Suspense } from "react";
import Link from "next/link";
import { requireActor } from "@/server/auth/actor";
import { ROLE_LABELS } from "@/domain/auth/permissions";
import { navLinksFor } from "./nav-links";
import { UnitSwitcher } from "./unit-switcher";
import { signOutAction } from "./session-actions";
import { isMyUnit } from "@/server/data/scope";
import { countMyUnread } from "@/server/data/notifications/centre";
import { pendingWorkPerUnit } from "@/server/data/tasks/board";
import { myBoardCounts } from "./board-cache";
import { NavigationProgress } from "./navigation-progress";
import { NotificationBell } from "./notification-bell";
import { MenuButton, MenuDisclosure } from "./menu-disclosure";
import { NavList } from "@/components/ui/nav-list";
import { SearchForm } from "./search-form";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  // The menu's badges, the bell and the switcher's counts: on every page, a fixed number of queries.
  const [counts, unread, perUnit] = await Promise.all([
    myBoardCounts(actor),
    countMyUnread(actor),
    pendingWorkPerUnit(actor),
  ]);
  return (
    <div className="min-h-screen">
      <Suspense fallback={null}>
        <NavigationProgress />
      </Suspense>
      <a
        href="#noi-dung"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Bỏ qua thanh điều hướng
      </a>
      <header className="bg-brand-800 text-white print:hidden">
        {/* On a phone the account controls and the links fold behind "Menu" (menu-disclosure.tsx). */}
        <MenuDisclosure>
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0">
              <Link
                href="/"
                className="text-lg font-semibold focus:outline-none focus-visible:ring-2 focus-visible:ring-white"
              >
                Thi đua – Khen thưởng
              </Link>
              <p className="text-sm text-rose-50" data-testid="active-unit">
                {actor.unit.name} · {actor.roles.map((r) => ROLE_LABELS[r]).join(", ")}
              </p>
            </div>
            <div className="flex items-center gap-3 md:order-last">
              <NotificationBell unread={unread} />
              <MenuButton controls="menu-tai-khoan menu-chuc-nang" tasks={counts["/"] ?? 0} />
            </div>
            <div
              id="menu-tai-khoan"
              className="hidden w-full flex-col items-start gap-3 group-data-[open=true]:flex md:ml-auto md:flex md:w-auto md:flex-row md:flex-wrap md:items-center md:gap-4"
            >
              <div className="w-full md:w-64">
                <SearchForm id="tim-kiem-dau-trang" tone="dark" />
              </div>
              <UnitSwitcher
                units={actor.units}
                activeUnitId={actor.units.find((u) => isMyUnit(actor, u.id))?.id ?? ""}
                pending={perUnit}
              />
              <span className="text-sm">{actor.name}</span>
              <Link
                href="/tai-khoan-cua-toi"
                className="text-sm underline focus:outline-none focus-visible:ring-2 focus-visible:ring-white"
              >
                Tài khoản của tôi
              </Link>
              <form action={signOutAction}>
                <button
                  type="submit"
                  className="rounded-md border border-white px-3 py-1 text-sm hover:bg-white hover:text-brand-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-white"
                >
                  Đăng xuất
                </button>
              </form>
            </div>
          </div>
          <nav
            id="menu-chuc-nang"
            aria-label="Chức năng"
            className="hidden bg-brand-700 group-data-[open=true]:block md:block"
          >
            <NavList links={navLinksFor(actor.roles).map((l) => ({ ...l, count: counts[l.href] ?? 0 }))} />
          </nav>
        </MenuDisclosure>
      </header>
      <main id="noi-dung" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
