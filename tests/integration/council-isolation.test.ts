import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { addCouncilMember, findCouncil, saveCouncilRules } from "@/server/data/councils";
import {
  findMeeting,
  listMeetings,
  openBallot,
  openSession,
  recordObjection,
  scheduleMeeting,
} from "@/server/data/meetings";
import { castVotes, closeBallot, enterPaperBallots } from "@/server/data/ballot";
import { decideItem, revokeAward, signDecision } from "@/server/data/decisions";
import { approvalBoard } from "@/server/data/approval-plans";
import { findDecision, searchAwards } from "@/server/data/awards";
import type { RoleCode } from "@/domain/auth/permissions";
import { createActor, type TestUnit } from "../support/factories";
import { campaign, itemsOf, passAll } from "../support/council-campaign";

/**
 * The tenant wall around councils, ballots, decisions and award history: an account of another
 * unit — a sibling commune, another district, another province, with every role — reads nothing
 * and changes nothing, and a member of the council who is not its secretary cannot run the session.
 */

const EVERY_ROLE: RoleCode[] = ["ADMIN", "OFFICER", "REVIEWER", "COUNCIL_MEMBER", "CHAIR"];
const params = { page: 1, pageSize: 50, sort: "year" as const, dir: "desc" as const, q: "" };

describe("councils, ballots and decisions stay inside their unit", () => {
  it("refuses every read and write from other units, whatever their roles", async () => {
    const c = await campaign({ nominees: 2, seats: 3, cashValue: 100_000 });
    const items = await passAll(c);
    await decideItem(c.chair, items[0]!.id, { approve: true });
    const decision = await signDecision(c.chair, c.plan.id, {
      awardFormId: c.formId,
      decidedOn: "2026-11-20",
      signerName: "Người Ký",
      budgetSource: "Quỹ",
    });
    const award = (await db().awardRecord.findFirstOrThrow({ where: { decisionId: decision.id } })).id;

    const others: TestUnit[] = [c.tree.d2, c.tree.c3, c.tree.p2, c.tree.c4];
    for (const unit of others) {
      const outsider = await createActor(unit, EVERY_ROLE);
      await expect(findMeeting(outsider, c.meeting.id)).rejects.toMatchObject({ kind: "not_found" });
      expect(await listMeetings(outsider)).toEqual([]);
      expect(await findCouncil(outsider)).toBeNull();
      await expect(
        castVotes(outsider, c.meeting.id, [{ itemId: items[1]!.id, choice: "AGREE" }]),
      ).rejects.toMatchObject({ kind: "not_found" });
      await expect(
        recordObjection(outsider, c.meeting.id, { text: "Phản ánh từ nơi khác", receivedOn: "2026-11-20" }),
      ).rejects.toMatchObject({ kind: "not_found" });
      await expect(decideItem(outsider, items[1]!.id, { approve: true })).rejects.toMatchObject({ kind: "not_found" });
      await expect(approvalBoard(outsider, c.plan.id)).rejects.toMatchObject({ kind: "not_found" });
      await expect(
        signDecision(outsider, c.plan.id, {
          awardFormId: c.formId,
          decidedOn: "2026-11-21",
          signerName: "X",
          budgetSource: "Y",
        }),
      ).rejects.toMatchObject({ kind: "not_found" });
      await expect(findDecision(outsider, decision.id)).rejects.toMatchObject({ kind: "not_found" });
      await expect(
        revokeAward(outsider, award, { reason: "Thử thu hồi", decisionNumber: "9/QĐ", revokedOn: "2026-11-22" }),
      ).rejects.toMatchObject({ kind: "not_found" });
      expect((await searchAwards(outsider, params)).total).toBe(0);
      // A unit can only seat its own accounts.
      await saveCouncilRules(outsider, {
        name: "Hội đồng khác",
        quorumNumerator: 2,
        quorumDenominator: 3,
        thresholdPercent: 50,
        thresholdStrict: true,
        countsWrittenOpinions: true,
      });
      await expect(
        addCouncilMember(outsider, {
          userId: c.members[1]!.userId,
          personId: "",
          role: "THANH_VIEN",
          termFrom: "2026-01-01",
          termTo: "",
        }),
      ).rejects.toMatchObject({ fieldErrors: { userId: "Chọn tài khoản của đơn vị." } });
      // Seated by another account of its unit: nobody seats themselves (issue 11).
      await addCouncilMember(await createActor(unit, ["OFFICER"]), {
        userId: outsider.userId,
        personId: "",
        role: "THU_KY",
        termFrom: "2026-01-01",
        termTo: "",
      });
      await expect(
        scheduleMeeting(outsider, {
          planId: c.plan.id,
          heldOn: "2026-11-20",
          startTime: "08:00",
          location: "X",
          disclosureFrom: "",
          disclosureTo: "",
        }),
      ).rejects.toMatchObject({ fieldErrors: { planId: "Chọn kế hoạch đã ban hành." } });
    }
    // Nothing changed: one decision, one award, the item still pending.
    expect(await db().awardDecision.count({ where: { planId: c.plan.id } })).toBe(1);
    expect((await db().meetingItem.findUniqueOrThrow({ where: { id: items[1]!.id } })).approval).toBe("PENDING");
    expect(await db().awardRecord.count({ where: { decisionId: decision.id, revokedOn: { not: null } } })).toBe(0);
  });

  it("the commune whose people were awarded reads their awards and the decision, not the district's council", async () => {
    const c = await campaign({ nominees: 1, seats: 3, cashValue: 100_000 });
    const [item] = await passAll(c);
    await decideItem(c.chair, item!.id, { approve: true });
    const decision = await signDecision(c.chair, c.plan.id, {
      awardFormId: c.formId,
      decidedOn: "2026-11-20",
      signerName: "Người Ký",
      budgetSource: "Quỹ",
    });
    const communeChair = await createActor(c.tree.c1, ["CHAIR"]);
    expect((await searchAwards(communeChair, params)).total).toBe(1);
    await expect(findDecision(communeChair, decision.id)).resolves.toMatchObject({ decision: { number: "01" } });
    await expect(findMeeting(communeChair, c.meeting.id)).rejects.toMatchObject({ kind: "not_found" });
    await expect(
      revokeAward(communeChair, (await db().awardRecord.findFirstOrThrow({ where: { decisionId: decision.id } })).id, {
        reason: "Không phải của xã",
        decisionNumber: "1/QĐ",
        revokedOn: "2026-11-22",
      }),
    ).rejects.toMatchObject({ kind: "not_found" });
  });

  it("only the secretary runs the session: a member, the chairperson or an administrator cannot", async () => {
    const c = await campaign({ nominees: 1, seats: 3 });
    const seats = await c.seatIds();
    const admin = await createActor(c.tree.d1, ["ADMIN", "COUNCIL_MEMBER"]);
    for (const actor of [c.members[1]!, c.chair, admin]) {
      await expect(
        openSession(
          actor,
          c.meeting.id,
          seats.map((s) => s.id),
        ),
      ).rejects.toMatchObject({ kind: "forbidden" });
    }
    await openSession(
      c.secretary,
      c.meeting.id,
      seats.map((s) => s.id),
    );
    for (const actor of [c.members[1]!, c.chair, admin]) {
      await expect(openBallot(actor, c.meeting.id)).rejects.toMatchObject({ kind: "forbidden" });
    }
    await openBallot(c.secretary, c.meeting.id);
    const [item] = await itemsOf(c.secretary, c.meeting.id);
    await expect(enterPaperBallots(c.members[1]!, c.meeting.id, item!.id, [seats[2]!.id], 1)).rejects.toMatchObject({
      kind: "forbidden",
    });
    // An administrator without a seat cannot vote either.
    await expect(castVotes(admin, c.meeting.id, [{ itemId: item!.id, choice: "AGREE" }])).rejects.toMatchObject({
      kind: "forbidden",
    });
    await expect(closeBallot(c.members[2]!, c.meeting.id)).rejects.toMatchObject({ kind: "forbidden" });
  });
});
