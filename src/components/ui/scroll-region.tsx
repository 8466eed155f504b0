import type { ReactNode } from "react";

/**
 * The box of a table that may be wider than a phone: it scrolls sideways inside the page (the
 * page itself never does, and a row's downloads and actions stay reachable), and, being
 * scrollable, it is a named region the keyboard can reach (WCAG 2.1.1; axe scrollable-region-focusable).
 * `relative`: a visually hidden header ("Thao tác", `sr-only` is absolutely positioned) is placed
 * inside the box; otherwise it sits where the wide table would put it and widens the page itself.
 */
export function ScrollRegion({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`relative overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-700 ${className}`}
    >
      {children}
    </div>
  );
}
