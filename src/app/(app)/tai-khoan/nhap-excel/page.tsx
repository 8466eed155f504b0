import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { PageHeader } from "@/components/ui/page-header";
import { ACCOUNT_SHEET_COLUMNS } from "@/schemas/account-sheet";
import { ImportAccountsForm } from "./import-form";

export const metadata: Metadata = { title: "Nhập tài khoản từ Excel" };

export default async function ImportAccountsPage() {
  const actor = await requirePermission("account.manage");
  return (
    <>
      <PageHeader title="Nhập tài khoản từ Excel" description={`${actor.unit.name} và các đơn vị trực thuộc`} />
      <section
        aria-labelledby="dinh-dang"
        className="mb-6 max-w-3xl rounded-lg border border-slate-300 bg-white p-6 text-sm"
      >
        <h2 id="dinh-dang" className="font-semibold">
          Định dạng tệp
        </h2>
        <p className="mt-1">
          Dòng đầu là tiêu đề các cột {ACCOUNT_SHEET_COLUMNS.map((c) => `“${c.header}”`).join(", ")}; mỗi dòng sau là
          một tài khoản của một đơn vị. Mã đơn vị theo danh mục hành chính (đơn vị của bạn hoặc trực thuộc). Vai trò
          cách nhau bằng dấu phẩy hoặc chấm phẩy: Quản trị, Cán bộ, Nội vụ (thẩm định), Hội đồng, Chủ tịch.
        </p>
        <p className="mt-2">
          Nếu có lỗi ở bất kỳ dòng nào, không dòng nào được nhập. Nhập lại cùng một tệp không tạo thêm gì: tài khoản đã
          có trong đơn vị chỉ được thêm vai trò còn thiếu; người khác nhận lời mời (một liên kết cho mỗi người).
        </p>
        <a href="/tai-khoan/mau-nhap" className="mt-3 inline-block font-medium text-blue-800 underline">
          Tải tệp mẫu (.xlsx)
        </a>
      </section>
      <ImportAccountsForm />
    </>
  );
}
