"use client";

import { useActionState } from "react";
import Link from "next/link";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { DelayedProgress } from "@/components/ui/delayed-progress";
import { useFileLimit } from "@/components/forms/file-limit";
import { MAX_SHEET_BYTES, SHEET_TOO_LARGE } from "@/lib/file-types";
import { importPeopleAction } from "../actions";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function ImportForm() {
  const [state, action, pending] = useActionState(importPeopleAction, null);
  const limit = useFileLimit(MAX_SHEET_BYTES, SHEET_TOO_LARGE);
  const fe = limit.error ? { file: limit.error } : state && !state.ok ? state.fieldErrors : {};
  const rowErrors = state?.ok ? state.data.errors : [];
  return (
    <div className="space-y-4">
      <form
        action={action}
        onSubmit={limit.onSubmit}
        className="max-w-xl space-y-4 rounded-lg border border-slate-300 bg-white p-6"
      >
        <Field id="file" label="Tệp bảng tính (.xlsx)" error={fe.file} required hint="Tối đa 2 MB, 2000 dòng.">
          {(props) => (
            <input
              {...props}
              name="file"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            />
          )}
        </Field>
        <Button type="submit" disabled={pending}>
          {pending ? "Đang nhập…" : "Nhập danh sách"}
        </Button>
        <DelayedProgress active={pending} label="Đang nhập: đang kiểm tra và ghi từng dòng của tệp…" />
      </form>
      {state && !state.ok && !fe.file ? <Notice tone="error">{state.error}</Notice> : null}
      {state?.ok && state.data.imported > 0 ? (
        <Notice tone="success">
          Đã nhập {state.data.imported} người.{" "}
          <Link href="/nhan-su" className="underline">
            Xem danh sách
          </Link>
        </Notice>
      ) : null}
      {rowErrors.length > 0 ? (
        <section aria-labelledby="loi-nhap" className="rounded-lg border border-red-300 bg-white p-6">
          <h2 id="loi-nhap" className="font-semibold text-red-800">
            Chưa nhập dòng nào: tệp có {rowErrors.length} lỗi cần sửa
          </h2>
          <ScrollRegion label="Lỗi theo dòng">
            <table className="mt-3 w-full text-left text-sm">
              <caption className="sr-only">Lỗi theo dòng</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1">
                    Dòng
                  </th>
                  <th scope="col">Cột</th>
                  <th scope="col">Lỗi</th>
                </tr>
              </thead>
              <tbody>
                {rowErrors.map((e, i) => (
                  <tr key={i} className="border-b border-slate-200" data-testid="import-error">
                    <td className="py-1">{e.row || "—"}</td>
                    <td>{e.column || "—"}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      ) : null}
    </div>
  );
}
