import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/env";
import { deliverDueMail, type MailSender } from "@/server/data/notifications/outbox";
import { scanReminders } from "@/server/data/notifications/reminders";
import { smtpSender } from "@/server/mail/transport";
import { runExportJob, sweepExpiredExports } from "@/server/services/background-exports";
import type { FileStorage } from "@/server/storage/file-storage";
import { EXPORT_JOB } from "./queue";

/**
 * The background worker: a pg-boss queue in PostgreSQL (schema `pgboss`). Its jobs, the timed ones on a
 * schedule pg-boss keeps in the database, so they survive restarts and run once per tick however
 * many instances work the queue (each instance runs a worker; they share it):
 *  - `reminders.scan` every 10 minutes: deadline and ballot reminders (exactly once each by their
 *    ReminderSent key, whichever instance scans);
 *  - `mail.deliver` every minute, when SMTP is configured: sends what the outbox holds, with
 *    backoff on failure (claimed rows, so two instances never send one message twice).
 *  - `export.build` when a user asks for an export too large for a request (sent in the transaction
 *    that records it, queue.ts): makes, stores and announces the file once (the row is claimed);
 *  - `export.sweep` daily: removes background exports past their day.
 * No timer of the app's own: a job missed while every instance was down runs at the next tick.
 */

export const JOBS = {
  reminders: "reminders.scan",
  mail: "mail.deliver",
  export: EXPORT_JOB,
  exportSweep: "export.sweep",
} as const;

/** An export job cut short (its instance stopped) is retried after this; see STALE_RUNNING_MS. */
const EXPORT_EXPIRE_SECONDS = 30 * 60;

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
    /** Where background exports are stored (tests: a folder of their own); default: the app's store. */
    storage?: FileStorage;
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
  // Retried once if its instance stops mid-way (the row, claimed RUNNING, is taken again when stale).
  await boss.createQueue(JOBS.export, { name: JOBS.export, retryLimit: 1, expireInSeconds: EXPORT_EXPIRE_SECONDS });
  await boss.work<{ exportId: string }>(JOBS.export, polling, async (jobs) => {
    for (const job of jobs) await runExportJob(job.data.exportId, { storage: opts.storage });
  });
  await boss.createQueue(JOBS.exportSweep, { name: JOBS.exportSweep, retryLimit: 1 });
  await boss.work(JOBS.exportSweep, polling, async () => {
    await sweepExpiredExports({ storage: opts.storage });
  });
  if (send) {
    await boss.createQueue(JOBS.mail, { name: JOBS.mail, retryLimit: 0 });
    await boss.work(JOBS.mail, polling, async () => {
      await deliverDueMail(send);
    });
  }
  if (opts.schedule ?? true) {
    await boss.schedule(JOBS.reminders, "*/10 * * * *", {}, { tz: "Asia/Ho_Chi_Minh" });
    await boss.schedule(JOBS.exportSweep, "30 2 * * *", {}, { tz: "Asia/Ho_Chi_Minh" });
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
