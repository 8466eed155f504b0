"use client";

import { useRef, useState, type DragEvent } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Field } from "@/components/ui/field";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "@/lib/file-types";

type Upload = {
  key: string;
  name: string;
  sent: number;
  state: "waiting" | "sending" | "done" | "failed";
  error?: string;
};

/** What the route answers: the server action's result, or — from the proxy, past the size limit — plain text. */
function answerOf(xhr: XMLHttpRequest): string | null {
  try {
    const body = JSON.parse(xhr.responseText) as { ok: boolean; error?: string; fieldErrors?: Record<string, string> };
    if (body.ok) return null;
    return body.fieldErrors?.file ?? body.error ?? "Không tải lên được.";
  } catch {
    return xhr.responseText.trim() || `Không tải lên được (mã ${xhr.status}).`;
  }
}

/** One file to the upload route, reporting how much of it has gone; resolves with the refusal, or null. */
function send(url: string, documentId: string, file: File, progress: (fraction: number) => void) {
  return new Promise<string | null>((resolve) => {
    const xhr = new XMLHttpRequest();
    const body = new FormData();
    body.set("documentId", documentId);
    body.set("file", file);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) progress(e.loaded / e.total);
    };
    xhr.onload = () => resolve(answerOf(xhr));
    xhr.onerror = () => resolve("Mất kết nối khi tải lên. Hãy thử lại.");
    xhr.open("POST", url);
    xhr.send(body);
  });
}

/**
 * A dossier document's files: several at once, chosen or dropped on the box, each with its own
 * progress bar and outcome (a refused file — wrong type, over 10 MB, over the document's limit —
 * says why beside its name while the others go on). Files are sent one after another, so the
 * bars fill in order and a slow connection is not split between them. Over 10 MB, and files past the
 * document's `maxFiles` (it holds `filed`), are refused here before anything is sent; the server
 * counts again under its lock. The page is refreshed once all are done.
 */
export function MultiUploadForm({
  batchId,
  documentId,
  name,
  maxFiles,
  filed,
}: {
  batchId: string;
  documentId: string;
  name: string;
  maxFiles: number;
  filed: number;
}) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [pickError, setPickError] = useState<string>();
  const update = (key: string, change: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)));

  async function uploadAll(files: File[]) {
    if (!files.length) return setPickError("Chọn tệp cần tải lên.");
    setPickError(undefined);
    setBusy(true);
    const batch = files.map((file, i) => ({ file, key: `${Date.now()}-${i}` }));
    setUploads(batch.map(({ file, key }) => ({ key, name: file.name, sent: 0, state: "waiting" })));
    for (const [i, { file, key }] of batch.entries()) {
      if (filed + i >= maxFiles) {
        update(key, { state: "failed", error: `Mỗi giấy tờ tối đa ${maxFiles} tệp: tệp này vượt số đó.` });
        continue;
      }
      if (file.size > MAX_UPLOAD_BYTES) {
        update(key, { state: "failed", error: UPLOAD_TOO_LARGE });
        continue;
      }
      update(key, { state: "sending" });
      const refusal = await send(`/de-nghi/${batchId}/tai-len`, documentId, file, (sent) => update(key, { sent }));
      update(key, refusal ? { state: "failed", error: refusal } : { state: "done", sent: 1 });
    }
    setBusy(false);
    if (input.current) input.current.value = "";
    router.refresh();
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (!busy) void uploadAll([...e.dataTransfer.files]);
  };
  const done = uploads.filter((u) => u.state === "done").length;
  return (
    <form
      aria-label={`Tải lên: ${name}`}
      className={`space-y-2 rounded-md border-2 border-dashed p-2 ${dragging ? "border-blue-700 bg-blue-50" : "border-slate-300"}`}
      onSubmit={(e) => {
        e.preventDefault();
        void uploadAll([...(input.current?.files ?? [])]);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="multi-upload"
    >
      <div className="flex flex-wrap items-end gap-2">
        <Field
          id={`tep-${documentId}`}
          label={`Tệp cho “${name}” (PDF, DOCX, JPG, PNG; tối đa 10 MB mỗi tệp)`}
          hint={`Chọn hoặc kéo thả nhiều tệp vào khung này. Mỗi giấy tờ tối đa ${maxFiles} tệp; đã có ${filed}.`}
          error={pickError}
        >
          {(props) => (
            <input
              {...props}
              ref={input}
              name="file"
              type="file"
              multiple
              accept=".pdf,.docx,.jpg,.jpeg,.png"
              className="text-sm"
            />
          )}
        </Field>
        <Button type="submit" variant="secondary" disabled={busy}>
          {busy ? "Đang tải lên…" : "Tải lên"}
        </Button>
      </div>
      {uploads.length ? (
        <ul className="space-y-1 text-sm" aria-live="polite">
          {uploads.map((u) => (
            <li key={u.key} className="space-y-0.5" data-testid="upload-row">
              <div className="flex flex-wrap items-center gap-2">
                <span className="break-all">{u.name}</span>
                <span className="text-xs text-slate-700">
                  {u.state === "waiting"
                    ? "chờ"
                    : u.state === "sending"
                      ? `${Math.round(u.sent * 100)}%`
                      : u.state === "done"
                        ? "đã tải lên"
                        : "không tải lên được"}
                </span>
              </div>
              <progress
                className="h-2 w-full"
                max={1}
                value={u.state === "failed" ? 0 : u.sent}
                aria-label={`Tiến độ tải lên ${u.name}`}
              />
              {u.error ? <p className="text-xs text-red-800">{u.error}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {!busy && uploads.length ? (
        <Notice tone={done === uploads.length ? "success" : "error"}>
          Đã tải lên {done}/{uploads.length} tệp.
        </Notice>
      ) : null}
    </form>
  );
}
