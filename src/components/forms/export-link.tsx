"use client";

import Link from "next/link";
import { useState, type MouseEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { DelayedProgress } from "@/components/ui/delayed-progress";

/** The file name a download route gives (Content-Disposition: attachment; filename*=UTF-8''…). */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  return encoded ? decodeURIComponent(encoded) : fallback;
}

/** The body, reporting how much has arrived when the route says how long it is. */
async function readAll(response: Response, progress: (fraction: number) => void): Promise<Blob> {
  const total = Number(response.headers.get("content-length") ?? 0);
  if (!response.body || !total) return response.blob();
  const reader = response.body.getReader();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    received += value.length;
    progress(Math.min(1, received / total));
  }
  return new Blob(parts, { type: response.headers.get("content-type") ?? "" });
}

/**
 * An export (.xlsx) that may take a while to make: still a link (it works without JavaScript, and
 * can be opened in a new tab), but a click fetches the file in the page so that, past a second,
 * "Đang xuất…" shows it is under way, and a refusal is said beside the link instead of replacing
 * the page with its text. An export too large for a request is queued by the route, which
 * redirects to "Tệp xuất của tôi" (/tep-xuat): the page follows it there instead of saving that
 * page as the file. The list is linked beside every export.
 */
export function ExportLink({ href, label, fileName }: { href: string; label: string; fileName: string }) {
  const [busy, setBusy] = useState(false);
  const [fraction, setFraction] = useState<number>();
  const [error, setError] = useState<string | null>(null);
  async function download(e: MouseEvent<HTMLAnchorElement>) {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return; // a new tab or window: the browser's own
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setFraction(undefined);
    try {
      const response = await fetch(href, { credentials: "same-origin" });
      if (!response.ok) throw new Error((await response.text()).trim() || `Không xuất được (mã ${response.status}).`);
      if (response.redirected) {
        window.location.assign(response.url);
        return;
      }
      const blob = await readAll(response, setFraction);
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = fileNameOf(response, fileName);
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (failure) {
      // fetch itself fails (TypeError) only when the connection does: its own text is English.
      setError(
        failure instanceof TypeError || !(failure instanceof Error)
          ? "Mất kết nối khi xuất tệp. Hãy thử lại."
          : failure.message,
      );
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="flex flex-col items-end gap-2">
      <a href={href} onClick={download} className={buttonClass("secondary")} aria-busy={busy}>
        {label}
      </a>
      <Link href="/tep-xuat" className="inline-block py-1 text-sm underline">
        Tệp xuất của tôi
      </Link>
      <DelayedProgress active={busy} label="Đang xuất…" fraction={fraction} />
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
