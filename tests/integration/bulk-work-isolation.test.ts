import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { approveAllPassed } from "@/server/data/approval-bulk";
import type { RoleCode } from "@/domain/auth/permissions";
import { createActor, type TestUnit } from "../support/factories";
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
});
