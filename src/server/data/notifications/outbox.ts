import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { isPermanentMailFailure, MAX_MAIL_ATTEMPTS, retryDelayMs } from "@/domain/notifications/backoff";
import { readScope } from "../scope";

/**
 * The outbox: every e-mail the app has queued, and its delivery. Delivery is the worker's
 * (src/server/jobs): it claims due mail so two instances never send one message twice, sends,
 * and on failure leaves the mail for a later try with backoff. Nothing here waits on the action
 * that queued the mail.
 */

/** The unit's mail, for its administrators. An invitation's body (its one-time link) is never shown. */
export async function listUnitOutbox(actor: Actor, take = 100) {
  const rows = await db().outboxMail.findMany({
    where: readScope(actor, "account.manage"),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map(({ html: _html, ...m }) => ({
    ...m,
    text: m.kind === "ACCOUNT_INVITATION" ? null : m.text,
  }));
}

export type OutgoingMail = { id: string; toEmail: string; toName: string; subject: string; text: string; html: string };
export type MailSender = (mail: OutgoingMail) => Promise<void>;

/** How long a sender keeps mail it has taken before another instance may take it again. */
const CLAIM_MS = 2 * 60_000;

/**
 * Sends the mail that is due, at most `limit` messages. Returns what happened. A failure is
 * recorded on the message (never thrown): the next run tries again after `retryDelayMs`.
 */
export async function deliverDueMail(send: MailSender, opts: { now?: Date; limit?: number } = {}) {
  const now = opts.now ?? new Date();
  const claimedUntil = new Date(now.getTime() + CLAIM_MS);
  const claimed = await db().$queryRaw<OutgoingMail[]>`
    update "OutboxMail" set "claimedUntil" = ${claimedUntil}
    where id in (
      select id from "OutboxMail"
      where status = 'PENDING' and "nextAttemptAt" <= ${now} and ("claimedUntil" is null or "claimedUntil" < ${now})
      order by "nextAttemptAt", id
      limit ${opts.limit ?? 50}
      for update skip locked
    )
    returning id, "toEmail", "toName", subject, text, html`;
  const outcome = { sent: 0, retrying: 0, failed: 0 };
  for (const mail of claimed) {
    try {
      await send(mail);
      await db().outboxMail.updateMany({
        where: { id: mail.id, claimedUntil },
        data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, claimedUntil: null, lastError: null },
      });
      outcome.sent++;
    } catch (error) {
      const row = await db().outboxMail.update({
        where: { id: mail.id },
        data: { attempts: { increment: 1 }, claimedUntil: null, lastError: describe(error) },
        select: { attempts: true },
      });
      const final = isPermanentMailFailure(error as object) || row.attempts >= MAX_MAIL_ATTEMPTS;
      await db().outboxMail.update({
        where: { id: mail.id },
        data: final ? { status: "FAILED" } : { nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)) },
      });
      outcome[final ? "failed" : "retrying"]++;
    }
  }
  return outcome;
}

function describe(error: unknown): string {
  const e = error as { message?: string; responseCode?: number; code?: string };
  return [e.code, e.responseCode, e.message ?? String(error)].filter(Boolean).join(" ").slice(0, 500);
}
