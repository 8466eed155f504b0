import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/env";
import type { MailSender } from "@/server/data/notifications/outbox";

/**
 * Sending through any SMTP server (`SMTP_URL`: smtp:// with STARTTLS when offered, or smtps://).
 * Without SMTP_URL there is no sender: mail stays in the outbox for administrators to read.
 */
export function smtpSender(url = env().SMTP_URL, from = env().MAIL_FROM): MailSender | null {
  if (!url) return null;
  // Short timeouts: a mail server that hangs holds up only the worker's run, which tries again later.
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return async (mail) => {
    await transport.sendMail({
      from,
      to: { name: mail.toName, address: mail.toEmail },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // One id per outbox row: a receiving server or client can tell a resend from a new message.
      messageId: `<${mail.id}@thidua>`,
    });
  };
}
