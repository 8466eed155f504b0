import { kindLabel, type NotificationKindCode } from "./kinds";

/**
 * The e-mail of a notification, in Vietnamese, as plain text and HTML: what happened, for which
 * unit, and the link into the app. The invitation's body carries its one-time link, so it is
 * written by `invitationMail` and never shown on the outbox page.
 */

export type Mail = { subject: string; text: string; html: string };

const FOOTER_TEXT = "Thư gửi tự động từ hệ thống Thi đua – Khen thưởng; vui lòng không trả lời thư này.";

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** `base` + a path of the app ("/de-nghi/…"), without doubled slashes. */
export function absoluteLink(base: string, link: string): string {
  return /^https?:\/\//.test(link) ? link : `${base.replace(/\/+$/, "")}/${link.replace(/^\/+/, "")}`;
}

function layout(input: { greeting: string; lines: string[]; action: { label: string; url: string }; after: string[] }) {
  const text = [
    input.greeting,
    "",
    ...input.lines,
    "",
    `${input.action.label}: ${input.action.url}`,
    ...(input.after.length ? ["", ...input.after] : []),
    "",
    "—",
    FOOTER_TEXT,
  ].join("\n");
  const html = [
    '<!doctype html><html lang="vi"><body style="font-family:Arial,sans-serif;font-size:15px;color:#1e293b">',
    `<p>${escapeHtml(input.greeting)}</p>`,
    ...input.lines.map((l) => `<p>${escapeHtml(l)}</p>`),
    `<p><a href="${escapeHtml(input.action.url)}" style="display:inline-block;padding:8px 16px;background:#9f1239;color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(input.action.label)}</a></p>`,
    ...input.after.map((l) => `<p style="color:#475569">${escapeHtml(l)}</p>`),
    `<hr><p style="font-size:12px;color:#64748b">${escapeHtml(FOOTER_TEXT)}</p>`,
    "</body></html>",
  ].join("\n");
  return { text, html };
}

/** A notification's mail to one account of `unitName`. */
export function notificationMail(input: {
  kind: NotificationKindCode;
  text: string;
  link: string;
  recipientName: string;
  unitName: string;
  appUrl: string;
}): Mail {
  const subject = `[Thi đua – Khen thưởng] ${kindLabel(input.kind)} · ${input.unitName}`;
  const body = layout({
    greeting: `Kính gửi ${input.recipientName},`,
    lines: [input.text, `Đơn vị: ${input.unitName}.`],
    action: { label: "Mở trên hệ thống", url: absoluteLink(input.appUrl, input.link) },
    after: [`Chọn loại thông báo nhận qua thư tại ${absoluteLink(input.appUrl, "/thong-bao")}.`],
  });
  return { subject, ...body };
}

/** The invitation to take roles in a unit, with its one-time link (valid until `expires`, dd/mm/yyyy hh:mm). */
export function invitationMail(input: {
  name: string;
  unitName: string;
  roles: string[];
  url: string;
  expires: string;
}): Mail {
  const subject = `[Thi đua – Khen thưởng] Lời mời tham gia ${input.unitName}`;
  const body = layout({
    greeting: `Kính gửi ${input.name},`,
    lines: [
      `Quản trị hệ thống Thi đua – Khen thưởng mời anh/chị làm việc tại ${input.unitName} với vai trò: ${input.roles.join(", ")}.`,
      `Liên kết dưới đây dùng được một lần, đến ${input.expires}.`,
    ],
    action: { label: "Nhận lời mời", url: input.url },
    after: ["Nếu anh/chị không chờ lời mời này, hãy bỏ qua thư."],
  });
  return { subject, ...body };
}
