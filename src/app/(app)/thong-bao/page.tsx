import Link from "next/link";
import { requireActor } from "@/server/auth/actor";
import { can } from "@/domain/auth/permissions";
import { kindLabel } from "@/domain/notifications/kinds";
import { formatViDateTime } from "@/lib/dates";
import { listMyNotifications } from "@/server/data/notifications/centre";
import { listMyNotificationPreferences } from "@/server/data/notifications/preferences";
import { PageHeader } from "@/components/ui/page-header";
import { ActionButton } from "@/components/forms/action-button";
import { markAllReadAction } from "./actions";
import { PreferencesForm } from "./preferences-form";

export default async function NotificationsPage() {
  const actor = await requireActor();
  const [notifications, preferences] = await Promise.all([
    listMyNotifications(actor),
    listMyNotificationPreferences(actor),
  ]);
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <>
      <PageHeader
        title="Thông báo"
        description={`${actor.unit.name} · ${unread ? `${unread} chưa đọc` : "đã đọc hết"}`}
        actions={
          <>
            {unread ? (
              <ActionButton
                action={markAllReadAction}
                label="Đánh dấu đã đọc tất cả"
                pendingLabel="Đang đánh dấu…"
                variant="secondary"
              />
            ) : null}
            {can(actor.roles, "account.manage") ? (
              <Link href="/thong-bao/thu-di" className="self-start text-sm underline">
                Hộp thư đi của đơn vị
              </Link>
            ) : null}
          </>
        }
      />
      <section aria-labelledby="danh-sach" className="mb-8">
        <h2 id="danh-sach" className="sr-only">
          Danh sách thông báo
        </h2>
        {notifications.length ? (
          <ul
            className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white"
            data-testid="notifications"
          >
            {notifications.map((n) => (
              <li key={n.id} className={n.readAt ? "" : "bg-amber-50"} data-read={n.readAt ? "1" : "0"}>
                {/* A plain link: following it marks the notice read (a prefetch must not). */}
                <a
                  href={`/thong-bao/${n.id}`}
                  className="block px-4 py-3 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
                >
                  <span className="block text-xs font-medium text-slate-700">
                    {kindLabel(n.kind)} · {formatViDateTime(n.createdAt)}
                    {n.readAt ? null : <span className="ml-2 rounded bg-amber-400 px-1 text-slate-900">Chưa đọc</span>}
                  </span>
                  <span className={`block text-sm ${n.readAt ? "text-slate-800" : "font-semibold text-slate-900"}`}>
                    {n.text}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded-lg border border-slate-300 bg-white p-4 text-sm">Chưa có thông báo nào.</p>
        )}
      </section>
      <section aria-labelledby="cai-dat" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="cai-dat" className="mb-2 font-semibold">
          Nhận qua thư điện tử ({actor.email})
        </h2>
        <PreferencesForm kinds={preferences} />
      </section>
    </>
  );
}
