"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/server/actions/result";

/** Deletes after a confirmation; a refusal (e.g. people still attached) is shown, nothing changes. */
export function DeleteButton({ action, redirectTo, confirmText, label = "Xoá" }: { action: () => Promise<ActionResult<unknown>>; redirectTo?: string; confirmText: string; label?: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-2">
      <Button
        variant="danger"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(confirmText)) return;
          start(async () => {
            const result = await action();
            if (!result.ok) return setError(result.error);
            if (redirectTo) router.push(redirectTo);
            router.refresh();
          });
        }}
      >
        {pending ? "Đang xoá…" : label}
      </Button>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
