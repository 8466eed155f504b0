import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/schemas/action-result";

/** Runs a server action from a plain form and refreshes; the refusal is shown on top. */
export function useSimpleAction() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<ActionResult<unknown>>, after?: () => void) =>
    start(async () => {
      setError(null);
      const result = await action();
      if (!result.ok) return setError(result.error);
      after?.();
      router.refresh();
    });
  return { pending, error, run };
}
