import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { amendPlan, cascadePlan, transitionPlan } from "@/server/data/plans";
import { PLAN_INCLUDE, planFormValues } from "@/server/data/plan-mapping";
import { ZPlanInput } from "@/schemas/plan";
import { createBatch, submitBatch } from "@/server/data/nominations/batches";
import { addNominee } from "@/server/data/nominations/nominees";
import { setAllocations } from "@/server/data/quotas";
import { scanReminders } from "@/server/data/notifications/reminders";
import { officerTasks } from "@/server/data/tasks/officer";
import { reviewerTasks } from "@/server/data/tasks/review";
import { approveAllPassed } from "@/server/data/approval-bulk";
import { campaign, passAll } from "../support/council-campaign";
import { districtPlan } from "../support/district-plan";
import { createActor, createPersonRow, uid } from "../support/factories";

/**
 * Issue 12 (rounds, point 1, with point 5): what each round of a recurring form means between
 * levels and on the boards — a proposal on a cascaded copy lands in the higher form's round of
 * the same key; "Phê duyệt tất cả người đạt" approves the round shown, against that round's number;
 * reminders and the task boards count down to each round's own deadline, not the plan's.
 */

/** The town's 2021–2030 plan, given yearly and at its sơ kết and tổng kết, each year due 15/12. */
const yearlyTown = () =>
  districtPlan({
    quota: 3,
    dossier: false,
    recurrence: "YEARLY_AND_REVIEWS",
    roundDeadline: "15/12",
    periodFrom: "2021-01-01",
    periodTo: "2030-12-31",
    dossierDeadline: "",
    phases: [
      { name: "Sơ kết giai đoạn 2021–2025", reviewDate: "2025-11-20" },
      { name: "Tổng kết giai đoạn 2021–2030", reviewDate: "2030-11-20" },
    ],
  });

const roundsOf = (awardFormId: string) =>
  db().awardRound.findMany({ where: { awardFormId }, orderBy: { position: "asc" } });

describe("a batch on a cascaded form goes to the higher form's round of the same key", () => {
  it("a ward filing for its 2026 (or 2025, or sơ kết) round lands in the town's 2026 (2025, sơ kết) round", async () => {
    const town = await yearlyTown();
    const wardChair = await createActor(town.tree.c1, ["CHAIR", "OFFICER"]);
    const ward = await cascadePlan(wardChair, town.plan.id);
    await transitionPlan(wardChair, ward.id, "issue", { issuedOn: "2021-02-01" });
    const copyId = ward.awardForms[0]!.id;
    const [townRounds, wardRounds] = [await roundsOf(town.formId), await roundsOf(copyId)];
    expect(wardRounds.map((r) => r.key)).toEqual(townRounds.map((r) => r.key));
    const officer = await createActor(town.tree.c1, ["OFFICER"]);

    for (const key of ["Y2026", "Y2025", "R:Sơ kết giai đoạn 2021–2025"]) {
      const batch = await createBatch(officer, copyId, wardRounds.find((r) => r.key === key)!.id);
      expect(batch).toMatchObject({ awardFormId: town.formId, planId: town.plan.id });
      expect(batch.roundId).toBe(townRounds.find((r) => r.key === key)!.id);
    }
    // A round of another form is refused, not silently replaced by the town's current one.
    await expect(createBatch(officer, copyId, townRounds[0]!.id)).rejects.toMatchObject({ kind: "validation" });
  });
});

describe("approving all passed nominees of one round", () => {
  /** A form given yearly in 2025 and 2026, 2 places a round; the council passed two nominees of each round. */
  async function twoRounds() {
    const c = await campaign({ nominees: 4, seats: 3, quota: 2, years: [2025, 2026] });
    const items = await passAll(c);
    const [y2025, y2026] = c.rounds as [(typeof c.rounds)[number], (typeof c.rounds)[number]];
    const roundOfItem = async (roundId: string) =>
      db().meetingItem.findMany({
        where: { nominee: { batch: { roundId } } },
        orderBy: { position: "asc" },
        select: { id: true, approval: true },
      });
    return { c, items, y2025, y2026, roundOfItem };
  }

  it("approves round A's passed nominees and leaves round B's untouched; each round's 2 places are its own", async () => {
    const { c, items, y2025, y2026, roundOfItem } = await twoRounds();
    expect(items).toHaveLength(4);
    expect(await approveAllPassed(c.chair, c.plan.id, c.formId, y2025.id)).toEqual({ approved: 2 });
    expect((await roundOfItem(y2025.id)).map((i) => i.approval)).toEqual(["APPROVED", "APPROVED"]);
    expect((await roundOfItem(y2026.id)).map((i) => i.approval)).toEqual(["PENDING", "PENDING"]);
    // Round A done: said plainly, round B still waits for its own approval.
    await expect(approveAllPassed(c.chair, c.plan.id, c.formId, y2025.id)).rejects.toMatchObject({
      kind: "conflict",
      message: "Không còn người, tập thể nào đạt tại Hội đồng đang chờ phê duyệt.",
    });
    expect(await approveAllPassed(c.chair, c.plan.id, c.formId, y2026.id)).toEqual({ approved: 2 });
    expect((await roundOfItem(y2026.id)).map((i) => i.approval)).toEqual(["APPROVED", "APPROVED"]);
  });

  it("holds each round to its own number: past 2026's, nobody of 2026 is approved, whatever 2025 has", async () => {
    const { c, y2025, y2026, roundOfItem } = await twoRounds();
    await approveAllPassed(c.chair, c.plan.id, c.formId, y2025.id);
    // 2026's number cut to 1 (an amendment): its two passed nominees would pass it; nobody is approved.
    await db().awardRound.update({ where: { id: y2026.id }, data: { quota: 1 } });
    await expect(approveAllPassed(c.chair, c.plan.id, c.formId, y2026.id)).rejects.toMatchObject({
      kind: "conflict",
      message: expect.stringContaining("(Năm 2026)"),
    });
    expect((await roundOfItem(y2026.id)).map((i) => i.approval)).toEqual(["PENDING", "PENDING"]);
    expect((await roundOfItem(y2025.id)).map((i) => i.approval)).toEqual(["APPROVED", "APPROVED"]);
  });
});

describe("deadlines are the rounds' own", () => {
  /**
   * "Hồ sơ gửi trước ngày 10/12 hằng năm" in a 2095–2096 plan with no plan-wide dossier deadline:
   * years no other test file uses, so the reminder scans below touch only this plan.
   */
  it("reminders and the task boards follow each year's round: its day, its places, its batches", async () => {
    const town = await districtPlan({
      quota: 3,
      dossier: false,
      recurrence: "YEARLY",
      roundDeadline: "10/12",
      periodFrom: "2095-01-01",
      periodTo: "2096-12-31",
      dossierDeadline: "",
    });
    const { tree, chair, formId } = town;
    const rounds = await roundsOf(formId);
    const [y2095, y2096] = [rounds.find((r) => r.key === "Y2095")!, rounds.find((r) => r.key === "Y2096")!];
    const share = (c1: number, c2: number) => [
      { unitId: tree.c1.id, category: "", quantity: c1 },
      { unitId: tree.c2.id, category: "", quantity: c2 },
    ];
    await setAllocations(chair, formId, share(2, 1), undefined, y2095.id);
    await setAllocations(chair, formId, share(1, 1), undefined, y2096.id);
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const sent = async () =>
      (
        await db().reminderSent.findMany({
          where: { subjectId: { startsWith: town.plan.id } },
          select: { subjectId: true, daysBefore: true, recipient: true },
        })
      )
        .map((r) => `${r.subjectId.slice(town.plan.id.length)}:${r.daysBefore}:${r.recipient}`)
        .sort();

    // 1 December 2095: 2095's round is the one to send, due on its 10/12; the town's 2095 places are all given.
    const dec1 = new Date("2095-12-01T02:00:00Z");
    expect((await officerTasks(officer, dec1)).find((t) => t.key.startsWith("dossier-due:"))).toMatchObject({
      key: `dossier-due:${y2095.id}`,
      due: "2095-12-10",
      what: expect.stringContaining("(Năm 2095)"),
    });
    expect((await reviewerTasks(chair, dec1)).filter((t) => t.key.startsWith("allocate:"))).toEqual([]);

    // Three days before 10/12/2095 both communes are reminded of 2095's round.
    await scanReminders(new Date("2095-12-07T02:00:00Z"));
    expect(await sent()).toEqual([`@2095-12-10:3:${tree.c1.id}`, `@2095-12-10:3:${tree.c2.id}`].sort());
    const notice = await db().notification.findFirstOrThrow({
      where: { unitId: tree.c2.id, kind: "DEADLINE_APPROACHING", text: { contains: "10/12/2095" } },
    });
    expect(notice.text).toContain("còn 3 ngày");

    // The first commune sends its 2095 tờ trình: the 1-day reminder goes to the second only.
    const batch = await createBatch(officer, formId, y2095.id);
    const person = await createPersonRow(tree.c1, `Người ${uid()}`);
    await addNominee(officer, batch.id, {
      kind: "INDIVIDUAL",
      personId: person.id,
      category: "",
      summary: "Hoàn thành xuất sắc nhiệm vụ",
      periodFrom: "2095-01-01",
      periodTo: "2095-12-31",
    });
    await submitBatch(officer, batch.id, new Date("2095-12-08T03:00:00Z"));
    await scanReminders(new Date("2095-12-09T02:00:00Z"));
    expect((await sent()).filter((k) => k.includes(":1:"))).toEqual([`@2095-12-10:1:${tree.c2.id}`]);

    // Past 10/12/2095: 2096's round is next — the first commune still owes it (2095's batch does
    // not count there), and the town has given only 2 of its 3 places for 2096.
    const dec11 = new Date("2095-12-11T02:00:00Z");
    expect((await officerTasks(officer, dec11)).find((t) => t.key.startsWith("dossier-due:"))).toMatchObject({
      key: `dossier-due:${y2096.id}`,
      due: "2096-12-10",
    });
    expect((await reviewerTasks(chair, dec11)).find((t) => t.key === `allocate:${formId}`)).toMatchObject({
      what: expect.stringContaining("(Năm 2096) (đã phân bổ 2/3)"),
      due: "2096-12-10",
    });
    await scanReminders(new Date("2096-12-05T02:00:00Z"));
    expect((await sent()).filter((k) => k.startsWith("@2096"))).toEqual(
      [`@2096-12-10:7:${tree.c1.id}`, `@2096-12-10:7:${tree.c2.id}`].sort(),
    );
  });
});

describe("registration reminders of a plan registered for year by year", () => {
  // "Đăng ký thi đua trước ngày 31/01 hằng năm" in a 2093–2094 plan given yearly: years no other file uses.
  it("remind each year's registration by that year's 31/01, counting that year's registrations only", async () => {
    const town = await districtPlan({
      quota: 3,
      dossier: false,
      recurrence: "YEARLY",
      periodFrom: "2093-01-01",
      periodTo: "2094-12-31",
      dossierDeadline: "",
    });
    const { tree, plan } = town;
    await db().plan.update({ where: { id: plan.id }, data: { registrationDeadline: new Date("2093-01-31") } });
    const sent = async () =>
      (
        await db().reminderSent.findMany({
          where: { kind: "REGISTRATION_DEADLINE", subjectId: { startsWith: plan.id } },
          select: { subjectId: true, daysBefore: true, recipient: true },
        })
      )
        .map((r) => `${r.subjectId.slice(plan.id.length)}:${r.daysBefore}:${r.recipient}`)
        .sort();

    await scanReminders(new Date("2093-01-28T02:00:00Z"));
    expect(await sent()).toEqual([`:3:${tree.c1.id}`, `:3:${tree.c2.id}`].sort());
    // The first commune registered for 2093: it is still reminded of 2094 (its own year), by 31/01/2094.
    await db().registration.create({ data: { planId: plan.id, unitId: tree.c1.id, year: 2093, status: "SENT" } });
    await scanReminders(new Date("2094-01-28T02:00:00Z"));
    expect((await sent()).filter((k) => k.startsWith("@2094"))).toEqual(
      [`@2094:3:${tree.c1.id}`, `@2094:3:${tree.c2.id}`].sort(),
    );
    const notice = await db().notification.findFirstOrThrow({
      where: { unitId: tree.c2.id, kind: "DEADLINE_APPROACHING", text: { contains: "31/01/2094" } },
    });
    expect(notice).toMatchObject({
      text: expect.stringContaining("Đăng ký thi đua năm 2094"),
      link: `/ke-hoach/${plan.id}/dang-ky?nam=2094`,
    });
    // The commune's board asks for 2094's table, by 31/01/2094 (2093's is sent).
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const jan28 = new Date("2094-01-28T02:00:00Z");
    expect((await officerTasks(officer, jan28)).filter((t) => t.key.startsWith("registration-due:"))).toEqual([
      expect.objectContaining({
        key: `registration-due:${plan.id}@2094`,
        due: "2094-01-31",
        what: expect.stringContaining("năm 2094"),
        href: `/ke-hoach/${plan.id}/dang-ky?nam=2094`,
      }),
    ]);
    // Once it has registered for 2094, the last day's reminder goes to the other commune only.
    await db().registration.create({ data: { planId: plan.id, unitId: tree.c1.id, year: 2094, status: "SENT" } });
    await scanReminders(new Date("2094-01-30T02:00:00Z"));
    expect((await sent()).filter((k) => k.includes(":1:"))).toEqual([`@2094:1:${tree.c2.id}`]);
  });
});

describe("a form given at some of the plan's reviews", () => {
  it("is saved with its reviews, has rounds at those only, and an amendment back to none gives every review", async () => {
    // The plan's text: "Bằng khen … khen thưởng tại Hội nghị tổng kết giai đoạn 2021–2030" (not at the sơ kết).
    const town = await districtPlan({
      quota: 2,
      dossier: false,
      recurrence: "AT_REVIEWS",
      periodFrom: "2021-01-01",
      periodTo: "2030-12-31",
      dossierDeadline: "",
      phases: [
        { name: "Sơ kết giai đoạn 2021–2025", reviewDate: "2025-11-20" },
        { name: "Tổng kết giai đoạn 2021–2030", reviewDate: "2030-11-20" },
      ],
    });
    const current = await db().plan.findUniqueOrThrow({ where: { id: town.plan.id }, include: PLAN_INCLUDE });
    const values = planFormValues(current);
    expect(values.awardForms[0]!.reviews).toEqual([]); // every review, as before the list existed
    expect((await roundsOf(town.formId)).map((r) => r.key)).toHaveLength(2);

    const atFinal = {
      ...values,
      awardForms: values.awardForms.map((f) => ({ ...f, reviews: ["Tổng kết giai đoạn 2021–2030"] })),
    };
    await amendPlan(town.chair, town.plan.id, ZPlanInput.parse(atFinal), "Chỉ khen tại tổng kết", current.rowVersion);
    expect((await roundsOf(town.formId)).map((r) => r.label)).toEqual(["Tổng kết giai đoạn 2021–2030"]);
    const saved = await db().plan.findUniqueOrThrow({ where: { id: town.plan.id }, include: PLAN_INCLUDE });
    expect(planFormValues(saved).awardForms[0]!.reviews).toEqual(["Tổng kết giai đoạn 2021–2030"]);

    // A review the plan does not have is refused next to the field.
    const wrong = { ...atFinal, awardForms: atFinal.awardForms.map((f) => ({ ...f, reviews: ["Tổng kết 2035"] })) };
    expect(ZPlanInput.safeParse(wrong).error?.issues[0]).toMatchObject({ path: ["awardForms", 0, "reviews"] });
  });
});
