import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { approveAllPassed, approveSelected } from "@/server/data/approval-bulk";
import { setAllocations } from "@/server/data/quotas";
import { acceptBatch, createBatch, findBatch, submitBatch } from "@/server/data/nominations/batches";
import { addNominees } from "@/server/data/nominations/nominees";
import { districtPlan } from "../support/district-plan";
import type { RoleCode } from "@/domain/auth/permissions";
import { createActor, createPersonRow, uid, type TestUnit } from "../support/factories";
import { campaign, passAll } from "../support/council-campaign";

/**
 * The tenant wall around the bulk steps (issue 17, "Bulk work"): doing many things at once never
 * reaches further than doing one. An account of another unit — a sibling, another district or
 * province, and the commune that proposed — with every role changes nothing.
 */

const EVERY_ROLE: RoleCode[] = ["ADMIN", "OFFICER", "REVIEWER", "COUNCIL_MEMBER", "CHAIR"];

describe("bulk work stays inside its unit", () => {
  it("approving all passed nominees: only the plan's own unit's chair", async () => {
    const c = await campaign({ nominees: 2, seats: 3 });
    const items = await passAll(c);
    const others: TestUnit[] = [c.tree.d2, c.tree.c3, c.tree.p2, c.tree.c4, c.tree.c1];
    for (const unit of others) {
      const outsider = await createActor(unit, EVERY_ROLE);
      await expect(approveAllPassed(outsider, c.plan.id, c.formId)).rejects.toMatchObject({ kind: "not_found" });
    }
    // A member of the council itself may not approve either.
    await expect(approveAllPassed(c.members[1]!, c.plan.id, c.formId)).rejects.toMatchObject({ kind: "forbidden" });
    const rows = await db().meetingItem.findMany({ where: { id: { in: items.map((i) => i.id) } } });
    expect(rows.map((r) => r.approval)).toEqual(["PENDING", "PENDING"]);
  });

  it("approving the selected nominees: only the plan's own unit's chair, whatever ids are sent", async () => {
    const c = await campaign({ nominees: 2, seats: 3 });
    const items = await passAll(c);
    const ids = items.map((i) => i.id);
    const others: TestUnit[] = [c.tree.d2, c.tree.c3, c.tree.p2, c.tree.c4, c.tree.c1];
    for (const unit of others) {
      const outsider = await createActor(unit, EVERY_ROLE);
      await expect(approveSelected(outsider, c.plan.id, ids)).rejects.toMatchObject({ kind: "not_found" });
    }
    // Another district's chair, naming its own plan with this plan's items: still nothing.
    const other = await campaign({ nominees: 1, seats: 3 });
    await passAll(other);
    await expect(approveSelected(other.chair, other.plan.id, ids)).rejects.toMatchObject({ kind: "not_found" });
    await expect(approveSelected(c.members[1]!, c.plan.id, ids)).rejects.toMatchObject({ kind: "forbidden" });
    const rows = await db().meetingItem.findMany({ where: { id: { in: ids } } });
    expect(rows.map((r) => r.approval)).toEqual(["PENDING", "PENDING"]);
  });

  it("adding several nominees and accepting a whole tờ trình: only the proposing unit, only the reviewing unit", async () => {
    const { tree, chair, formId } = await districtPlan({ quota: 10, dossier: false });
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 10 }]);
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const batch = await createBatch(officer, formId);
    const person = await createPersonRow(tree.c1, `Người Xã ${uid()}`);
    const shared = {
      kind: "INDIVIDUAL" as const,
      category: "",
      summary: "Hoàn thành xuất sắc nhiệm vụ",
      periodFrom: "2026-01-01",
      periodTo: "2026-12-31",
    };
    const others: TestUnit[] = [tree.c2, tree.d2, tree.c3, tree.p2];
    for (const unit of others) {
      const outsider = await createActor(unit, EVERY_ROLE);
      // Their own person on our batch: the batch is not theirs to find.
      const theirs = await createPersonRow(unit, `Người Nơi Khác ${uid()}`);
      await expect(addNominees(outsider, batch.id, { ...shared, ids: [theirs.id] })).rejects.toMatchObject({
        kind: "not_found",
      });
    }
    await addNominees(officer, batch.id, { ...shared, ids: [person.id] });
    await submitBatch(officer, batch.id);
    // The proposing commune cannot accept its own batch, nor can a sibling or another district.
    for (const unit of [tree.c1, tree.c2, tree.d2, tree.p2]) {
      const outsider = await createActor(unit, EVERY_ROLE);
      await expect(acceptBatch(outsider, batch.id, { everyDocument: true })).rejects.toMatchObject({
        kind: "not_found",
      });
    }
    const { batch: read } = await findBatch(officer, batch.id);
    expect([read.status, read.nominees.length]).toEqual(["SUBMITTED", 1]);
  });
});
