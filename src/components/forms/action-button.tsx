"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/schemas/action-result";
import { announceSaved, clearSaved } from "./saved-status";

/**
 * A one-click step (open the ballot, close it, delete…), with an optional confirmation; a refusal
 * is shown beside it and nothing changes. After success the page refreshes, or moves to `redirectTo`,
 * and `doneText` confirms it (SavedStatus).
 */
export function ActionButton({
  action,
  label,
  pendingLabel,
  confirmText,
  redirectTo,
  variant = "primary",
  align = "start",
  doneText = `Đã xong: ${label}.`,
}: {
  action: () => Promise<ActionResult<unknown>>;
  label: string;
  /** The confirmation once done (SavedStatus); by default "Đã xong: <label>." */
  doneText?: string;
  pendingLabel: string;
  confirmText?: string;
  redirectTo?: string;
  variant?: "primary" | "secondary" | "danger";
  align?: "start" | "end";
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={`flex flex-col gap-2 ${align === "end" ? "items-end" : "items-start"}`}>
      <Button
        variant={variant}
        disabled={pending}
        onClick={() => {
          if (confirmText && !window.confirm(confirmText)) return;
          setError(null);
          clearSaved();
          start(async () => {
            const result = await action();
            if (!result.ok) return setError(result.error);
            announceSaved(doneText);
            if (redirectTo) router.push(redirectTo);
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
