"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { ImportErrors } from "@/components/ui/import-errors";
import { SheetFileField } from "@/components/forms/sheet-file-field";
import { useFileLimit } from "@/components/forms/file-limit";
import { MAX_SHEET_BYTES, SHEET_TOO_LARGE } from "@/lib/file-types";
import { LINK_TTL_HOURS } from "@/domain/auth/invitations";
import { importAccountsAction } from "../actions";

const OUTCOME = { invited: "Đã tạo lời mời", roles_added: "Đã thêm vai trò", unchanged: "Không đổi (đã có)" } as const;

export function ImportAccountsForm() {
  const [state, action, pending] = useActionState(importAccountsAction, null);
  const limit = useFileLimit(MAX_SHEET_BYTES, SHEET_TOO_LARGE);
  const fe = limit.error ? { file: limit.error } : state && !state.ok ? state.fieldErrors : {};
  const rowErrors = state?.ok ? state.data.errors : [];
  const results = state?.ok ? state.data.results : [];
  return (
    <div className="space-y-4">
      <form
        action={action}
        onSubmit={limit.onSubmit}
        className="max-w-xl space-y-4 rounded-lg border border-slate-300 bg-white p-6"
      >
        <SheetFileField error={fe.file} pending={pending} submitLabel="Nhập tài khoản" />
      </form>
      {state && !state.ok && !fe.file ? <Notice tone="error">{state.error}</Notice> : null}
      {rowErrors.length > 0 ? (
        <ImportErrors
          heading={`Chưa nhập dòng nào: tệp có ${rowErrors.length} lỗi cần sửa`}
          columns={["Dòng", "Cột"]}
          rows={rowErrors.map((e) => ({ place: [e.row, e.column], message: e.message }))}
        />
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
