import type { Metadata } from "next";
import Link from "next/link";
import { after } from "next/server";
import { requireOperator } from "@/server/auth/actor";
import { findUnitImportJob, needsRunner, runUnitImportJob } from "@/server/units/import-job";
import { orNotFound } from "@/server/actions/page-guard";
import { formatViDateTime } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { ImportErrors } from "@/components/ui/import-errors";
import { ActionButton } from "@/components/forms/action-button";
import { cancelUnitImportAction, confirmUnitImportAction } from "../actions";
import { JOB_STATUS_LABELS } from "../status-labels";
import { PreviewView } from "./preview-view";
import { RefreshWhileRunning } from "./refresh-while-running";

export const metadata: Metadata = { title: "Nạp danh mục: xem trước và tiến độ" };

/**
 * One import: its preview until confirmed, then its progress (re-read every 1.5 s), then what it
 * changed. Opening the page also restarts a confirmed import whose runner is gone (a restarted server).
 */
export default async function UnitImportJobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const { jobId } = await params;
  const operator = await requireOperator();
  const job = await orNotFound(findUnitImportJob(operator, jobId));
  if (needsRunner(job)) after(() => runUnitImportJob(job.id));
  const working = job.status === "QUEUED" || job.status === "RUNNING";
  const o = job.outcome;
  return (
    <>
      <PageHeader
        title="Nạp danh mục đơn vị hành chính"
        description={`${[job.listFileName, job.successionFileName].filter(Boolean).join(", ")} · tải lên lúc ${formatViDateTime(job.createdAt)}`}
      />
      <p className="mb-4 text-sm">
        Trạng thái: <strong data-testid="import-status">{JOB_STATUS_LABELS[job.status]}</strong>
      </p>
      {working ? (
        <div className="mb-6 max-w-xl space-y-2">
          <RefreshWhileRunning />
          <label htmlFor="tien-do" className="block text-sm font-medium">
            Tiến độ: {job.processed}/{job.total} dòng
          </label>
          <progress id="tien-do" max={Math.max(job.total, 1)} value={job.processed} className="w-full" />
          <p className="text-sm text-slate-700">
            Có thể tải lại hoặc rời trang: việc nạp vẫn tiếp tục. Mọi thay đổi được ghi cùng lúc khi xong.
          </p>
        </div>
      ) : null}
      {job.status === "DONE" && o ? (
        <div className="mb-6">
          <Notice tone="success">
            Đã nạp xong: thêm {o.created}, cập nhật {o.updated}, không đổi {o.unchanged} đơn vị; thêm {o.linksCreated},
            cập nhật {o.linksUpdated} liên kết kế thừa.
          </Notice>
        </div>
      ) : null}
      {job.errors.length ? (
        <div className="mb-6">
          <ImportErrors
            heading={`Không nạp gì: các tệp có ${job.errors.length} lỗi cần sửa`}
            columns={["Tệp", "Dòng"]}
            rows={job.errors.map((e) => ({
              place: [e.file === "list" ? "Danh mục" : "Danh sách kế thừa", e.line],
              message: e.message,
            }))}
          />
        </div>
      ) : null}
      {job.status === "PREVIEW" && job.errors.length === 0 ? (
        <div className="mb-6 flex flex-wrap gap-3">
          <ActionButton
            action={confirmUnitImportAction.bind(null, job.id)}
            label="Xác nhận và nạp"
            pendingLabel="Đang bắt đầu…"
          />
          <ActionButton
            action={cancelUnitImportAction.bind(null, job.id)}
            label="Huỷ"
            pendingLabel="Đang huỷ…"
            variant="secondary"
            redirectTo="/he-thong/nhap-don-vi"
          />
        </div>
      ) : null}
      <PreviewView preview={job.preview} />
      <p className="mt-6 text-sm">
        <Link href="/he-thong/nhap-don-vi" className="text-blue-800 underline">
          Tải lên tệp khác
        </Link>
      </p>
    </>
  );
}
