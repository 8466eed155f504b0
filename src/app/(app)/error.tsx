"use client";

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-red-300 bg-white p-6">
      <h1 className="text-xl font-semibold text-red-800">Có lỗi khi hiển thị trang</h1>
      <p className="mt-2 text-sm">Dữ liệu đã lưu không bị ảnh hưởng. Mã tham chiếu: {error.digest ?? "—"}.</p>
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
