import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { approvalBoard } from "@/server/data/approval-plans";
import { approveSelected } from "@/server/data/approval-bulk";
import { decideItem } from "@/server/data/decisions";
import { campaign, passAll } from "../support/council-campaign";

/**
 * The approval board at scale (issue 15): it reads one page of the agenda items the filters select,
 * with the forms' figures from grouped counts; and its one form approves the ticked nominees
 * together, under the forms' quota locks, all or none.
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

describe("the approval board's list", () => {
  it("reads one page at a time, filters by status and name, and counts every status of the form", async () => {
    const c = await campaign({ nominees: 5, seats: 3 });
    const items = await passAll(c);
    // The council did not pass the last one (votes aside: the board reads the result).
    await db().meetingItem.update({ where: { id: items[4]!.id }, data: { result: "FAILED" } });
    await decideItem(c.chair, items[3]!.id, { approve: false, reason: "Chưa tiêu biểu" });
    await decideItem(c.chair, items[2]!.id, { approve: true });

    const pages = [];
    for (const page of ["1", "2", "3"]) pages.push(await approvalBoard(c.chair, c.plan.id, { page, pageSize: 2 }));
    expect(pages.map((b) => b.items.length)).toEqual([2, 2, 1]);
    expect(pages[0]!.listed).toEqual({ count: 5, page: 1, pages: 3, perPage: 2 });
    // In the agenda's order, no row on two pages, none left out.
    expect(pages.flatMap((b) => b.items.map((i) => i.id))).toEqual(items.map((i) => i.id));
    // A page past the end shows the last one.
    expect((await approvalBoard(c.chair, c.plan.id, { page: "99", pageSize: 2 })).listed.page).toBe(3);

    expect(pages[0]!.forms[0]).toMatchObject({
      passed: 4,
      failed: 1,
      awaitingApproval: 2,
      approved: 1,
      awarded: 0,
      awaitingDecision: 1,
      byStatus: { "cho-duyet": 2, "da-duyet": 1, "khong-duyet": 1, "co-quyet-dinh": 0, "khong-dat": 1 },
    });

    const ids = async (filters: Parameters<typeof approvalBoard>[2]) =>
      (await approvalBoard(c.chair, c.plan.id, filters)).items.map((i) => i.id);
    expect(await ids({ status: "cho-duyet" })).toEqual([items[0]!.id, items[1]!.id]);
    expect(await ids({ status: "khong-duyet" })).toEqual([items[3]!.id]);
    expect(await ids({ status: "khong-dat" })).toEqual([items[4]!.id]);
    expect(await ids({ formId: c.formId, status: "da-duyet" })).toEqual([items[2]!.id]);
    // Part of a name, in any case.
    const name = c.people[1]!.fullName;
    expect(await ids({ name: name.slice(-8).toLowerCase() })).toEqual([items[1]!.id]);
    // A form not on this board (an old or made-up link) filters nothing, and the board says so: its
    // form picker shows "Tất cả hình thức" over the whole list, not an empty list under no filter.
    const stale = await approvalBoard(c.chair, c.plan.id, { formId: "khong-co-hinh-thuc" });
    expect(stale.formId).toBeUndefined();
    expect(stale.items.map((i) => i.id)).toEqual(await ids({}));
  }, 180_000);
});

describe("approving the selected nominees", () => {
  it("approves the ticked ones together, a refused one reconsidered too, and audits each", async () => {
    const c = await campaign({ nominees: 3, seats: 3, quota: 3 });
    const items = await passAll(c);
    await decideItem(c.chair, items[1]!.id, { approve: false, reason: "Xem lại" });
    expect(await approveSelected(c.chair, c.plan.id, [items[0]!.id, items[1]!.id])).toEqual({ approved: 2 });
    expect(await approvals(items.map((i) => i.id))).toEqual(["APPROVED", "APPROVED", "PENDING"]);
    const audited = await db().auditEntry.findMany({
      where: { entity: "MeetingItem", entityId: { in: [items[0]!.id, items[1]!.id] }, action: "UPDATE" },
    });
    expect(audited.filter((a) => (a.after as { selected?: boolean }).selected)).toHaveLength(2);
    // Ticked again (a stale page): nobody approved twice, the chair told to reload.
    await expect(approveSelected(c.chair, c.plan.id, [items[0]!.id, items[2]!.id])).rejects.toMatchObject({
      kind: "conflict",
      message: expect.stringContaining("không còn chờ phê duyệt"),
    });
    expect(await approvals(items.map((i) => i.id))).toEqual(["APPROVED", "APPROVED", "PENDING"]);
  }, 120_000);

  it("approves none when the selection would pass the round's number, naming the form and how many to untick", async () => {
    const c = await campaign({ nominees: 4, seats: 3, quota: 4 });
    const items = await passAll(c);
    await decideItem(c.chair, items[0]!.id, { approve: true });
    await cutQuota(c.formId, 2);
    await expect(approveSelected(c.chair, c.plan.id, [items[1]!.id, items[2]!.id, items[3]!.id])).rejects.toMatchObject(
      {
        kind: "conflict",
        message:
          "Giấy khen của Chủ tịch UBND huyện: Đã chọn 3 người, tập thể nhưng số lượng của kế hoạch là 2, đã phê duyệt 1, chỉ còn 1. Chưa phê duyệt ai: hãy bỏ chọn 2 người, tập thể.",
      },
    );
    expect(await approvals(items.map((i) => i.id))).toEqual(["APPROVED", "PENDING", "PENDING", "PENDING"]);
    // Within what is left: approved.
    expect(await approveSelected(c.chair, c.plan.id, [items[3]!.id])).toEqual({ approved: 1 });
  }, 120_000);

  it("and a single approval racing it: the lock serialises them, the quota is never passed", async () => {
    for (let round = 0; round < 3; round++) {
      const c = await campaign({ nominees: 3, seats: 3, quota: 3 });
      const items = await passAll(c);
      await cutQuota(c.formId, 2);
      const [bulk, single] = await Promise.allSettled([
        approveSelected(c.chair, c.plan.id, [items[0]!.id, items[1]!.id]),
        decideItem(c.chair, items[2]!.id, { approve: true }),
      ]);
      const approved = (await approvals(items.map((i) => i.id))).filter((a) => a === "APPROVED").length;
      expect(approved).toBeLessThanOrEqual(2);
      // Whichever ran first under the lock won; the other was refused whole, for the quota.
      const refused = bulk.status === "rejected" ? bulk : single;
      expect(refused).toMatchObject({ status: "rejected", reason: { kind: "conflict" } });
      expect(approved).toBe(bulk.status === "fulfilled" ? 2 : 1);
    }
  }, 240_000);

  it("refuses an empty selection and items that are not on the board", async () => {
    const c = await campaign({ nominees: 1, seats: 3 });
    const items = await passAll(c);
    await expect(approveSelected(c.chair, c.plan.id, [])).rejects.toMatchObject({ kind: "conflict" });
    await expect(approveSelected(c.chair, c.plan.id, [items[0]!.id, "khong-co"])).rejects.toMatchObject({
      kind: "not_found",
    });
    expect(await approvals([items[0]!.id])).toEqual(["PENDING"]);
  });
});
