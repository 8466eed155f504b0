import { describe, expect, it } from "vitest";
import { setAllocations } from "@/server/data/quotas";
import { createBatch, listInbox, listMyBatches, submitBatch } from "@/server/data/nominations/batches";
import { addNominee } from "@/server/data/nominations/nominees";
import { listOrganisations } from "@/server/data/organisations";
import { parseTableParams } from "@/lib/table-params";
import { ORGANISATION_SORT_KEYS } from "@/server/data/organisations";
import { createActor, createOrganisationRow, createPersonRow, createUnit, uid } from "../support/factories";
import { districtPlan } from "../support/district-plan";
import { db } from "@/server/db/client";
import { OPERATOR_UNIT_SORT_KEYS, listUnitsForOperator } from "@/server/data/operators";
import { inboxPage } from "../support/inbox";

/** Issue 15, point 2: per-row counts of list pages, computed for the page's rows only, still right. */

describe("per-row counts of lists (issue 15, point 2)", () => {
  it("the organisations list counts each organisation's people, and only within the actor's reach", async () => {
    const unit = await createUnit("Xã Đếm Người", "XA", null);
    const actor = await createActor(unit, ["OFFICER"]);
    const three = await createOrganisationRow(unit, "Thôn Ba Người");
    const none = await createOrganisationRow(unit, "Thôn Không Người");
    for (let i = 0; i < 3; i++) {
      const p = await createPersonRow(unit, `Người ${uid()}`);
      await db().person.update({ where: { id: p.id }, data: { organisationId: three.id } });
    }
    await createPersonRow(unit, `Không Tổ Chức ${uid()}`);
    const params = parseTableParams({}, { sortKeys: ORGANISATION_SORT_KEYS, defaultSort: "name" });
    const { rows, total } = await listOrganisations(actor, params);
    expect(total).toBe(2);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.peopleCount]))).toEqual({ [three.id]: 3, [none.id]: 0 });
  });

  it("the unit's batches and the reviewer's inbox count each batch's nominees", async () => {
    const { tree, chair, formId } = await districtPlan({ quota: 5, dossier: false });
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 5 }]);
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const two = await createBatch(officer, formId);
    const empty = await createBatch(officer, formId);
    for (let i = 0; i < 2; i++) {
      const person = await createPersonRow(tree.c1, `Người Đề Nghị ${uid()}`);
      await addNominee(officer, two.id, {
        kind: "INDIVIDUAL",
        personId: person.id,
        category: "",
        summary: "Hoàn thành xuất sắc nhiệm vụ",
        periodFrom: "2026-01-01",
        periodTo: "2026-12-31",
      });
    }
    const mine = await listMyBatches(officer);
    expect(Object.fromEntries(mine.map((b) => [b.id, b.nomineeCount]))).toEqual({ [two.id]: 2, [empty.id]: 0 });
    await submitBatch(officer, two.id);
    expect((await listInbox(chair, inboxPage)).rows.find((b) => b.id === two.id)?.nomineeCount).toBe(2);
  });

  it("the operator's unit list counts each unit's accounts (memberships), for the listed units only", async () => {
    const name = `Tỉnh Đếm Tài Khoản ${uid()}`;
    const unit = await createUnit(name, "TINH", null);
    const empty = await createUnit(`${name} Trống`, "TINH", null);
    await createActor(unit, ["OFFICER", "ADMIN"]);
    await createActor(unit, ["CHAIR"]);
    // The list reads units only (the operator's own account is checked by the page, not here).
    const operator = { userId: "op", sessionId: "op", name: "Vận hành", email: "op@test.vn" };
    const params = parseTableParams({ q: name }, { sortKeys: OPERATOR_UNIT_SORT_KEYS, defaultSort: "name" });
    const { rows } = await listUnitsForOperator(operator, params);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.accounts]))).toEqual({ [unit.id]: 3, [empty.id]: 0 });
  });
});
