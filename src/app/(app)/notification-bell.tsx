import Link from "next/link";

/** The bell in the header: a link to the notification centre with the number not yet read. */
export function NotificationBell({ unread }: { unread: number }) {
  return (
    <Link
      href="/thong-bao"
      data-testid="notification-bell"
      aria-label={unread ? `Thông báo, ${unread} chưa đọc` : "Thông báo"}
      className="relative inline-flex items-center rounded-md p-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-white"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread ? (
        <span
          aria-hidden="true"
          className="absolute -right-1 -top-1 min-w-5 rounded-full bg-amber-400 px-1 text-center text-xs font-bold text-slate-900"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
