import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { parseTableParams } from "@/lib/table-params";
import type { Actor } from "@/server/auth/actor-types";
import { AWARD_SORT_KEYS, findDecision, searchAwards } from "@/server/data/awards";
import { listPersonRecords } from "@/server/data/achievements";
import { findPlan } from "@/server/data/plan-reads";
import { listMyPredecessors, moveFromPredecessor, previewMoveFromPredecessor } from "@/server/data/succession-moves";
import { listPlansToTakeOver, takeOverPlan } from "@/server/data/succession-plans";
import { createActor, createUnit } from "../support/factories";
import { successionWorld, type SuccessionWorld } from "../support/succession-world";

/**
 * The succession relations (unitsISucceed, historyReadScope, planHistoryReadScope,
 * decisionsOfUnitsISucceed) open a predecessor's history to its heirs only. A unit beside the heir,
 * a unit of another province (every role), and the ended predecessor itself reach nothing through
 * them: not the predecessors' awards, decisions, plans or people, and they move and take over nothing.
 */
const awardParams = parseTableParams({}, { sortKeys: AWARD_SORT_KEYS, defaultSort: "year" });
const ALL = ["ADMIN", "OFFICER", "REVIEWER", "COUNCIL_MEMBER", "CHAIR"] as const;
let w: SuccessionWorld;
let outsiders: Record<string, Actor>;

beforeAll(async () => {
  w = await successionWorld();
  const far = await createUnit("Tỉnh Xa", "TINH", null);
  const farCommune = await createUnit("Xã Xa", "XA", far);
  outsiders = {
    "a commune beside the heir": w.actors.strangerAll,
    "a province that succeeds nobody": await createActor(far, [...ALL]),
    "a commune of another province": await createActor(farCommune, [...ALL]),
  };
});

const refusal = (call: Promise<unknown>) =>
  call.then(
    () => "allowed",
    (e: { kind?: string }) => e.kind ?? "error",
  );

describe("succession isolation: a unit that is not a successor sees nothing", () => {
  it("reads none of the predecessors' awards, decisions, plans or people's history", async () => {
    for (const [who, actor] of Object.entries(outsiders)) {
      const ledger = (await searchAwards(actor, awardParams)).rows.map((r) => r.id);
      expect(ledger, who).not.toContain(w.awards[0]!.id);
      expect(ledger, who).not.toContain(w.binhAward.id);
      expect(await refusal(findDecision(actor, w.decision.id)), who).toBe("not_found");
      expect(await refusal(findPlan(actor, w.plan.id)), who).toBe("not_found");
      expect((await listPersonRecords(actor, w.person.id)).awards, who).toEqual([]);
      expect(await listMyPredecessors(actor), who).toEqual([]);
      expect(await listPlansToTakeOver(actor), who).toEqual([]);
    }
  });

  it("moves no person or organisation and takes over no plan", async () => {
    for (const [who, actor] of Object.entries(outsiders)) {
      expect(await refusal(previewMoveFromPredecessor(actor, w.units.an.id)), who).toBe("not_found");
      expect(
        await refusal(
          moveFromPredecessor(actor, w.units.an.id, { organisationIds: [w.org.id], personIds: [w.person.id] }),
        ),
        who,
      ).toBe("not_found");
      expect(await refusal(takeOverPlan(actor, w.plan.id)), who).toBe("not_found");
    }
    expect(await db().person.findUniqueOrThrow({ where: { id: w.person.id } })).toMatchObject({
      unitId: w.units.an.id,
    });
    expect(await db().plan.findUniqueOrThrow({ where: { id: w.plan.id } })).toMatchObject({ unitId: w.units.an.id });
  });

  it("the ended predecessor does not reach its heir, and the heir reaches no unit it does not succeed", async () => {
    const { anChair, heirChair } = w.actors;
    expect(await listMyPredecessors(anChair)).toEqual([]);
    expect((await searchAwards(anChair, awardParams)).rows.map((r) => r.id)).not.toContain(w.binhAward.id);
    expect(await refusal(previewMoveFromPredecessor(anChair, w.units.heir.id))).toBe("not_found");
    expect(await refusal(previewMoveFromPredecessor(heirChair, w.units.stranger.id))).toBe("not_found");
    expect(await refusal(previewMoveFromPredecessor(heirChair, w.units.province.id))).toBe("not_found");
    // An officer of the heir reads the history but has no say over plans: taking one over is the chair's.
    expect(await refusal(takeOverPlan(w.actors.heirOfficer, w.plan.id))).toBe("forbidden");
  });
});
