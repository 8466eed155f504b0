import { describe, expect, it } from "vitest";
import { kindsForRoles, wantsEmail } from "@/domain/notifications/kinds";
import { absoluteLink, invitationMail, notificationMail } from "@/domain/notifications/mail-template";
import { reminderStep, unitsOwingDossiers } from "@/domain/notifications/reminders";
import { isPermanentMailFailure, retryDelayMs } from "@/domain/notifications/backoff";
import { countByMenu, dueInWords, sortTasks, task } from "@/domain/tasks/task";

describe("reminder steps", () => {
  it("fall 7, 3 and 1 days before; the deadline day is in the 1-day step; none after it", () => {
    const due = "2026-06-20";
    const steps = [
      "2026-06-10",
      "2026-06-13",
      "2026-06-15",
      "2026-06-17",
      "2026-06-18",
      "2026-06-19",
      "2026-06-20",
      "2026-06-21",
    ].map((today) => reminderStep(due, today));
    expect(steps).toEqual([null, 7, 7, 3, 3, 1, 1, null]);
  });

  it("dossiers are owed by units given a share that sent nothing for the form, or holding a draft", () => {
    const owing = unitsOwingDossiers(
      [
        {
          allocations: [
            { unitId: "a", quantity: 2 },
            { unitId: "b", quantity: 1 },
            { unitId: "c", quantity: 0 },
          ],
          batches: [
            { unitId: "b", status: "SUBMITTED" },
            { unitId: "d", status: "RETURNED" },
            { unitId: "e", status: "DRAFT" },
          ],
        },
      ],
      new Set(["e"]),
    );
    expect(owing.sort()).toEqual(["a", "d"]);
  });
});

describe("kinds and preferences", () => {
  it("a unit's notices are for its officers and chairs; ballots are in person only", () => {
    expect(kindsForRoles(["ADMIN"])).toEqual([]);
    expect(kindsForRoles(["COUNCIL_MEMBER"])).toEqual([]);
    expect(kindsForRoles(["OFFICER"])).toContain("BATCH_RETURNED");
    expect(kindsForRoles(["OFFICER"])).not.toContain("BALLOT_OPENED");
  });

  it("the account's choice wins over the kind's default", () => {
    expect(wantsEmail("BATCH_RETURNED", new Map())).toBe(true);
    expect(wantsEmail("BATCH_RETURNED", new Map([["BATCH_RETURNED", false]]))).toBe(false);
    expect(wantsEmail("DECISION_SIGNED", new Map([["DECISION_SIGNED", true]]))).toBe(true);
  });
});

describe("mail", () => {
  it("escapes what users typed in the HTML and links into the app", () => {
    const mail = notificationMail({
      kind: "BATCH_RETURNED",
      text: 'Lý do: <script>alert("x")</script> & "khác"',
      link: "/de-nghi/1",
      recipientName: "Nguyễn Văn A",
      unitName: "Xã Một",
      appUrl: "https://thidua.example.vn/",
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.text).toContain('<script>alert("x")</script>');
    expect(mail.text).toContain("https://thidua.example.vn/de-nghi/1");
    expect(absoluteLink("https://a.vn", "https://b.vn/x")).toBe("https://b.vn/x");
  });

  it("the invitation carries its one-time link and the roles", () => {
    const mail = invitationMail({
      name: "B",
      unitName: "Xã Một",
      roles: ["Quản trị"],
      url: "https://a.vn/moi/t",
      expires: "08/12/2026",
    });
    expect(mail.text).toContain("https://a.vn/moi/t");
    expect(mail.subject).toContain("Xã Một");
  });

  it("backs off from 30 s, doubling, to an hour; a refused message is final, a refused login is not", () => {
    expect([1, 2, 3, 8, 20].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 3_600_000, 3_600_000]);
    expect(isPermanentMailFailure({ responseCode: 550 })).toBe(true);
    expect(isPermanentMailFailure({ responseCode: 535, code: "EAUTH" })).toBe(false);
    expect(isPermanentMailFailure({ responseCode: 421 })).toBe(false);
    expect(isPermanentMailFailure({ code: "ECONNREFUSED" })).toBe(false);
  });
});

describe("task board", () => {
  it("puts urgent work first, then the nearest date, and counts per menu entry", () => {
    const today = "2026-06-10";
    const tasks = sortTasks([
      task({ key: "a", what: "A", unitName: "X", due: "2026-06-20", href: "/a", menu: "/ke-hoach" }, today),
      task({ key: "b", what: "B", unitName: "X", due: null, href: "/b", menu: "/de-nghi", urgent: true }, today),
      task({ key: "c", what: "C", unitName: "X", due: "2026-06-12", href: "/c", menu: "/ke-hoach" }, today),
    ]);
    expect(tasks.map((t) => t.key)).toEqual(["b", "c", "a"]);
    expect(tasks[1]!.daysLeft).toBe(2);
    expect(countByMenu(tasks)).toEqual({ "/ke-hoach": 2, "/de-nghi": 1 });
    expect([dueInWords(2), dueInWords(0), dueInWords(-1), dueInWords(null)]).toEqual([
      "còn 2 ngày",
      "hạn hôm nay",
      "quá hạn 1 ngày",
      null,
    ]);
  });
});
