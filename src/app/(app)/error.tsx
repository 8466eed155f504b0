"use client";

import { useEffect, useState } from "react";
import { DATABASE_UNREACHABLE_MESSAGE } from "@/domain/errors";
import { databaseDownAction } from "./error-actions";

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // An outage is told apart from a fault of the page: the user should wait, not report it.
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    databaseDownAction().then(setDatabaseDown, () => setDatabaseDown(false));
  }, [error]);
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-red-300 bg-white p-6">
      <h1 className="text-xl font-semibold text-red-800">
        {databaseDown ? "Hệ thống tạm thời gián đoạn" : "Có lỗi khi hiển thị trang"}
      </h1>
      <p className="mt-2 text-sm" role="status">
        {databaseDown ? DATABASE_UNREACHABLE_MESSAGE : "Dữ liệu đã lưu không bị ảnh hưởng."} Mã tham chiếu:{" "}
        {error.digest ?? "—"}.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white"
      >
        Thử lại
      </button>
    </div>
  );
}
