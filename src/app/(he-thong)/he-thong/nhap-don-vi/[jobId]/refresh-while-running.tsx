"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Re-reads the page (the job's row) every `everyMs` while mounted: the import's progress, live. */
export function RefreshWhileRunning({ everyMs = 1500 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
