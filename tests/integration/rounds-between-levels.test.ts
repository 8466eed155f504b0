import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { cascadePlan, transitionPlan } from "@/server/data/plans";
import { createBatch } from "@/server/data/nominations/batches";
import { approveAllPassed } from "@/server/data/approval-bulk";
import { campaign, passAll } from "../support/council-campaign";
import { districtPlan } from "../support/district-plan";
import { createActor } from "../support/factories";

/**
 * Issue 12 (rounds, point 1, with point 5): what each round of a recurring form means between
 * levels and on the boards — a proposal on a cascaded copy lands in the higher form's round of
 * the same key; "Phê duyệt tất cả người đạt" approves the round shown, against that round's number.
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
