import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { cascadePlan, transitionPlan } from "@/server/data/plans";
import { createBatch } from "@/server/data/nominations/batches";
import { districtPlan } from "../support/district-plan";
import { createActor } from "../support/factories";

/**
 * Issue 12 (rounds, point 1, with point 5): what each round of a recurring form means between
 * levels and on the boards — a proposal on a cascaded copy lands in the higher form's round of
 * the same key.
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
