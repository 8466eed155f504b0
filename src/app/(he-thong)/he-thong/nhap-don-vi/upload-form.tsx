"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { uploadUnitFilesAction } from "./actions";

/** The two files (either or both) and, rarely, the validity the list's units take. */
export function UploadForm() {
  const [state, action, pending] = useActionState(uploadUnitFilesAction, null);
  const fe = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-6">
      {state && !state.ok ? <Notice tone="error">{state.error}</Notice> : null}
      <Field
        id="list"
        label="Danh mục đơn vị hành chính (.csv)"
        error={fe.list}
        hint="Bản xuất CSV của danhmuchanhchinh.nso.gov.vn: ba cấp (Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH, Phường Xã, Mã PX, Cấp) hoặc phụ lục hai cấp (Stt, Mã số, Tên đơn vị hành chính, Tỉnh (thành phố))."
      >
        {(props) => <input {...props} name="list" type="file" accept=".csv,text/csv,text/plain" />}
      </Field>
      <Field
        id="succession"
        label="Danh sách kế thừa (.csv)"
        error={fe.succession}
        hint="Các cột Mã cũ, Mã mới, Ngày hiệu lực, Nghị quyết (ví dụ 14035, 14026, 01/07/2025, 1674/NQ-UBTVQH15): mỗi dòng một đơn vị cũ và một đơn vị mới; sáp nhập là nhiều dòng cùng mã mới, chia tách là nhiều dòng cùng mã cũ."
      >
        {(props) => <input {...props} name="succession" type="file" accept=".csv,text/csv,text/plain" />}
      </Field>
      <details className="text-sm">
        <summary className="cursor-pointer">Hiệu lực của các đơn vị trong danh mục (không bắt buộc)</summary>
        <p className="mt-2 text-slate-700">
          Mặc định: danh mục ba cấp là các đơn vị đến hết 30/06/2025; danh mục hai cấp là các đơn vị từ 01/07/2025.
        </p>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <Field id="validFrom" label="Hiệu lực từ ngày" error={fe.validFrom} hint="dd/mm/yyyy">
            {(props) => <input {...props} name="validFrom" inputMode="numeric" />}
          </Field>
          <Field id="validTo" label="Hiệu lực đến hết ngày" error={fe.validTo} hint="dd/mm/yyyy">
            {(props) => <input {...props} name="validTo" inputMode="numeric" />}
          </Field>
        </div>
      </details>
      <Button type="submit" disabled={pending}>
        {pending ? "Đang đọc tệp…" : "Xem trước thay đổi"}
      </Button>
    </form>
  );
}
