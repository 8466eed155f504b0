import { requirePermission } from "@/server/auth/actor";
import { env } from "@/env";
import { kindLabel } from "@/domain/notifications/kinds";
import { formatViDateTime } from "@/lib/dates";
import { listUnitOutbox } from "@/server/data/notifications/outbox";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";

const STATUS = { PENDING: "Chờ gửi", SENT: "Đã gửi", FAILED: "Không gửi được" } as const;

/**
 * Hộp thư đi: every e-mail the app queued for the unit's people, sent or not. Without SMTP_URL
 * nothing leaves, and this page is where the mail is read (the demo shows it here).
 */
export default async function OutboxPage() {
  const actor = await requirePermission("account.manage");
  const mails = await listUnitOutbox(actor);
  const smtp = Boolean(env().SMTP_URL);
  return (
    <>
      <PageHeader title="Hộp thư đi" description={`${actor.unit.name} · 100 thư gần nhất`} />
      <div className="mb-4">
        <Notice tone="info">
          {smtp
            ? "Thư được gửi qua máy chủ SMTP đã cấu hình; thư gửi lỗi được thử lại sau 30 giây, rồi thưa dần (tối đa 1 giờ một lần) trong khoảng một ngày."
            : "Chưa cấu hình máy chủ thư (SMTP_URL): thư không được gửi đi mà lưu tại đây, để quản trị đọc và chuyển cho người nhận."}
        </Notice>
      </div>
      {mails.length ? (
        <ul className="space-y-3" data-testid="outbox">
          {mails.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-300 bg-white p-4">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{m.subject}</span>
                  <span className="block text-sm text-slate-700">
                    Tới {m.toName} &lt;{m.toEmail}&gt; · {kindLabel(m.kind)} · {formatViDateTime(m.createdAt)} ·{" "}
                    <strong>{STATUS[m.status]}</strong>
                    {m.sentAt ? ` lúc ${formatViDateTime(m.sentAt)}` : ""}
                    {m.attempts > 0 && m.status !== "SENT" ? ` · đã thử ${m.attempts} lần` : ""}
                  </span>
                </summary>
                {m.lastError && m.status !== "SENT" ? (
                  <p className="mt-2 text-sm text-red-800">Lỗi lần gửi gần nhất: {m.lastError}</p>
                ) : null}
                <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-slate-50 p-3 text-sm">
                  {m.text ??
                    "Thư mời chứa liên kết dùng một lần: nội dung không hiển thị tại đây. Cần liên kết mới, hãy cấp lại lời mời."}
                </pre>
              </details>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-slate-300 bg-white p-4 text-sm">Chưa có thư nào.</p>
      )}
    </>
  );
}
