import type { ReactNode } from "react";
import { buttonClass } from "./button";

/**
 * The parts of a list's GET filter form (?trang-thai=, ?tim=, …): a labelled field that keeps to the
 * screen on a phone, and the "Lọc" button every list uses. The controls inside take `inputClass`.
 */
export function FilterField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="flex min-w-0 max-w-full flex-col gap-1 text-sm font-medium">
      {label}
      {children}
    </label>
  );
}

export function FilterButton() {
  return (
    <button type="submit" className={buttonClass("secondary")}>
      Lọc
    </button>
  );
}
