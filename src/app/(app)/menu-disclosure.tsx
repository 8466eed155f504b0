"use client";

import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { TaskBadge, tasksHeard } from "@/components/ui/nav-list";

/**
 * The header's menu on a phone: below 768 px the account controls and the menu's links fold
 * behind one disclosure button ("Menu", aria-expanded), so a page starts with its own content
 * instead of ~350 px of links; from 768 px everything shows and the button does not. Plain React
 * state: the panels carry `group-data-[open=true]:…` classes, `MenuDisclosure` sets data-open on
 * their group. The menu closes on navigation and on Escape (focus back on the button).
 */

const Menu = createContext<{ open: boolean; toggle: () => void; button: React.RefObject<HTMLButtonElement | null> }>({
  open: false,
  toggle: () => {},
  button: { current: null },
});

export function MenuDisclosure({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <Menu.Provider value={{ open, toggle: () => setOpen((o) => !o), button }}>
      <div className="group" data-open={open}>
        {children}
      </div>
    </Menu.Provider>
  );
}

/**
 * The disclosure button; `controls` are the ids of the panels it shows and hides. `tasks`, the
 * board's open tasks, shows on it as the links' badges do on a wide screen, so a phone user sees
 * there is work without opening the menu: heard as "Menu, 3 việc cần làm". Named by aria-label:
 * the button is a flex box, so its children would be read as blocks ("Menu , 3 việc cần làm").
 */
export function MenuButton({ controls, tasks }: { controls: string; tasks: number }) {
  const { open, toggle, button } = useContext(Menu);
  return (
    <button
      ref={button}
      type="button"
      aria-expanded={open}
      aria-controls={controls}
      aria-label={tasks ? `Menu, ${tasksHeard(tasks)}` : undefined}
      onClick={toggle}
      className="inline-flex min-h-10 items-center gap-2 rounded-md border border-white px-3 text-sm font-medium hover:bg-white hover:text-brand-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-white md:hidden"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18" fill="none" stroke="currentColor">
        {open ? (
          <path d="M5 5l10 10M15 5L5 15" strokeWidth="2" strokeLinecap="round" />
        ) : (
          <path d="M3 5h14M3 10h14M3 15h14" strokeWidth="2" strokeLinecap="round" />
        )}
      </svg>
      {/* The space keeps the seen text "Menu 3" within the name (WCAG 2.5.3; axe reads "Menu3" without it). */}
      Menu <TaskBadge count={tasks} />
    </button>
  );
}
