"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (A4, the page's print stylesheet); not printed itself. */
export function PrintButton({ label = "In" }: { label?: string }) {
  return (
    <Button className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
