"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentLink } from "@/lib/current-link";

/**
 * The menu's links, the current one marked: aria-current="page" (read out as "trang hiện tại") and,
 * seen, bold on the darker shade with a white bar — under it on a wide screen, beside it in the
 * phone's list. A client component because the layout, kept across navigations, does not know the
 * page; the list itself (what the roles allow, the badges' counts) comes from the server.
 */
export function NavList({
  links,
  tone = "brand",
}: {
  links: { href: string; label: string; count?: number }[];
  tone?: keyof typeof TONES;
}) {
  const current = currentLink(
    usePathname(),
    links.map((l) => l.href),
  );
  return (
    <ul className="mx-auto flex max-w-7xl flex-col gap-1 px-4 py-1 md:flex-row md:flex-wrap md:py-0">
      {links.map((l) => (
        <li key={l.href}>
          <Link
            href={l.href}
            aria-current={l.href === current ? "page" : undefined}
            className={`flex items-center gap-1 px-3 py-2 text-sm text-white focus:outline-none focus-visible:ring-2 focus-visible:ring-white aria-[current=page]:font-semibold aria-[current=page]:shadow-[inset_4px_0_0_white] md:aria-[current=page]:shadow-[inset_0_-3px_0_white] ${TONES[tone]}`}
          >
            {/* The heard count inside the label's own span: as a separate flex item it was read "Tổng quan , 1 …". */}
            <span>
              {l.label}
              {l.count ? <span className="sr-only">, {tasksHeard(l.count)}</span> : null}
            </span>
            <TaskBadge count={l.count ?? 0} />
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The menu bar's darker shade, on hover and for the current entry: the unit's menu, the operator's. */
const TONES = {
  brand: "hover:bg-brand-800 aria-[current=page]:bg-brand-800",
  slate: "hover:bg-slate-800 aria-[current=page]:bg-slate-800",
} as const;

/** How a badge's count is heard, after the entry's name and a comma. */
export const tasksHeard = (count: number) => `${count} việc cần làm`;

/**
 * How many tasks of the board lead to a menu entry (or, on the phone's "Menu" button, to any
 * entry), seen as a number. Hidden from screen readers: the entry's name says it (tasksHeard).
 */
export function TaskBadge({ count }: { count: number }) {
  if (!count) return null;
  return (
    <span
      aria-hidden="true"
      data-testid="task-badge"
      className="min-w-5 rounded-full bg-amber-400 px-1.5 text-center text-xs font-bold text-slate-900"
    >
      {count}
    </span>
  );
}
