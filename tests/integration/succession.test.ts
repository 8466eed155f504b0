import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { parseTableParams } from "@/lib/table-params";
import { AWARD_SORT_KEYS, findDecision, searchAwards } from "@/server/data/awards";
import { revocableAwardIds } from "@/server/data/approval-plans";
import { decideItem, revokeAward, signDecision } from "@/server/data/decisions";
import { listPersonRecords } from "@/server/data/achievements";
import { transitionPlan, createPlan } from "@/server/data/plans";
import { findPlan, listPlanRevisions, listPlans, PLAN_SORT_KEYS } from "@/server/data/plan-reads";
import { toPlanDocument } from "@/server/data/plan-mapping";
import { listMyPredecessors, moveFromPredecessor, previewMoveFromPredecessor } from "@/server/data/succession-moves";
import { listPlansToTakeOver, takeOverPlan } from "@/server/data/succession-plans";
import { unsafeNomineeReasons } from "@/server/data/eligibility";
import { successionWorld, planInput, type SuccessionWorld } from "../support/succession-world";
import { campaign, itemsOf, passAll } from "../support/council-campaign";
import { createActor } from "../support/factories";

/**
 * Succession carries history (issue 11, item 6): the heir of a merger reads its predecessors'
 * plans, decisions and awards in one ledger without being able to change them; takes their people
 * and organisations over in a guided step; counts a predecessor's awards for Luật 2022 Điều 22;
 * takes over an open multi-year plan; and an ended unit issues nothing dated after its last day.
 */
const awardParams = parseTableParams({}, { sortKeys: AWARD_SORT_KEYS, defaultSort: "year" });
const planParams = parseTableParams({}, { sortKeys: PLAN_SORT_KEYS, defaultSort: "issuedOn" });
let w: SuccessionWorld;
beforeAll(async () => {
  w = await successionWorld();
});

describe("the heir reads its predecessors' history, read-only", () => {
  it("one award ledger holds the awards of every predecessor; the province reads its old province's", async () => {
    const ids = (await searchAwards(w.actors.heirOfficer, awardParams)).rows.map((r) => r.id).sort();
    expect(ids).toEqual([...w.awards.map((a) => a.id), w.binhAward.id].sort());
    const province = (await searchAwards(w.actors.provinceReviewer, awardParams)).rows.map((r) => r.id);
    expect(province).toEqual(expect.arrayContaining([...w.awards.map((a) => a.id), w.binhAward.id]));
    expect((await searchAwards(w.actors.strangerAll, awardParams)).rows).toEqual([]);
  });

  it("reads the predecessor's decision and plan, with its revisions, and cannot change them", async () => {
    expect((await findDecision(w.actors.heirChair, w.decision.id)).decision.number).toBe("01");
    const plan = await findPlan(w.actors.heirOfficer, w.plan.id);
    expect(plan.number).toBe("12");
    expect((await listPlanRevisions(w.actors.heirOfficer, w.plan.id)).map((r) => r.reason)).toEqual(["Ban hành"]);
    expect((await listPlans(w.actors.heirOfficer, planParams, {})).rows.map((p) => p.id)).toContain(w.plan.id);
    expect(
      await revocableAwardIds(
        w.actors.heirChair,
        w.awards.map((a) => a.id),
      ),
    ).toEqual(new Set());
    const revoke = { reason: "Thử", decisionNumber: "1/QĐ", revokedOn: "2026-01-01" };
    await expect(revokeAward(w.actors.heirChair, w.awards[0]!.id, revoke)).rejects.toMatchObject({ kind: "not_found" });
    await expect(transitionPlan(w.actors.heirChair, w.plan.id, "close")).rejects.toMatchObject({ kind: "not_found" });
    expect(await db().awardRecord.count({ where: { id: w.awards[0]!.id, revokedOn: null } })).toBe(1);
  });
});

describe("people and organisations move to the heir in a guided step", () => {
  it("previews, then moves in one audited transaction; the moved person's awards stay where given and still show", async () => {
    const predecessors = await listMyPredecessors(w.actors.heirChair);
    expect(predecessors.map((p) => [p.name, p.people, p.organisations])).toEqual(
      expect.arrayContaining([[w.units.an.name, 1, 1]]),
    );
    const preview = await previewMoveFromPredecessor(w.actors.heirChair, w.units.an.id);
    expect(preview.people.map((p) => p.fullName)).toEqual(["Lê Văn Kế"]);
    // The heir already has a "Văn phòng UBND": the moved one is told apart by its old unit.
    expect(preview.organisations.map((o) => o.newName)).toEqual([`Văn phòng UBND (${w.units.an.name})`]);
    expect(preview.organisations.map((o) => o.people)).toEqual([1]);
    expect(await db().person.count({ where: { id: w.person.id, unitId: w.units.heir.id } })).toBe(0);

    await moveFromPredecessor(w.actors.heirChair, w.units.an.id, {
      organisationIds: [w.org.id],
      personIds: [w.person.id],
    });
    const person = await db().person.findUniqueOrThrow({ where: { id: w.person.id } });
    expect(person).toMatchObject({ unitId: w.units.heir.id, organisationId: w.org.id });
    expect(await db().performanceReview.count({ where: { personId: w.person.id, unitId: w.units.heir.id } })).toBe(1);
    expect(await db().awardRecord.count({ where: { personId: w.person.id, unitId: w.units.an.id } })).toBe(2);
    const records = await listPersonRecords(w.actors.heirOfficer, w.person.id);
    expect(records.awards.map((a) => a.year)).toEqual([2024, 2023]);
    const audit = await db().auditEntry.findMany({ where: { unitId: w.units.heir.id, entityId: w.person.id } });
    expect(audit).toHaveLength(1);
    // Nothing left to move twice.
    await expect(
      moveFromPredecessor(w.actors.heirChair, w.units.an.id, { organisationIds: [], personIds: [w.person.id] }),
    ).rejects.toMatchObject({ kind: "conflict" });
  });

  it("counts the predecessor's Chiến sĩ thi đua cơ sở for the provincial title (Luật 2022 Điều 22 khoản 1)", async () => {
    const subject = { kind: "INDIVIDUAL" as const, personId: w.person.id, organisationId: null };
    const reasonsIn = (year: number) =>
      db().$transaction((tx) => unsafeNomineeReasons(tx, w.units.heir.id, subject, "CSTD_TINH", year, "2026-01-15"));
    expect((await reasonsIn(2025)).map((r) => r.code)).toContain("NOT_CONSECUTIVE");
    // 2025 given by the heir: with 2023 and 2024 from Xã An, three in a row.
    await db().awardRecord.create({
      data: {
        unitId: w.units.heir.id,
        kind: "INDIVIDUAL",
        personId: w.person.id,
        label: "Lê Văn Kế",
        catalogueCode: "CSTD_CS",
        name: "Chiến sĩ thi đua cơ sở",
        year: 2025,
        decisionNumber: "05/QĐ-UBND",
        decidedOn: new Date("2026-01-05T00:00:00Z"),
        conferredBy: "Chủ tịch UBND xã",
        source: "ENTERED",
      },
    });
    expect((await reasonsIn(2025)).map((r) => r.code)).not.toContain("NOT_CONSECUTIVE");
  });
});

describe("an open multi-year plan of an ended unit is taken over by its heir", () => {
  it("keeps its number, text, history and issuer; the ended unit's log records where it went", async () => {
    const offered = await listPlansToTakeOver(w.actors.heirChair);
    expect(offered.find((p) => p.id === w.plan.id)?.problem).toBeNull();
    await takeOverPlan(w.actors.heirChair, w.plan.id);
    const plan = await findPlan(w.actors.heirChair, w.plan.id);
    expect(plan).toMatchObject({
      unitId: w.units.heir.id,
      number: "12",
      numberYear: 2021,
      takenOverFromUnitId: w.units.an.id,
    });
    expect(toPlanDocument(plan).issuer.name).toBe(w.units.an.name);
    expect((await listPlanRevisions(w.actors.heirChair, w.plan.id)).map((r) => r.version)).toEqual([1]);
    expect(await db().auditEntry.count({ where: { entity: "Plan", entityId: w.plan.id, unitId: w.units.an.id } })).toBe(
      1 + 3, // created, issued, started by Xã An; and the takeover
    );
    // Now the heir's to run: it closes the plan.
    await transitionPlan(w.actors.heirChair, w.plan.id, "close");
    await expect(takeOverPlan(w.actors.heirChair, w.plan.id)).rejects.toMatchObject({ kind: "not_found" });
  });

  it("refuses a one-year plan of the ended unit", async () => {
    const binhChair = await createActor(w.units.binh, ["CHAIR", "OFFICER"]);
    const annual = await createPlan(
      binhChair,
      planInput({ kind: "ANNUAL", periodFrom: "2025-01-01", periodTo: "2025-12-31" }),
    );
    await transitionPlan(binhChair, annual.id, "issue", { issuedOn: "2025-01-10" });
    expect((await listPlansToTakeOver(w.actors.heirChair)).find((p) => p.id === annual.id)?.problem).toContain(
      "nhiều năm",
    );
    await expect(takeOverPlan(w.actors.heirChair, annual.id)).rejects.toThrow("Chỉ tiếp nhận kế hoạch nhiều năm");
  });
});

describe("an ended unit issues nothing dated after its last day", () => {
  it("refuses to issue a plan after the end, and issues on the last day", async () => {
    const draft = await createPlan(
      w.actors.anChair,
      planInput({ kind: "ANNUAL", periodFrom: "2025-01-01", periodTo: "2025-12-31" }),
    );
    await expect(transitionPlan(w.actors.anChair, draft.id, "issue", { issuedOn: "2025-07-01" })).rejects.toMatchObject(
      {
        kind: "validation",
        fieldErrors: { issuedOn: "Chọn ngày đến hết 30/06/2025." },
      },
    );
    const issued = await transitionPlan(w.actors.anChair, draft.id, "issue", { issuedOn: "2025-06-30" });
    expect(issued.status).toBe("ISSUED");
  });

  it("refuses to sign a decision after the end", async () => {
    const c = await campaign({ nominees: 1, seats: 3 });
    const items = await passAll(c);
    await decideItem(c.chair, items[0]!.id, { approve: true });
    await db().unit.update({ where: { id: c.tree.d1.id }, data: { validTo: new Date("2026-11-20T00:00:00Z") } });
    const sign = (decidedOn: string) =>
      signDecision(c.chair, c.plan.id, { awardFormId: c.formId, decidedOn, signerName: "Người Ký", budgetSource: "" });
    await expect(sign("2026-11-21")).rejects.toThrow("không thể ký quyết định khen thưởng đề ngày 21/11/2026");
    expect(await db().awardDecision.count({ where: { planId: c.plan.id } })).toBe(0);
    expect((await sign("2026-11-20")).number).toBeTruthy();
    expect(await itemsOf(c.chair, c.meeting.id)).toHaveLength(1);
  });
});
