"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/schemas/action-result";
import type { IssuedLinkView } from "@/schemas/account";
import { formatViDateTime } from "@/lib/dates";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { inputClass } from "@/components/ui/field";

/**
 * A one-time link just made, shown once (only its hash is kept): the administrator copies it and
 * hands it to its owner. The same panel whether the email had an account or not.
 */
export function IssuedLink({ link, what }: { link: IssuedLinkView; what: string }) {
  const id = `lien-ket-${link.url.slice(-8)}`;
  return (
    <div className="space-y-2" data-testid="issued-link">
      <Notice tone="success">
        {what} cho {link.email}
        {link.unitName ? ` tại ${link.unitName}` : ""}. Trao liên kết dưới đây cho đúng người đó; liên kết dùng được một
        lần, hết hạn lúc {formatViDateTime(link.expiresAt)}.
      </Notice>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Liên kết
      </label>
      <input id={id} readOnly value={link.url} className={inputClass} onFocus={(e) => e.currentTarget.select()} />
    </div>
  );
}

/** A button that makes a link (a new invitation link, a password link) and shows it beside itself. */
export function IssueLinkButton({
  action,
  label,
  what,
  confirmText,
}: {
  action: () => Promise<ActionResult<IssuedLinkView>>;
  label: string;
  what: string;
  confirmText?: string;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<ActionResult<IssuedLinkView> | null>(null);
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (confirmText && !window.confirm(confirmText)) return;
          start(async () => {
            const r = await action();
            setResult(r);
            if (r.ok) router.refresh();
          });
        }}
      >
        {pending ? "Đang tạo liên kết…" : label}
      </Button>
      {result && !result.ok ? <Notice tone="error">{result.error}</Notice> : null}
      {result?.ok ? <IssuedLink link={result.data} what={what} /> : null}
    </div>
  );
}
