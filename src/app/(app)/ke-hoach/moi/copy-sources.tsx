"use client";

import { useActionState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { inputClass } from "@/components/ui/field";
import { cascadePlanAction } from "../actions";

export type CopySource = { id: string; label: string };

/** Moving to a copy replaces the plan form below: ask first when something has been typed in it. */
function confirmReplace(e: FormEvent<HTMLFormElement>) {
  const typed = document.querySelector('form[data-plan-form][data-dirty="true"]');
  if (typed && !window.confirm("Nội dung đang soạn bên dưới sẽ được thay bằng bản sao chép. Tiếp tục?")) {
    e.preventDefault();
  }
}

/**
 * "Start from an existing plan", above the new plan's form: last year's plan of the unit (opened
 * here, dates a year on, nothing saved until the officer saves) or a plan of a unit above (built
 * as a draft of this unit's own, linked to it — the cascade — and opened for editing).
 */
export function CopySources({ ownPlans, parentPlans }: { ownPlans: CopySource[]; parentPlans: CopySource[] }) {
  const [state, cascade, cascading] = useActionState(cascadePlanAction, null);
  if (!ownPlans.length && !parentPlans.length) return null;
  return (
    <section
      aria-labelledby="bat-dau-tu"
      className="max-w-5xl space-y-3 rounded-lg border border-slate-300 bg-white p-4"
    >
      <h2 id="bat-dau-tu" className="font-semibold">
        Bắt đầu từ một kế hoạch có sẵn
      </h2>
      {ownPlans.length ? (
        <form method="get" action="/ke-hoach/moi" onSubmit={confirmReplace} className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1 space-y-1">
            <label htmlFor="tu" className="block text-sm font-medium">
              Kế hoạch trước của đơn vị (ngày tháng lùi sang năm mới)
            </label>
            <select id="tu" name="tu" className={inputClass}>
              {ownPlans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary">
            Sao chép kế hoạch năm trước
          </Button>
        </form>
      ) : null}
      {parentPlans.length ? (
        <form action={cascade} onSubmit={confirmReplace} className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1 space-y-1">
            <label htmlFor="parentId" className="block text-sm font-medium">
              Kế hoạch của cấp trên (tạo dự thảo của đơn vị, liên kết với kế hoạch cấp trên)
            </label>
            <select id="parentId" name="parentId" className={inputClass}>
              {parentPlans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary" disabled={cascading}>
            Sao chép từ kế hoạch cấp trên
          </Button>
        </form>
      ) : null}
      {state && !state.ok ? <Notice tone="error">{state.error}</Notice> : null}
    </section>
  );
}
