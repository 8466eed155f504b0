"use client";

import type { ActionResult } from "@/schemas/action-result";
import { ActionButton } from "./action-button";

/** Deletes after a confirmation; a refusal (e.g. people still attached) is shown, nothing changes. */
export function DeleteButton({
  action,
  redirectTo,
  confirmText,
  label = "Xoá",
}: {
  action: () => Promise<ActionResult<unknown>>;
  redirectTo?: string;
  confirmText: string;
  label?: string;
}) {
  return (
    <ActionButton
      action={action}
      label={label}
      pendingLabel="Đang xoá…"
      confirmText={confirmText}
      redirectTo={redirectTo}
      variant="danger"
      align="end"
      doneText="Đã xoá."
    />
  );
}
