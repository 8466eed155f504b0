import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { approveAllPassed } from "@/server/data/approval-bulk";
import { decideItem } from "@/server/data/decisions";
import { campaign, passAll } from "../support/council-campaign";

/**
 * "Phê duyệt tất cả người đạt" on real PostgreSQL: one transaction under the award form's quota
 * lock, all or nothing, and never past the plan's number even while a single approval runs at once.
 */

const approvals = async (ids: string[]) =>
  (await db().meetingItem.findMany({ where: { id: { in: ids } }, orderBy: { position: "asc" } })).map(
    (i) => i.approval,
  );

/** An amendment of the plan cuts the form's number, and so its round's (quotas count per round). */
async function cutQuota(formId: string, quota: number) {
  await db().planAwardForm.update({ where: { id: formId }, data: { quota } });
  await db().awardRound.updateMany({ where: { awardFormId: formId }, data: { quota } });
}

describe("approving all passed nominees of a form", () => {
  it("approves every pending one at once, leaves a rejected one rejected, and audits each", async () => {
    const c = await campaign({ nominees: 3, seats: 3, quota: 3 });
    const items = await passAll(c);
    await decideItem(c.chair, items[2]!.id, { approve: false, reason: "Chưa tiêu biểu" });
    expect(await approveAllPassed(c.chair, c.plan.id, c.formId)).toEqual({ approved: 2 });
    expect(await approvals(items.map((i) => i.id))).toEqual(["APPROVED", "APPROVED", "REJECTED"]);
    const audited = await db().auditEntry.count({
      where: { entity: "MeetingItem", entityId: { in: [items[0]!.id, items[1]!.id] }, action: "UPDATE" },
    });
    expect(audited).toBe(2);
    // Nothing left to approve: said plainly, nothing changes.
    await expect(approveAllPassed(c.chair, c.plan.id, c.formId)).rejects.toMatchObject({
      kind: "conflict",
      message: "Không còn người, tập thể nào đạt tại Hội đồng đang chờ phê duyệt.",
    });
  });

  it("approves nobody when all of them would pass the plan's number, and says by how many", async () => {
    const c = await campaign({ nominees: 4, seats: 3, quota: 4 });
    const items = await passAll(c);
    await decideItem(c.chair, items[0]!.id, { approve: true });
    // An amendment of the plan cut the form to 2 after the council met.
    await cutQuota(c.formId, 2);
    await expect(approveAllPassed(c.chair, c.plan.id, c.formId)).rejects.toMatchObject({
      kind: "conflict",
      message:
        "Giấy khen của Chủ tịch UBND huyện: Không phê duyệt được cả 3 người, tập thể: số lượng của kế hoạch là 2, đã phê duyệt 1, còn 1; phê duyệt tất cả sẽ vượt 2. Chưa phê duyệt ai: hãy phê duyệt từng người trong số lượng còn lại.",
    });
    expect(await approvals(items.map((i) => i.id))).toEqual(["APPROVED", "PENDING", "PENDING", "PENDING"]);
  });

  it("refuses all when a rule now bars one of them, naming who", async () => {
    const c = await campaign({ nominees: 2, seats: 3 });
    const items = await passAll(c);
    await db().disciplineRecord.create({
      data: {
        unitId: c.tree.c1.id,
        personId: c.people[1]!.id,
        status: "UNDER_CONSIDERATION",
        reason: "Đang xem xét",
        effectiveFrom: new Date("2026-11-17T00:00:00Z"),
      },
    });
    await expect(approveAllPassed(c.chair, c.plan.id, c.formId)).rejects.toMatchObject({
      message: expect.stringContaining("Đang bị xem xét kỷ luật"),
    });
    expect(await approvals(items.map((i) => i.id))).toEqual(["PENDING", "PENDING"]);
  });

  it("and a single approval racing it: the lock serialises them, the quota is never passed", async () => {
    for (let round = 0; round < 3; round++) {
      const c = await campaign({ nominees: 4, seats: 3, quota: 4 });
      const items = await passAll(c);
      await cutQuota(c.formId, 3);
      // Three pending fit the quota exactly; the fourth, rejected, is approved one by one at the same moment.
      await decideItem(c.chair, items[3]!.id, { approve: false, reason: "Xem lại" });
      const [bulk, single] = await Promise.allSettled([
        approveAllPassed(c.chair, c.plan.id, c.formId),
        decideItem(c.chair, items[3]!.id, { approve: true }),
      ]);
      const approved = (await approvals(items.map((i) => i.id))).filter((a) => a === "APPROVED").length;
      expect(approved).toBeLessThanOrEqual(3);
      // Exactly one wins: whichever took the lock second finds the quota used.
      expect([bulk.status, single.status].filter((s) => s === "fulfilled")).toHaveLength(1);
      expect(approved).toBe(bulk.status === "fulfilled" ? 3 : 1);
    }
  });
});
