"use client";

import { useEffect, useState } from "react";
import { usePathname, useSearchParams } from "next/navigation";

/**
 * A slim bar across the top of the page while the next page loads: it starts when a link to
 * another page of the app is followed (or a GET form is sent) and completes when the address has
 * changed. No library: the App Router has no navigation events, so clicks are watched at the
 * document and the end is the new address. Decorative: Next announces the new page itself.
 */
export function NavigationProgress() {
  const pathname = usePathname();
  const search = useSearchParams();
  const [state, setState] = useState<"idle" | "loading" | "done">("idle");

  useEffect(() => {
    setState((s) => (s === "loading" ? "done" : s));
    const t = setTimeout(() => setState((s) => (s === "done" ? "idle" : s)), 300);
    return () => clearTimeout(t);
  }, [pathname, search]);

  useEffect(() => {
    const leaves = (url: URL) =>
      url.origin === window.location.origin &&
      (url.pathname !== window.location.pathname || url.search !== window.location.search);
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.("a");
      if (!a || (a.target && a.target !== "_self") || a.hasAttribute("download")) return;
      if (leaves(new URL(a.href, window.location.href))) setState("loading");
    };
    const onSubmit = (e: SubmitEvent) => {
      const form = e.target as HTMLFormElement;
      if (!e.defaultPrevented && form.method === "get") setState("loading");
    };
    document.addEventListener("click", onClick);
    document.addEventListener("submit", onSubmit);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("submit", onSubmit);
    };
  }, []);

  return (
    <div
      aria-hidden="true"
      data-testid="navigation-progress"
      data-state={state}
      className="pointer-events-none fixed left-0 top-0 z-50 h-1 bg-amber-400 print:hidden"
      style={{
        width: state === "loading" ? "85%" : state === "done" ? "100%" : "0%",
        opacity: state === "idle" ? 0 : 1,
        transition: state === "loading" ? "width 8s cubic-bezier(0.1, 0.7, 0.2, 1)" : "width 150ms, opacity 300ms",
      }}
    />
  );
}
