"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/server/actions/result";

/** A one-click step (open the ballot, close it…), with an optional confirmation; a refusal is shown beside it. */
export function ActionButton({ action, label, pendingLabel, confirmText, variant = "primary" }: { action: () => Promise<ActionResult<unknown>>; label: string; pendingLabel: string; confirmText?: string; variant?: "primary" | "secondary" | "danger" }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <Button
        variant={variant}
        disabled={pending}
        onClick={() => {
          if (confirmText && !window.confirm(confirmText)) return;
          setError(null);
          start(async () => {
            const result = await action();
            if (!result.ok) return setError(result.error);
            router.refresh();
          });
        }}
      >
        {pending ? pendingLabel : label}
      </Button>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
