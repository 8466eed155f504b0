"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { DelayedProgress } from "@/components/ui/delayed-progress";
import { LINK_TTL_HOURS } from "@/domain/auth/invitations";
import { importAccountsAction } from "../actions";

const OUTCOME = { invited: "Đã tạo lời mời", roles_added: "Đã thêm vai trò", unchanged: "Không đổi (đã có)" } as const;

export function ImportAccountsForm() {
  const [state, action, pending] = useActionState(importAccountsAction, null);
  const fe = state && !state.ok ? state.fieldErrors : {};
  const rowErrors = state?.ok ? state.data.errors : [];
  const results = state?.ok ? state.data.results : [];
  return (
    <div className="space-y-4">
      <form action={action} className="max-w-xl space-y-4 rounded-lg border border-slate-300 bg-white p-6">
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
          {pending ? "Đang nhập…" : "Nhập tài khoản"}
        </Button>
        <DelayedProgress active={pending} label="Đang nhập: đang kiểm tra và ghi từng dòng của tệp…" />
      </form>
      {state && !state.ok && !fe.file ? <Notice tone="error">{state.error}</Notice> : null}
      {rowErrors.length > 0 ? (
        <section aria-labelledby="loi-nhap" className="rounded-lg border border-red-300 bg-white p-6">
          <h2 id="loi-nhap" className="font-semibold text-red-800">
            Chưa nhập dòng nào: tệp có {rowErrors.length} lỗi cần sửa
          </h2>
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
        </section>
      ) : null}
      {results.length > 0 ? (
        <section aria-labelledby="ket-qua" className="rounded-lg border border-green-300 bg-white p-6">
          <h2 id="ket-qua" className="font-semibold text-green-900">
            Đã nhập {results.length} dòng. Trao mỗi liên kết mời cho đúng người (dùng một lần, hết hạn sau{" "}
            {LINK_TTL_HOURS.ROLES / 24} ngày).
          </h2>
          <table className="mt-3 w-full text-left text-sm">
            <caption className="sr-only">Kết quả theo dòng</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1">
                  Dòng
                </th>
                <th scope="col">Thư điện tử</th>
                <th scope="col">Đơn vị</th>
                <th scope="col">Kết quả</th>
                <th scope="col">Liên kết mời</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r) => (
                <tr key={r.row} className="border-b border-slate-200 align-top" data-testid="import-result">
                  <td className="py-1">{r.row}</td>
                  <td>{r.email}</td>
                  <td>{r.unitName}</td>
                  <td>{OUTCOME[r.outcome]}</td>
                  <td className="break-all">{r.url ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
