import type { Metadata } from "next";
import { requirePermission } from "@/server/auth/actor";
import { PageHeader } from "@/components/ui/page-header";
import { SHEET_COLUMNS } from "@/schemas/person-sheet";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Nhập danh sách từ Excel" };

export default async function ImportPeoplePage() {
  const actor = await requirePermission("person.import");
  return (
    <>
      <PageHeader title="Nhập danh sách cán bộ từ Excel" description={actor.unit.name} />
      <section
        aria-labelledby="dinh-dang"
        className="mb-6 max-w-3xl rounded-lg border border-slate-300 bg-white p-6 text-sm"
      >
        <h2 id="dinh-dang" className="font-semibold">
          Định dạng tệp
        </h2>
        <p className="mt-1">
          Dòng đầu là tiêu đề cột; mỗi dòng sau là một người. Ngày sinh ghi dd/mm/yyyy. Nếu có lỗi ở bất kỳ dòng nào,
          không dòng nào được nhập.
        </p>
        <ul className="mt-2 list-inside list-disc">
          {SHEET_COLUMNS.map((c) => (
            <li key={c.key}>
              {c.header}
              {c.required ? " (bắt buộc)" : ""}
            </li>
          ))}
        </ul>
        <p className="mt-2">
          Giới tính: Nam/Nữ. Loại: Cán bộ, Công chức, Viên chức, Người lao động. Đảng viên: x hoặc Có. Tổ chức: đúng tên
          tổ chức đã có trong đơn vị.
        </p>
        <a href="/nhan-su/mau-nhap" className="mt-3 inline-block font-medium text-blue-800 underline">
          Tải tệp mẫu (.xlsx)
        </a>
      </section>
      <ImportForm />
    </>
  );
}
