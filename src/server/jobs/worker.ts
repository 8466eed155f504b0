import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/env";
import { deliverDueMail, type MailSender } from "@/server/data/notifications/outbox";
import { scanReminders } from "@/server/data/notifications/reminders";
import { smtpSender } from "@/server/mail/transport";

/**
 * The background worker: a pg-boss queue in PostgreSQL (schema `pgboss`). Two jobs, each on a
 * schedule pg-boss keeps in the database, so they survive restarts and run once per tick however
 * many instances work the queue (each instance runs a worker; they share it):
 *  - `reminders.scan` every 10 minutes: deadline and ballot reminders (exactly once each by their
 *    ReminderSent key, whichever instance scans);
 *  - `mail.deliver` every minute, when SMTP is configured: sends what the outbox holds, with
 *    backoff on failure (claimed rows, so two instances never send one message twice).
 * No timer of the app's own: a job missed while every instance was down runs at the next tick.
 */

export const JOBS = { reminders: "reminders.scan", mail: "mail.deliver" } as const;

export type Worker = { boss: PgBoss; stop: () => Promise<void> };

export async function startWorker(
  opts: {
    connectionString?: string;
    /** Overrides SMTP_URL's sender (tests: a server they started); null: no mail delivery. */
    send?: MailSender | null;
    /** false: no schedules (tests send the jobs themselves). */
    schedule?: boolean;
    /** The clock the reminder scan reads (tests: a fixed day). */
    now?: () => Date;
    /** How often an idle worker asks for jobs (pg-boss's default: 2 s). */
    pollSeconds?: number;
  } = {},
): Promise<Worker> {
  const boss = new PgBoss({
    connectionString: opts.connectionString ?? env().DATABASE_URL,
    schema: "pgboss",
    application_name: "thidua-worker",
    max: 3,
  });
  boss.on("error", (error) => console.error("[worker]", error));
  await boss.start();
  const send = opts.send === undefined ? smtpSender() : opts.send;
  await boss.createQueue(JOBS.reminders, { name: JOBS.reminders, retryLimit: 2 });
  const polling = { pollingIntervalSeconds: opts.pollSeconds ?? 2 };
  await boss.work(JOBS.reminders, polling, async () => {
    await scanReminders(opts.now?.() ?? new Date());
  });
  if (send) {
    await boss.createQueue(JOBS.mail, { name: JOBS.mail, retryLimit: 0 });
    await boss.work(JOBS.mail, polling, async () => {
      await deliverDueMail(send);
    });
  }
  if (opts.schedule ?? true) {
    await boss.schedule(JOBS.reminders, "*/10 * * * *", {}, { tz: "Asia/Ho_Chi_Minh" });
    if (send) await boss.schedule(JOBS.mail, "* * * * *");
    else await boss.unschedule(JOBS.mail).catch(() => undefined);
  }
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}

/**
 * Starts this instance's worker unless WORKER=0. A failure to start is logged, never thrown: the
 * app serves pages without it, and another instance (or the next start) does the work.
 */
export async function startBackgroundWork(): Promise<void> {
  if (env().WORKER === "0") return;
  try {
    // Not stopped on exit: a job cut short is retried by pg-boss once it expires.
    await startWorker();
  } catch (error) {
    console.error("[worker] not started:", error);
  }
}
