import type { Metadata } from "next";
import Link from "next/link";
import { requireOperator } from "@/server/auth/actor";
import { listUnitImportJobs } from "@/server/units/import-job";
import { formatViDateTime } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { UploadForm } from "./upload-form";
import { JOB_STATUS_LABELS } from "./status-labels";

export const metadata: Metadata = { title: "Nạp danh mục đơn vị hành chính" };

export default async function UnitImportPage() {
  const operator = await requireOperator();
  const jobs = await listUnitImportJobs(operator);
  return (
    <>
      <PageHeader
        title="Nạp danh mục đơn vị hành chính"
        description="Tải lên danh mục chính thức và (hoặc) danh sách kế thừa theo nghị quyết sắp xếp đơn vị hành chính. Hệ thống cho xem trước những gì sẽ thay đổi; chỉ khi xác nhận mới nạp."
      />
      <UploadForm />
      <section aria-labelledby="lan-nap" className="mt-8 max-w-4xl">
        <h2 id="lan-nap" className="text-lg font-semibold">
          Các lần nạp gần đây
        </h2>
        {jobs.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">Chưa có lần nạp nào.</p>
        ) : (
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">Các lần nạp gần đây</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1">
                  Tải lên lúc
                </th>
                <th scope="col">Tệp</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Đã xử lý</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((j) => (
                <tr key={j.id} className="border-b border-slate-200">
                  <td className="py-1">
                    <Link href={`/he-thong/nhap-don-vi/${j.id}`} className="text-blue-800 underline">
                      {formatViDateTime(j.createdAt)}
                    </Link>
                  </td>
                  <td>{[j.listFileName, j.successionFileName].filter(Boolean).join(", ")}</td>
                  <td>{JOB_STATUS_LABELS[j.status]}</td>
                  <td>
                    {j.processed}/{j.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
