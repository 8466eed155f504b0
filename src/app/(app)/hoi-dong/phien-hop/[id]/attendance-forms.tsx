"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { markPaperVotersAction, openSessionAction } from "../../actions";
import { useSimpleAction } from "./simple-action";

/**
 * The secretary's attendance: who is present, and which of them vote on paper — at the opening of
 * the session, and until the ballot opens. After that it is fixed (a member voting online is never
 * pre-empted by a paper ballot, nor the reverse).
 */

type Choice = { id: string; label: string };

/** Which present members vote on paper: they hand their ballots to the secretary and cannot vote online. */
function PaperFieldset({
  seats,
  paper,
  onChange,
}: {
  seats: Choice[];
  paper: string[];
  onChange: (paper: string[]) => void;
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">Thành viên bỏ phiếu giấy</legend>
      <p className="text-xs text-slate-700">
        Thư ký nhập phiếu giấy của những thành viên này; họ không bỏ phiếu trực tuyến. Thành viên có mặt khác chỉ bỏ
        phiếu trực tuyến. Không đổi được sau khi mở bỏ phiếu.
      </p>
      {seats.map((s) => (
        <label key={s.id} className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="h-4 w-4"
            checked={paper.includes(s.id)}
            onChange={(e) => onChange(e.target.checked ? [...paper, s.id] : paper.filter((p) => p !== s.id))}
          />
          {s.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The secretary records who is present, and who of them votes on paper, and opens the session. */
export function AttendanceForm({ meetingId, seats }: { meetingId: string; seats: Choice[] }) {
  const [present, setPresent] = useState<string[]>(seats.map((s) => s.id));
  const [paper, setPaper] = useState<string[]>([]);
  const { pending, error, run } = useSimpleAction();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        run(() => openSessionAction(meetingId, { present, paper: paper.filter((id) => present.includes(id)) }));
      }}
      aria-label="Điểm danh và khai mạc"
      className="space-y-2"
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Thành viên có mặt</legend>
        {seats.map((s) => (
          <label key={s.id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="h-4 w-4"
              checked={present.includes(s.id)}
              onChange={(e) => setPresent(e.target.checked ? [...present, s.id] : present.filter((p) => p !== s.id))}
            />
            {s.label}
          </label>
        ))}
      </fieldset>
      <PaperFieldset seats={seats.filter((s) => present.includes(s.id))} paper={paper} onChange={setPaper} />
      <Button type="submit" disabled={pending}>
        {pending ? "Đang lưu…" : "Khai mạc phiên họp"}
      </Button>
    </form>
  );
}

/** After the session opened, until the ballot opens: the secretary changes who votes on paper. */
export function PaperVotersForm({
  meetingId,
  seats,
  initial,
}: {
  meetingId: string;
  seats: Choice[];
  initial: string[];
}) {
  const [paper, setPaper] = useState<string[]>(initial);
  const { pending, error, run } = useSimpleAction();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        run(() => markPaperVotersAction(meetingId, { paper }));
      }}
      aria-label="Thành viên bỏ phiếu giấy"
      className="space-y-2"
    >
      {error ? <Notice tone="error">{error}</Notice> : null}
      <PaperFieldset seats={seats} paper={paper} onChange={setPaper} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Đang lưu…" : "Lưu thành viên bỏ phiếu giấy"}
      </Button>
    </form>
  );
}
