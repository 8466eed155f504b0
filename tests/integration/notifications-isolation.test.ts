/**
 * Notifications, their mail (Notification, OutboxMail) and the task board, seen from inside and
 * outside the unit. Each event writes its notice for the right people — the unit's officers and
 * chairs, or the council members in person — and nobody else: an account of a sibling commune,
 * another district or province, whatever its roles, reads none of it, marks none of it read,
 * finds none of it in its outbox or on its board, and its preferences touch only its own account.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import type { RoleCode } from "@/domain/auth/permissions";
import type { Actor } from "@/server/auth/actor-types";
import { createBatch, returnBatch, submitBatch } from "@/server/data/nominations/batches";
import { addNominee } from "@/server/data/nominations/nominees";
import { reviewRegistration } from "@/server/data/registration-review";
import { openBallot, openSession } from "@/server/data/meetings";
import { castVotes, closeBallot } from "@/server/data/ballot";
import { decideItem, revokeAward, signDecision } from "@/server/data/decisions";
import {
  countMyUnread,
  listMyNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from "@/server/data/notifications/centre";
import { listMyNotificationPreferences, setMyNotificationPreferences } from "@/server/data/notifications/preferences";
import { listUnitOutbox } from "@/server/data/notifications/outbox";
import { scanReminders } from "@/server/data/notifications/reminders";
import { officerTasks } from "@/server/data/tasks/officer";
import { reviewerTasks } from "@/server/data/tasks/review";
import { councilTasks } from "@/server/data/tasks/council";
import { chairTasks } from "@/server/data/tasks/chair";
import { adminTasks } from "@/server/data/tasks/admin";
import { pendingWorkPerUnit, taskBoard } from "@/server/data/tasks/board";
import { badgeCounts } from "@/domain/tasks/task";
import { campaign, itemsOf, type Campaign } from "../support/council-campaign";
import { createActor, createPersonRow, type TestUnit } from "../support/factories";

const EVERY_ROLE: RoleCode[] = ["ADMIN", "OFFICER", "REVIEWER", "COUNCIL_MEMBER", "CHAIR"];
/** Deadlines no other test file uses, so this file's reminder scan touches only its own plan. */
const REGISTRATION_DEADLINE = "2097-03-14";
const DOSSIER_DEADLINE = "2097-03-15";
const SCAN_AT = new Date("2097-03-12T02:00:00Z");

let c: Campaign;
let commune: { officer: Actor; chair: Actor; admin: Actor; member: Actor };
let sibling: Actor;
let ballotTasks: Map<string, string[]>;
let returnedBatchId: string;

const kindsOf = async (actor: Actor) => (await listMyNotifications(actor)).map((n) => n.kind).sort();

beforeAll(async () => {
  c = await campaign({ nominees: 2, seats: 3, cashValue: 100_000 });
  commune = {
    officer: c.officer,
    chair: await createActor(c.tree.c1, ["CHAIR"]),
    admin: await createActor(c.tree.c1, ["ADMIN"]),
    member: await createActor(c.tree.c1, ["COUNCIL_MEMBER"]),
  };
  sibling = await createActor(c.tree.c2, ["OFFICER"]);
  // Registration: returned, then sent again and approved.
  const reg = await db().registration.create({
    data: { planId: c.plan.id, unitId: c.tree.c1.id, year: c.plan.year, status: "SENT" },
  });
  await reviewRegistration(c.chair, reg.id, "return", "Thiếu nội dung cam kết");
  await db().registration.update({ where: { id: reg.id }, data: { status: "SENT" } });
  await reviewRegistration(c.chair, reg.id, "approve");
  // A second tờ trình of the commune, returned.
  const batch = await createBatch(c.officer, c.formId);
  const person = await createPersonRow(c.tree.c1, "Trần Thị Trả Lại");
  await addNominee(c.officer, batch.id, {
    kind: "INDIVIDUAL",
    personId: person.id,
    category: "",
    summary: "Thành tích",
    periodFrom: "2026-01-01",
    periodTo: "2026-12-31",
  });
  await submitBatch(c.officer, batch.id);
  await returnBatch(c.chair, batch.id, "Bổ sung báo cáo thành tích");
  returnedBatchId = batch.id;
  // The ballot: the board of each member while it is open, then all agree and it closes.
  const seats = await c.seatIds();
  await openSession(
    c.secretary,
    c.meeting.id,
    seats.map((s) => s.id),
  );
  await openBallot(c.secretary, c.meeting.id);
  ballotTasks = new Map(
    await Promise.all(
      [...c.members, c.chair].map(
        async (m) => [m.userId, (await councilTasks(m)).map((t) => t.action ?? t.what)] as const,
      ),
    ),
  );
  const items = await itemsOf(c.secretary, c.meeting.id);
  for (const m of c.members)
    await castVotes(
      m,
      c.meeting.id,
      items.map((i) => ({ itemId: i.id, choice: "AGREE" as const })),
    );
  await closeBallot(c.secretary, c.meeting.id);
  // Approval, decision, revocation.
  await decideItem(c.chair, items[0]!.id, { approve: true });
  const decision = await signDecision(c.chair, c.plan.id, {
    awardFormId: c.formId,
    decidedOn: "2026-11-20",
    signerName: "Người Ký",
    budgetSource: "Quỹ",
  });
  const award = await db().awardRecord.findFirstOrThrow({ where: { decisionId: decision.id } });
  await revokeAward(c.chair, award.id, { reason: "Vi phạm", decisionNumber: "9/QĐ-UBND", revokedOn: "2026-11-25" });
  // Deadlines a few days ahead: the sibling commune has not registered.
  await db().plan.update({
    where: { id: c.plan.id },
    data: { registrationDeadline: new Date(REGISTRATION_DEADLINE), dossierDeadline: new Date(DOSSIER_DEADLINE) },
  });
  // An amendment writes the form's round's deadline too (award-rounds.ts); reminders read the round's.
  await db().awardRound.updateMany({
    where: { awardFormId: c.formId },
    data: { dossierDeadline: new Date(DOSSIER_DEADLINE) },
  });
  await scanReminders(SCAN_AT);
});

describe("each event notifies the right people", () => {
  it("the commune's officers and chair read its notices; its administrator and council member do not", async () => {
    const expected = [
      "AWARD_REVOKED",
      "BATCH_ACCEPTED",
      "BATCH_ACCEPTED",
      "BATCH_RETURNED",
      "DECISION_SIGNED",
      "PLAN_ISSUED",
      "REGISTRATION_APPROVED",
      "REGISTRATION_RETURNED",
    ];
    // campaign() accepted one tờ trình; the second was returned (its acceptance came from the first).
    const officerKinds = await kindsOf(commune.officer);
    expect(officerKinds).toEqual(expected.filter((k, i) => k !== "BATCH_ACCEPTED" || i === 1));
    expect(await kindsOf(commune.chair)).toEqual(officerKinds);
    expect(await kindsOf(commune.admin)).toEqual([]);
    expect(await kindsOf(commune.member)).toEqual([]);
    const returned = (await listMyNotifications(commune.officer)).find((n) => n.kind === "BATCH_RETURNED")!;
    expect(returned.link).toBe(`/de-nghi/${returnedBatchId}`);
    expect(returned.text).toContain("Bổ sung báo cáo thành tích");
  });

  it("the sibling commune hears of the plan and of its own deadline only", async () => {
    const notices = await listMyNotifications(sibling);
    expect(notices.map((n) => n.kind).sort()).toEqual(["DEADLINE_APPROACHING", "PLAN_ISSUED"]);
    expect(notices.find((n) => n.kind === "DEADLINE_APPROACHING")!.text).toContain("còn 2 ngày");
  });

  it("the ballot reaches each council member in person, with one click to vote while it is open", async () => {
    for (const m of c.members) {
      expect(await kindsOf(m)).toEqual(["BALLOT_CLOSED", "BALLOT_OPENED"]);
      expect(ballotTasks.get(m.userId)).toEqual(["Bỏ phiếu ngay"]);
      expect(await councilTasks(m)).toEqual([]);
    }
    // The district's chair holds no seat: no ballot notice, no ballot task. What it hears of is the
    // tờ trình sent to it (it reviews there).
    expect(new Set(await kindsOf(c.chair))).toEqual(new Set(["BATCH_SUBMITTED"]));
    expect(ballotTasks.get(c.chair.userId)).toEqual([]);
  });

  it("mail goes to those who want it by e-mail, in the unit of the notice", async () => {
    const mails = await db().outboxMail.findMany({
      where: { unitId: { in: [c.tree.c1.id, c.tree.c2.id, c.tree.d1.id] } },
    });
    const commune1 = new Set([commune.officer.email, commune.chair.email]);
    for (const m of mails.filter((x) => x.unitId === c.tree.c1.id)) expect(commune1.has(m.toEmail)).toBe(true);
    // By default: a returned tờ trình and registration, the plan issued and the revocation come by e-mail.
    expect(
      mails
        .filter((m) => m.toEmail === commune.officer.email)
        .map((m) => m.kind)
        .sort(),
    ).toEqual(["AWARD_REVOKED", "BATCH_RETURNED", "REGISTRATION_RETURNED"]);
    const ballotMail = mails
      .filter((m) => m.kind === "BALLOT_OPENED")
      .map((m) => m.toEmail)
      .sort();
    expect(ballotMail).toEqual(c.members.map((m) => m.email).sort());
    expect(mails.find((m) => m.kind === "BATCH_RETURNED")!.text).toContain(`/de-nghi/${returnedBatchId}`);
  });

  it("read and unread are per account", async () => {
    const before = await countMyUnread(commune.chair);
    const first = (await listMyNotifications(commune.officer))[0]!;
    expect(await markNotificationRead(commune.officer, first.id)).toBe(first.link);
    expect(await countMyUnread(commune.chair)).toBe(before);
    expect(await countMyUnread(commune.officer)).toBe(before - 1);
    await markAllNotificationsRead(commune.officer);
    expect(await countMyUnread(commune.officer)).toBe(0);
    expect(await countMyUnread(commune.chair)).toBe(before);
  });

  it("preferences are the account's own", async () => {
    await setMyNotificationPreferences(commune.chair, ["DECISION_SIGNED"]);
    const prefs = await listMyNotificationPreferences(commune.chair);
    expect(prefs.filter((p) => p.email).map((p) => p.kind)).toEqual(["DECISION_SIGNED"]);
    expect((await listMyNotificationPreferences(commune.officer)).find((p) => p.kind === "BATCH_RETURNED")!.email).toBe(
      true,
    );
  });
});

describe("the board finds the work", () => {
  it("the commune officer has the returned tờ trình, linked to it", async () => {
    const tasks = await officerTasks(commune.officer);
    expect(tasks.find((t) => t.key === `batch-returned:${returnedBatchId}`)).toMatchObject({
      href: `/de-nghi/${returnedBatchId}`,
      what: expect.stringContaining("Bổ sung báo cáo thành tích"),
      unitName: expect.stringContaining("Huyện Một"),
      urgent: true,
    });
    const counts = badgeCounts(tasks);
    expect(counts["/de-nghi"]).toBeGreaterThanOrEqual(1);
  });

  it("the sibling commune is due to register, with the days left", async () => {
    const tasks = await taskBoard(sibling, SCAN_AT);
    expect(tasks.find((t) => t.key === `registration-due:${c.plan.id}`)).toMatchObject({
      due: REGISTRATION_DEADLINE,
      daysLeft: 2,
      href: `/ke-hoach/${c.plan.id}/dang-ky`,
    });
  });

  it("the district chair has the remaining approval", async () => {
    expect((await chairTasks(c.chair)).map((t) => t.key)).toContain(`approve:${c.plan.id}`);
    expect(await reviewerTasks(c.chair)).toEqual([]);
  });

  it("an account of two units sees each unit's work", async () => {
    const both = await createActor(c.tree.c2, ["OFFICER"], [{ unit: c.tree.c1, roles: ["OFFICER"] }]);
    const perUnit = await pendingWorkPerUnit(both, SCAN_AT);
    expect(perUnit[c.tree.c2.id]).toBeGreaterThanOrEqual(1);
    expect(Object.keys(perUnit).sort()).toEqual([c.tree.c1.id, c.tree.c2.id].sort());
  });
});

describe("nobody outside the unit reaches it", () => {
  const ownerIds = async () => {
    const rows = await db().notification.findMany({
      where: { unitId: { in: [c.tree.c1.id, c.tree.c2.id, c.tree.d1.id] } },
      select: { id: true },
    });
    return new Set(rows.map((r) => r.id));
  };

  it.each(["d2", "c3", "p2", "c4"] as const)("from %s, with every role", async (key) => {
    const unit: TestUnit = c.tree[key];
    const outsider = await createActor(unit, EVERY_ROLE);
    const owners = await ownerIds();
    expect(owners.size).toBeGreaterThan(10);
    const seen = await listMyNotifications(outsider);
    expect(seen.filter((n) => owners.has(n.id))).toEqual([]);
    expect(await countMyUnread(outsider)).toBe(0);
    for (const id of owners)
      await expect(markNotificationRead(outsider, id)).rejects.toMatchObject({ kind: "not_found" });
    await markAllNotificationsRead(outsider);
    expect(await db().notificationRead.count({ where: { userId: outsider.userId } })).toBe(0);
    const mailIds = new Set(
      (await db().outboxMail.findMany({ where: { unitId: { in: [c.tree.c1.id, c.tree.c2.id, c.tree.d1.id] } } })).map(
        (m) => m.id,
      ),
    );
    expect((await listUnitOutbox(outsider)).filter((m) => mailIds.has(m.id))).toEqual([]);
    const mentions = (tasks: { href: string }[]) =>
      tasks.filter((t) => [c.plan.id, c.meeting.id, returnedBatchId].some((id) => t.href.includes(id)));
    expect(mentions(await taskBoard(outsider, SCAN_AT))).toEqual([]);
    expect(mentions(await officerTasks(outsider, SCAN_AT))).toEqual([]);
    expect(mentions(await reviewerTasks(outsider, SCAN_AT))).toEqual([]);
    expect(mentions(await councilTasks(outsider, SCAN_AT))).toEqual([]);
    expect(mentions(await chairTasks(outsider, SCAN_AT))).toEqual([]);
    expect(await adminTasks(outsider, SCAN_AT)).toEqual([]);
    await setMyNotificationPreferences(outsider, []);
    expect(await db().notificationPreference.count({ where: { userId: outsider.userId } })).toBeGreaterThan(0);
    expect(await db().notificationPreference.count({ where: { userId: commune.officer.userId } })).toBe(0);
  });

  it("a unit's administrator reads its outbox, never an invitation's link", async () => {
    const mails = await listUnitOutbox(commune.admin);
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.every((m) => m.unitId === c.tree.c1.id)).toBe(true);
    expect(await listUnitOutbox(await createActor(c.tree.c2, ["ADMIN"]))).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ unitId: c.tree.c1.id })]),
    );
  });
});
