"use client";

import { useActionState } from "react";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { ImportErrors } from "@/components/ui/import-errors";
import { SheetFileField } from "@/components/forms/sheet-file-field";
import { useFileLimit } from "@/components/forms/file-limit";
import { MAX_SHEET_BYTES, SHEET_TOO_LARGE } from "@/lib/file-types";
import { importPeopleAction } from "../actions";

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
        <SheetFileField error={fe.file} pending={pending} submitLabel="Nhập danh sách" />
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
        <ImportErrors
          heading={`Chưa nhập dòng nào: tệp có ${rowErrors.length} lỗi cần sửa`}
          columns={["Dòng", "Cột"]}
          rows={rowErrors.map((e) => ({ place: [e.row, e.column], message: e.message }))}
        />
      ) : null}
    </div>
  );
}
