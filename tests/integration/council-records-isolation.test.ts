/**
 * The tenant wall around what a unit's council leaves behind: the council itself (Council: rules,
 * seats, thresholds), its meetings (CouncilMeeting: agenda, objections, paper voters, an open ballot), the
 * decisions its chairperson signs (AwardDecision) and the award history they write (AwardRecord).
 * From a sibling commune, a commune of another district, another district and another province —
 * each with a council of its own, each role alone and all roles at once — reads return none of
 * the owners' rows and writes are refused or land in the actor's own council, leaving every row
 * of the owners as it was. Positive controls at the end make the same calls from inside.
 * Real PostgreSQL, real data layer.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import {
  deleteCouncilThreshold,
  endCouncilTerm,
  findCouncil,
  listUnitUserChoices,
  removeCouncilMember,
  saveCouncilRules,
  saveCouncilThreshold,
} from "@/server/data/councils";
import { answerObjection, findMeeting, listMeetings, listSchedulablePlans } from "@/server/data/meetings";
import { markPaperVoters } from "@/server/data/paper-voters";
import { castVotes, recordWrittenOpinion } from "@/server/data/ballot";
import { listPlansAwaitingApproval, planAwardSpending, revocableAwardIds } from "@/server/data/approval-plans";
import { revokeAward } from "@/server/data/decisions";
import { exportAwardBatches, findDecision } from "@/server/data/awards";
import { createActor, type TestUnit } from "../support/factories";
import {
  OUTSIDER_UNITS,
  ROLE_SETS,
  answer,
  notRefused,
  onMyPath,
  outcome,
  outsiders,
  ownerUnits,
  recordsWorld,
  snapshotOf,
  type RecordsWorld,
} from "../support/records-world";

/** Every award the export streams, its batches put together. */
async function exported(actor: Actor) {
  const rows = [];
  for await (const batch of exportAwardBatches(actor, {})) rows.push(...batch);
  return rows;
}

let w: RecordsWorld;
let owners: string[];
let ownersAccounts: Set<string>;
const actors = new Map<string, Actor>();

beforeAll(async () => {
  w = await recordsWorld();
  owners = ownerUnits(w);
  ownersAccounts = new Set(
    (await db().membership.findMany({ where: { unitId: { in: owners } }, select: { userId: true } })).map(
      (m) => m.userId,
    ),
  );
  for (const o of await outsiders(w)) actors.set(o.name, o.actor);
  // Each outsider unit has a council of its own, so writes that go to "my council" have somewhere to land.
  for (const key of OUTSIDER_UNITS)
    await saveCouncilRules(await createActor(w.tree[key], ["ADMIN"]), {
      name: "Hội đồng của đơn vị khác",
      quorumNumerator: 1,
      quorumDenominator: 2,
      thresholdPercent: 50,
      thresholdStrict: false,
      countsWrittenOpinions: true,
    });
});

const revocation = { reason: "Thu hồi từ nơi khác", decisionNumber: "9/QĐ", revokedOn: "2026-11-25" };

const ATTACKS: Record<string, (actor: Actor, unit: TestUnit) => Promise<void>> = {
  "Council: rules, seats, thresholds and the accounts it seats": async (actor, unit) => {
    const council = await answer(() => findCouncil(actor));
    if (council) expect(council.unitId).toBe(unit.id);
    const choices = (await answer(() => listUnitUserChoices(actor))) ?? [];
    expect(choices.filter((u) => ownersAccounts.has(u.id))).toEqual([]);
    // A threshold for the owners' catalogue code lands in the actor's own council, if anywhere.
    if (
      (await outcome(() => saveCouncilThreshold(actor, { catalogueCode: "LDTT", percent: 10, strict: true }))) ===
      "done"
    )
      expect(
        await db().councilThreshold.count({ where: { catalogueCode: "LDTT", council: { unitId: unit.id } } }),
      ).toBe(1);
    const writes = {
      "removeCouncilMember(spare seat)": await outcome(() => removeCouncilMember(actor, w.spareSeat)),
      "endCouncilTerm(spare seat)": await outcome(() => endCouncilTerm(actor, w.spareSeat, "2099-12-31")),
      "endCouncilTerm(sitting member)": await outcome(() => endCouncilTerm(actor, w.absentSeat, "2026-12-31")),
      deleteCouncilThreshold: await outcome(() => deleteCouncilThreshold(actor, w.threshold.id)),
    };
    expect(notRefused(writes)).toEqual([]);
  },

  "CouncilMeeting: meetings, schedulable plans, objections, paper voters and the open ballot": async (actor, unit) => {
    expect(((await answer(() => listMeetings(actor))) ?? []).filter((m) => owners.includes(m.unitId))).toEqual([]);
    // Only plans of the actor's unit or above, and only its own nominees waiting (it has none).
    const plans = (await answer(() => listSchedulablePlans(actor))) ?? [];
    expect(plans.filter((p) => !onMyPath(unit, p.unitId) || p.waiting > 0)).toEqual([]);
    const calls = {
      ...Object.fromEntries(
        await Promise.all(
          [w.upwardMeeting, w.decidedMeeting, w.openMeeting, w.sessionMeeting].map(async (m) => [
            `findMeeting ${m.id}`,
            await outcome(() => findMeeting(actor, m.id)),
          ]),
        ),
      ),
      answerObjection: await outcome(() => answerObjection(actor, w.objection.id, { resolution: "Ghi đè kết quả" })),
      recordWrittenOpinion: await outcome(() =>
        recordWrittenOpinion(actor, w.openMeeting.id, w.openItem.id, w.absentSeat, "DISAGREE"),
      ),
      markPaperVoters: await outcome(() => markPaperVoters(actor, w.sessionMeeting.id, [w.presentSeat])),
      castVotes: await outcome(() =>
        castVotes(actor, w.openMeeting.id, [{ itemId: w.openItem.id, choice: "DISAGREE" }]),
      ),
    };
    expect(notRefused(calls)).toEqual([]);
  },

  "AwardDecision and AwardRecord: approval, spending, history and revocation": async (actor) => {
    const awaiting = (await answer(() => listPlansAwaitingApproval(actor))) ?? [];
    expect(awaiting.filter((p) => p.id === w.plan.id)).toEqual([]);
    expect([...(await revocableAwardIds(actor, [w.decidedAward.id, w.enteredAward.id]))]).toEqual([]);
    expect(await planAwardSpending(actor, w.plan.id)).toMatchObject({ decisions: 0, spent: 0, budget: null });
    const history = (await answer(() => exported(actor))) ?? [];
    expect(history.filter((a) => owners.includes(a.unitId))).toEqual([]);
    const calls = {
      findDecision: await outcome(() => findDecision(actor, w.decision.id)),
      "revokeAward(decided)": await outcome(() => revokeAward(actor, w.decidedAward.id, revocation)),
      "revokeAward(entered)": await outcome(() => revokeAward(actor, w.enteredAward.id, revocation)),
    };
    expect(notRefused(calls)).toEqual([]);
  },
};

describe.each(OUTSIDER_UNITS.map((u) => [u]))("an account of %s", (unitKey) => {
  describe.each(ROLE_SETS.map((r) => [r.join("+")]))("with %s", (label) => {
    it.each(Object.keys(ATTACKS).map((k) => [k]))("%s: reads nothing, changes nothing", async (group) => {
      const actor = actors.get(`${unitKey.toUpperCase()} ${label}`)!;
      const before = await snapshotOf(w);
      await ATTACKS[group]!(actor, w.tree[unitKey]);
      expect(await snapshotOf(w)).toBe(before);
    });
  });
});

describe("positive controls: from inside, the same calls reach the same rows", () => {
  it("reads", async () => {
    const { district, commune } = w;
    const council = (await findCouncil(district))!;
    expect(council.members.map((m) => m.id)).toContain(w.spareSeat);
    expect(council.thresholds.map((t) => t.id)).toEqual([w.threshold.id]);
    expect((await listUnitUserChoices(district)).map((u) => u.id)).toEqual(
      expect.arrayContaining(w.districtMembers.map((m) => m.userId)),
    );
    expect((await listMeetings(district)).map((m) => m.id).sort()).toEqual(
      [w.decidedMeeting.id, w.openMeeting.id, w.sessionMeeting.id].sort(),
    );
    await expect(findMeeting(commune, w.upwardMeeting.id)).resolves.toMatchObject({ upward: true });
    expect((await listSchedulablePlans(district)).map((p) => p.id)).toContain(w.plan.id);
    expect((await listPlansAwaitingApproval(district)).map((p) => p.id)).toEqual([w.plan.id]);
    expect([...(await revocableAwardIds(district, [w.decidedAward.id, w.enteredAward.id]))]).toEqual([
      w.decidedAward.id,
    ]);
    expect([...(await revocableAwardIds(commune, [w.decidedAward.id, w.enteredAward.id]))]).toEqual([
      w.enteredAward.id,
    ]);
    expect(await planAwardSpending(district, w.plan.id)).toMatchObject({ decisions: 1, spent: 100_000 });
    expect((await exported(commune)).map((a) => a.id).sort()).toEqual([w.decidedAward.id, w.enteredAward.id].sort());
    await expect(findDecision(district, w.decision.id)).resolves.toMatchObject({ decision: { id: w.decision.id } });
  });

  it("writes", async () => {
    const { district } = w;
    await answerObjection(district, w.objection.id, { resolution: "Đã trả lời lại." });
    await markPaperVoters(w.districtMembers[0]!, w.sessionMeeting.id, [w.presentSeat]);
    await recordWrittenOpinion(w.districtMembers[0]!, w.openMeeting.id, w.openItem.id, w.absentSeat, "AGREE");
    await endCouncilTerm(district, w.spareSeat, "2099-12-31");
    await removeCouncilMember(district, w.spareSeat);
    await deleteCouncilThreshold(district, w.threshold.id);
    await revokeAward(district, w.decidedAward.id, revocation);
    await revokeAward(w.commune, w.enteredAward.id, revocation);
  });
});
