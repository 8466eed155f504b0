/**
 * Mail and reminders as they run in production: e-mail through a real SMTP server started here and
 * read back; a server that is down, then up, receives the message once; the pg-boss worker, two
 * instances at once, sends each deadline and ballot reminder exactly once.
 */
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { notify } from "@/server/data/notifications/notify";
import { deliverDueMail } from "@/server/data/notifications/outbox";
import { scanReminders } from "@/server/data/notifications/reminders";
import { setMyNotificationPreferences } from "@/server/data/notifications/preferences";
import { setAllocations } from "@/server/data/quotas";
import { openBallot, openSession } from "@/server/data/meetings";
import { smtpSender } from "@/server/mail/transport";
import { appBaseUrl } from "@/server/mail/app-url";
import { JOBS, startWorker, type Worker } from "@/server/jobs/worker";
import { campaign } from "../support/council-campaign";
import { createActor, createTree } from "../support/factories";
import { freePort, startSmtp } from "../support/smtp";

const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
});

async function returnedNotice(unitId: string, reason: string) {
  await db().$transaction((tx) =>
    notify(tx, {
      unitId,
      kind: "BATCH_RETURNED",
      text: `Tờ trình "Giấy khen" bị trả lại: ${reason}`,
      link: "/de-nghi/to-trinh-thu",
    }),
  );
}

const outboxOf = (email: string) => db().outboxMail.findMany({ where: { toEmail: email } });

describe("e-mail", () => {
  it("reaches a real SMTP server in Vietnamese, as plain text and HTML, with a link into the app, once", async () => {
    const smtp = await startSmtp();
    stops.push(smtp.stop);
    const tree = await createTree();
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const inAppOnly = await createActor(tree.c1, ["OFFICER"]);
    await setMyNotificationPreferences(inAppOnly, []);
    await returnedNotice(tree.c1.id, "Thiếu báo cáo thành tích");
    expect(await outboxOf(inAppOnly.email)).toEqual([]);

    const send = smtpSender(smtp.url)!;
    await deliverDueMail(send, { limit: 1000 });
    const [mail, ...more] = smtp.to(officer.email);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe(`[Thi đua – Khen thưởng] Tờ trình bị trả lại · ${tree.c1.name}`);
    expect(mail!.text).toContain("Thiếu báo cáo thành tích");
    expect(mail!.text).toContain(`${appBaseUrl()}/de-nghi/to-trinh-thu`);
    expect(mail!.html).toContain(`href="${appBaseUrl()}/de-nghi/to-trinh-thu"`);
    expect(mail!.html).toContain("Kính gửi");
    const [row] = await outboxOf(officer.email);
    expect(row).toMatchObject({ status: "SENT", attempts: 1 });

    await deliverDueMail(send, { limit: 1000 });
    expect(smtp.to(officer.email)).toHaveLength(1);
  });

  it("is kept while the SMTP server is down, retried with backoff, and arrives once when it is up", async () => {
    const port = await freePort();
    const send = smtpSender(`smtp://127.0.0.1:${port}`)!;
    const tree = await createTree();
    const officer = await createActor(tree.c1, ["OFFICER"]);
    await returnedNotice(tree.c1.id, "Sai mẫu");
    const t0 = new Date(Date.now() + 1000);

    await deliverDueMail(send, { now: t0, limit: 1000 });
    let [row] = await outboxOf(officer.email);
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row!.nextAttemptAt.getTime()).toBe(t0.getTime() + 30_000);
    expect(row!.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);

    const smtp = await startSmtp(port);
    stops.push(smtp.stop);
    await deliverDueMail(send, { now: new Date(t0.getTime() + 10_000), limit: 1000 });
    expect(smtp.to(officer.email)).toEqual([]); // not due yet: the backoff holds
    await deliverDueMail(send, { now: new Date(t0.getTime() + 31_000), limit: 1000 });
    await deliverDueMail(send, { now: new Date(t0.getTime() + 32_000), limit: 1000 });
    expect(smtp.to(officer.email)).toHaveLength(1);
    [row] = await outboxOf(officer.email);
    expect(row).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("goes out through the worker's queue", async () => {
    const smtp = await startSmtp();
    stops.push(smtp.stop);
    const worker = await startWorker({ send: smtpSender(smtp.url), schedule: false, pollSeconds: 0.5 });
    stops.push(worker.stop);
    const tree = await createTree();
    const officer = await createActor(tree.c1, ["OFFICER"]);
    await returnedNotice(tree.c1.id, "Qua hàng đợi");
    await worker.boss.send(JOBS.mail, {});
    await expect.poll(() => smtp.to(officer.email).length, { timeout: 20_000, interval: 200 }).toBe(1);
  });
});

describe("reminders", () => {
  /** Deadlines no other test file uses: the scans below touch only this campaign. */
  const DEADLINE = "2098-05-20";
  const SCAN_AT = new Date("2098-05-17T02:00:00Z"); // 3 days before, in Vietnam

  it("go out exactly once across two worker instances, then once more at the next step", async () => {
    const c = await campaign({ nominees: 1, seats: 3 });
    await setAllocations(c.chair, c.formId, [
      { unitId: c.tree.c1.id, category: "", quantity: 9 },
      { unitId: c.tree.c2.id, category: "", quantity: 1 },
    ]);
    await db().plan.update({
      where: { id: c.plan.id },
      data: { registrationDeadline: new Date(DEADLINE), dossierDeadline: new Date(DEADLINE) },
    });
    // An amendment writes the form's round's deadline too (award-rounds.ts); reminders read the round's.
    await db().awardRound.updateMany({
      where: { awardFormId: c.formId },
      data: { dossierDeadline: new Date(DEADLINE) },
    });
    const seats = await c.seatIds();
    await openSession(
      c.secretary,
      c.meeting.id,
      seats.map((s) => s.id),
    );
    await openBallot(c.secretary, c.meeting.id);
    await db().councilMeeting.update({
      where: { id: c.meeting.id },
      data: { ballotOpenedAt: new Date(SCAN_AT.getTime() - 3_600_000) },
    });

    const workers: Worker[] = [];
    for (let i = 0; i < 2; i++) {
      const w = await startWorker({ send: null, schedule: false, now: () => SCAN_AT, pollSeconds: 0.5 });
      workers.push(w);
      stops.push(w.stop);
    }
    const jobs = await Promise.all(
      Array.from({ length: 6 }, (_, i) => workers[i % 2]!.boss.send(JOBS.reminders, { n: i })),
    );
    await expect
      .poll(
        async () => {
          const states = await Promise.all(jobs.map((id) => workers[0]!.boss.getJobById(JOBS.reminders, id!)));
          return states.every((j) => j?.state === "completed");
        },
        { timeout: 30_000, interval: 300 },
      )
      .toBe(true);

    const sent = await db().reminderSent.findMany({
      where: { subjectId: { in: [c.plan.id, c.meeting.id] } },
      select: { kind: true, daysBefore: true, recipient: true },
    });
    const key = (k: { kind: string; daysBefore: number; recipient: string }) =>
      `${k.kind}:${k.daysBefore}:${k.recipient}`;
    expect(sent.map(key).sort()).toEqual(
      [
        `REGISTRATION_DEADLINE:3:${c.tree.c1.id}`,
        `REGISTRATION_DEADLINE:3:${c.tree.c2.id}`,
        `DOSSIER_DEADLINE:3:${c.tree.c2.id}`,
        ...c.members.map((m) => `BALLOT_OPEN:0:${m.userId}`),
      ].sort(),
    );
    const notices = () =>
      db().notification.findMany({
        where: {
          kind: "DEADLINE_APPROACHING",
          unitId: { in: [c.tree.c1.id, c.tree.c2.id, c.tree.d1.id] },
        },
        select: { unitId: true, userId: true, text: true },
      });
    let rows = await notices();
    expect(rows.filter((n) => n.unitId === c.tree.c1.id)).toHaveLength(1);
    expect(rows.filter((n) => n.unitId === c.tree.c2.id)).toHaveLength(2);
    expect(
      rows
        .filter((n) => n.userId)
        .map((n) => n.userId)
        .sort(),
    ).toEqual(c.members.map((m) => m.userId).sort());
    expect(rows.find((n) => n.unitId === c.tree.c2.id)!.text).toContain("còn 3 ngày");

    // Three more scans at once on the same day: nothing new.
    await Promise.all([scanReminders(SCAN_AT), scanReminders(SCAN_AT), scanReminders(SCAN_AT)]);
    expect(await notices()).toHaveLength(rows.length);

    // The day before: the 1-day step, once for each unit still owing; the ballot's reminder was its only one.
    const dayBefore = new Date("2098-05-19T02:00:00Z");
    await Promise.all([scanReminders(dayBefore), scanReminders(dayBefore)]);
    rows = await notices();
    expect(rows.filter((n) => n.text.includes("còn 1 ngày"))).toHaveLength(3);
    expect(rows.filter((n) => n.userId)).toHaveLength(c.members.length);
  });

  it("reach nobody who has sent, and nobody after the deadline", async () => {
    const c = await campaign({ nominees: 1, seats: 1 });
    await db().plan.update({ where: { id: c.plan.id }, data: { registrationDeadline: new Date("2098-08-10") } });
    await db().registration.createMany({
      data: [
        { planId: c.plan.id, unitId: c.tree.c1.id, year: c.plan.year, status: "SENT" },
        { planId: c.plan.id, unitId: c.tree.c2.id, year: c.plan.year, status: "APPROVED" },
      ],
    });
    await scanReminders(new Date("2098-08-05T02:00:00Z"));
    await scanReminders(new Date("2098-08-11T02:00:00Z"));
    expect(await db().reminderSent.count({ where: { subjectId: c.plan.id } })).toBe(0);
  });
});
