import Link from "next/link";
import { requireActor } from "@/server/auth/actor";
import { listMyExports } from "@/server/data/export-files";
import { formatFileSize } from "@/domain/exports/background";
import { formatViDateTime } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";
import { exportDownload } from "./links";

const KIND_LABELS = { AWARD_HISTORY: "Lịch sử khen thưởng", REGISTRATION_SUMMARY: "Tổng hợp đăng ký thi đua" } as const;
const STATUS_LABELS = {
  QUEUED: "Đang chờ",
  RUNNING: "Đang chuẩn bị",
  READY: "Sẵn sàng",
  FAILED: "Không tạo được",
} as const;

const rows = (n: number) => `${n.toLocaleString("vi-VN")} dòng`;

/**
 * "Tệp xuất của tôi": the large exports the account asked for in this unit (made in the background,
 * issue 15), with their state and, once ready, the download. `?moi=` is the one just asked for (the
 * export route sends its requester here); `?tep=` the one a notice points to.
 */
export default async function MyExportsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const { moi, tep } = await searchParams;
  const exports = await listMyExports(actor);
  const asked = exports.find((e) => e.id === moi);
  const pending = exports.some((e) => e.status === "QUEUED" || e.status === "RUNNING");
  return (
    <>
      <PageHeader
        title="Tệp xuất của tôi"
        description={`Các tệp Excel lớn bạn yêu cầu tại ${actor.unit.name}; mỗi tệp được giữ 7 ngày.`}
        actions={
          pending ? (
            <Link href="/tep-xuat" className={buttonClass("secondary")}>
              Cập nhật trạng thái
            </Link>
          ) : null
        }
      />
      {asked ? (
        <div className="mb-4">
          {asked.status === "READY" ? (
            <Notice tone="success">
              Tệp {asked.fileName} ({rows(asked.rowCount)}) đã sẵn sàng.{" "}
              <a href={exportDownload(asked.id)} className="inline-block py-1 underline">
                Tải về
              </a>
            </Notice>
          ) : asked.status === "FAILED" ? (
            <Notice tone="error">Không tạo được tệp {asked.fileName}. Hãy xuất lại.</Notice>
          ) : (
            <Notice tone="info">
              Tệp có {rows(asked.rowCount)}, đang được chuẩn bị; bạn sẽ nhận thông báo khi tệp sẵn sàng.
            </Notice>
          )}
        </div>
      ) : null}
      {exports.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white" data-testid="my-exports">
          {exports.map((e) => (
            <li
              key={e.id}
              id={`tep-${e.id}`}
              className={`flex flex-wrap items-center justify-between gap-3 px-4 py-3 ${e.id === tep || e.id === moi ? "bg-amber-50" : ""}`}
              data-status={e.status}
            >
              <div className="min-w-0">
                <p className="font-medium break-words">{e.fileName}</p>
                <p className="text-sm text-slate-700">
                  {KIND_LABELS[e.kind]} · {rows(e.rowCount)} · yêu cầu lúc {formatViDateTime(e.createdAt)}
                  {e.size !== null ? ` · ${formatFileSize(e.size)}` : ""}
                  {e.status === "READY" && e.expiresAt ? ` · tải về được đến ${formatViDateTime(e.expiresAt)}` : ""}
                </p>
                {e.status === "FAILED" ? (
                  <p className="text-sm text-red-800">
                    {e.error ?? "Có lỗi khi tạo tệp."} Hãy xuất lại từ trang đã yêu cầu.
                  </p>
                ) : null}
              </div>
              {e.status === "READY" ? (
                <a href={exportDownload(e.id)} className={buttonClass("primary")}>
                  Tải về
                </a>
              ) : (
                <span className="text-sm font-medium">{STATUS_LABELS[e.status]}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-slate-300 bg-white p-4 text-sm">
          Chưa có tệp nào. Tệp Excel lớn (lịch sử khen thưởng, tổng hợp đăng ký) được chuẩn bị ở đây và bạn nhận thông
          báo khi xong; tệp nhỏ tải về ngay.
        </p>
      )}
    </>
  );
}
