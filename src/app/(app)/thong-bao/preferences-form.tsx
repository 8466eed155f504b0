"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { savePreferencesAction } from "./actions";

/** Per kind: in the app only (unticked), or in the app and by e-mail (ticked). */
export function PreferencesForm({ kinds }: { kinds: { kind: string; label: string; email: boolean }[] }) {
  const [state, action, pending] = useActionState(savePreferencesAction, null);
  return (
    <form action={action} className="space-y-3" aria-label="Nhận thông báo qua thư điện tử">
      <fieldset>
        <legend className="mb-2 text-sm">
          Mọi thông báo đều hiện trong ứng dụng. Đánh dấu loại nào anh/chị muốn nhận thêm qua thư điện tử:
        </legend>
        <ul className="grid gap-2 sm:grid-cols-2">
          {kinds.map((k) => (
            <li key={k.kind}>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="email" value={k.kind} defaultChecked={k.email} />
                {k.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {state?.ok ? <Notice tone="success">Đã lưu lựa chọn.</Notice> : null}
      {state && !state.ok ? <Notice tone="error">{state.error}</Notice> : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Đang lưu…" : "Lưu lựa chọn"}
      </Button>
    </form>
  );
}
