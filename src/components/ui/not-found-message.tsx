import Link from "next/link";

/** The "not found (or not yours)" message: the same words inside the app's frame and outside it. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Không tìm thấy trang</h1>
      <p className="mt-2 text-slate-700">Trang hoặc bản ghi này không tồn tại, hoặc không thuộc đơn vị bạn được xem.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-blue-800 underline">
        Về trang tổng quan
      </Link>
    </div>
  );
}
