import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import {
  findMeeting,
  listMeetings,
  markPaperVoters,
  openBallot,
  openSession,
  recordObjection,
  answerObjection,
} from "@/server/data/meetings";
import { castVotes, closeBallot, enterPaperBallots, recordWrittenOpinion } from "@/server/data/ballot";
import { decideItem, revokeAward, signDecision } from "@/server/data/decisions";
import { approvalBoard, planAwardSpending } from "@/server/data/approval-plans";
import { findDecision } from "@/server/data/awards";
import { todayInVietnam } from "@/lib/dates";
import { endCouncilTerm, saveCouncilRules } from "@/server/data/councils";
import { findBatch } from "@/server/data/nominations/batches";
import { campaign, itemsOf, passAll } from "../support/council-campaign";

/**
 * The council on real PostgreSQL: secrecy of the ballot, double votes under concurrency, the
 * threshold on the whole membership, approval against the quota, the decision and its amounts.
 */

const today = todayInVietnam();

describe("the secret ballot", () => {
  it("keeps no link between a vote and its voter: receipts hold who and how, envelopes what without who; counts only after closing", async () => {
    const c = await campaign({ nominees: 2, seats: 3 });
    const seats = await c.seatIds();
    await openSession(
      c.secretary,
      c.meeting.id,
      seats.map((s) => s.id),
    );
    await openBallot(c.secretary, c.meeting.id);
    const [a, b] = await itemsOf(c.secretary, c.meeting.id);
    await castVotes(c.members[1]!, c.meeting.id, [
      { itemId: a!.id, choice: "AGREE" },
      { itemId: b!.id, choice: "DISAGREE" },
    ]);
    // While the ballot is open nobody — the secretary, the chair — sees a count.
    expect((await itemsOf(c.secretary, c.meeting.id)).every((i) => i.count === null && i.tally === null)).toBe(true);
    expect((await itemsOf(c.members[1]!, c.meeting.id)).map((i) => i.myReceipt)).toEqual(["ONLINE", "ONLINE"]);

    // The schema itself: the receipt has no choice and no time, the counters no voter.
    const columns = async (table: string) =>
      (
        await db().$queryRaw<
          { column_name: string }[]
        >`select column_name from information_schema.columns where table_name = ${table} order by column_name`
      ).map((r) => r.column_name);
    expect(await columns("BallotReceipt")).toEqual(["itemId", "memberId", "method"]);
    expect(await columns("BallotEnvelope")).toEqual(["id", "itemId", "sealed"]);
    expect((await columns("MeetingItem")).filter((c) => /member|user|voter/i.test(c))).toEqual([]);
    // No vote touched the items: their counts stay at zero until the box is opened at closing.
    const rows = await db().meetingItem.findMany({ where: { id: { in: [a!.id, b!.id] } } });
    expect(rows.map((r) => [r.agree, r.disagree])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(await db().ballotEnvelope.count({ where: { itemId: { in: [a!.id, b!.id] } } })).toBe(2);
    // No foreign key from anything holding a choice to a member or user.
    const fks = await db().$queryRaw<{ table_name: string; foreign_table: string }[]>`
      select tc.table_name, ccu.table_name as foreign_table from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
      where tc.constraint_type = 'FOREIGN KEY' and ccu.table_name in ('CouncilMember', 'User')`;
    expect(fks.filter((f) => f.table_name === "MeetingItem" || f.table_name === "BallotEnvelope")).toEqual([]);
    // Votes are not in the audit log either.
    const audited = await db().auditEntry.findMany({
      where: { entity: "MeetingItem", entityId: { in: [a!.id, b!.id] } },
    });
    expect(audited).toEqual([]);
  });
});

describe("double votes under concurrency", () => {
  it("20 parallel ballots from one member on one nominee: exactly one counts", async () => {
    const c = await campaign({ nominees: 1, seats: 3 });
    await openSession(
      c.secretary,
      c.meeting.id,
      (await c.seatIds()).map((s) => s.id),
    );
    await openBallot(c.secretary, c.meeting.id);
    const [item] = await itemsOf(c.secretary, c.meeting.id);
    const voter = c.members[2]!;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        castVotes(voter, c.meeting.id, [{ itemId: item!.id, choice: i % 2 ? "AGREE" : "DISAGREE" }]),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    // One receipt and one envelope: a refused ballot leaves neither.
    expect(await db().ballotReceipt.count({ where: { itemId: item!.id } })).toBe(1);
    expect(await db().ballotEnvelope.count({ where: { itemId: item!.id } })).toBe(1);
    await closeBallot(c.secretary, c.meeting.id);
    const [counted] = await itemsOf(c.secretary, c.meeting.id);
    expect(counted!.count!.agree + counted!.count!.disagree).toBe(1);
  });

  it("refuses votes once the ballot is closed, and from a member marked absent", async () => {
    const c = await campaign({ nominees: 1, seats: 3 });
    const seats = await c.seatIds();
    await openSession(
      c.secretary,
      c.meeting.id,
      seats.filter((s) => s.userId !== c.members[2]!.userId).map((s) => s.id),
    );
    await openBallot(c.secretary, c.meeting.id);
    const [item] = await itemsOf(c.secretary, c.meeting.id);
    await expect(castVotes(c.members[2]!, c.meeting.id, [{ itemId: item!.id, choice: "AGREE" }])).rejects.toMatchObject(
      { message: "Chỉ thành viên có mặt mới bỏ phiếu trực tuyến." },
    );
    await closeBallot(c.secretary, c.meeting.id);
    await expect(castVotes(c.members[1]!, c.meeting.id, [{ itemId: item!.id, choice: "AGREE" }])).rejects.toMatchObject(
      { kind: "conflict" },
    );
  });
});

describe("paper ballots", () => {
  it("are entered only for members the secretary marked as voting on paper, who cannot vote online; a member voting online is never pre-empted", async () => {
    const c = await campaign({ nominees: 1, seats: 4 });
    const seats = await c.seatIds();
    const seatOf = (i: number) => seats.find((s) => s.userId === c.members[i]!.userId)!.id;
    const present = [seatOf(0), seatOf(1), seatOf(2)];
    // At attendance: only a present member can be marked (an absent one sends a written opinion).
    await expect(openSession(c.secretary, c.meeting.id, present, [seatOf(3)])).rejects.toMatchObject({
      kind: "validation",
      fieldErrors: { paper: "Chọn thành viên có mặt." },
    });
    await openSession(c.secretary, c.meeting.id, present, [seatOf(1), seatOf(2)]);
    // Until the ballot opens the secretary may change it (member 2 will vote online after all);
    // only the secretary.
    await expect(markPaperVoters(c.members[1]!, c.meeting.id, [])).rejects.toMatchObject({ kind: "forbidden" });
    await markPaperVoters(c.secretary, c.meeting.id, [seatOf(1)]);
    await openBallot(c.secretary, c.meeting.id);
    await expect(markPaperVoters(c.secretary, c.meeting.id, [seatOf(1), seatOf(2)])).rejects.toMatchObject({
      kind: "conflict",
    });
    // The page tells each who votes how; the paper voter has no online ballot.
    const seen = await findMeeting(c.members[1]!, c.meeting.id);
    expect([...seen.paper]).toEqual([seatOf(1)]);
    expect(seen.myBallot).toEqual([]);
    expect((await findMeeting(c.members[2]!, c.meeting.id)).myBallot).toHaveLength(1);

    const [item] = await itemsOf(c.secretary, c.meeting.id);
    expect(item!.paperSeats.map((s) => s.id)).toEqual([seatOf(1)]);
    await expect(castVotes(c.members[1]!, c.meeting.id, [{ itemId: item!.id, choice: "AGREE" }])).rejects.toMatchObject(
      { kind: "conflict", message: expect.stringContaining("Bạn bỏ phiếu giấy") },
    );
    // A member voting online: no paper ballot in his name, before he votes or after.
    const online = { kind: "validation", fieldErrors: { memberIds: "Chọn thành viên bỏ phiếu giấy." } };
    await expect(enterPaperBallots(c.secretary, c.meeting.id, item!.id, [seatOf(2)], 1)).rejects.toMatchObject(online);
    await castVotes(c.members[2]!, c.meeting.id, [{ itemId: item!.id, choice: "DISAGREE" }]);
    await expect(enterPaperBallots(c.secretary, c.meeting.id, item!.id, [seatOf(2)], 0)).rejects.toMatchObject(online);
    // The paper voter's ballot, once; more agreeing than ballots is refused.
    await expect(enterPaperBallots(c.secretary, c.meeting.id, item!.id, [seatOf(1)], 2)).rejects.toMatchObject({
      kind: "validation",
    });
    await enterPaperBallots(c.secretary, c.meeting.id, item!.id, [seatOf(1)], 1);
    await expect(enterPaperBallots(c.secretary, c.meeting.id, item!.id, [seatOf(1)], 1)).rejects.toMatchObject({
      kind: "conflict",
    });
    await closeBallot(c.secretary, c.meeting.id);
    const [closed] = await itemsOf(c.chair, c.meeting.id);
    expect(closed!.count).toEqual({ agree: 1, disagree: 1, recused: 0 });
    expect(Object.fromEntries(closed!.receipts.map((r) => [r.memberId, r.method]))).toEqual({
      [seatOf(1)]: "PAPER",
      [seatOf(2)]: "ONLINE",
    });
  });
});

describe("the threshold on all members (not those present), quorum, disclosure and recusal", () => {
  it("passes 3 of 5 and fails 2 of 5 under 'trên 50%', counting absentees and non-voters as not agreeing", async () => {
    const c = await campaign({ nominees: 2, seats: 5 });
    const seats = await c.seatIds();
    const absent = seats.find((s) => s.userId === c.members[4]!.userId)!;
    const onPaper = seats.find((s) => s.userId === c.members[2]!.userId)!;
    await openSession(
      c.secretary,
      c.meeting.id,
      seats.filter((s) => s.id !== absent.id).map((s) => s.id),
      [onPaper.id],
    );
    await openBallot(c.secretary, c.meeting.id);
    const [first, second] = await itemsOf(c.secretary, c.meeting.id);
    await castVotes(c.members[0]!, c.meeting.id, [
      { itemId: first!.id, choice: "AGREE" },
      { itemId: second!.id, choice: "AGREE" },
    ]);
    await castVotes(c.members[1]!, c.meeting.id, [
      { itemId: first!.id, choice: "AGREE" },
      { itemId: second!.id, choice: "DISAGREE" },
    ]);
    // Member 2, marked at attendance as voting on paper, hands in a paper ballot on the first
    // nominee only; member 3 does not vote on the first nominee.
    await enterPaperBallots(c.secretary, c.meeting.id, first!.id, [onPaper.id], 1);
    await castVotes(c.members[3]!, c.meeting.id, [{ itemId: second!.id, choice: "AGREE" }]);
    // The absent member's written opinion counts where the rules say so.
    await recordWrittenOpinion(c.secretary, c.meeting.id, first!.id, absent.id, "DISAGREE");
    await closeBallot(c.secretary, c.meeting.id);
    const [a, b] = await itemsOf(c.chair, c.meeting.id);
    expect(a!.tally).toMatchObject({ agreeing: 3, seats: 5, sharePercent: 60, passed: true });
    // Online, paper and written in one count: 2 + 1 agree, 1 written disagree.
    expect(a!.count).toEqual({ agree: 3, disagree: 1, recused: 0 });
    expect(b!.tally).toMatchObject({ agreeing: 2, seats: 5, sharePercent: 40, passed: false });
    expect(
      (await db().meetingItem.findMany({ where: { meetingId: c.meeting.id }, orderBy: { position: "asc" } })).map(
        (i) => i.result,
      ),
    ).toEqual(["PASSED", "FAILED"]);
  });

  it("does not open the ballot without quorum, during disclosure or with an objection unanswered; recuses a member from his own nomination", async () => {
    const c = await campaign({ nominees: 1, seats: 3, memberIsNominee: true });
    const seats = await c.seatIds();
    await openSession(c.secretary, c.meeting.id, [seats[0]!.id]);
    await expect(openBallot(c.secretary, c.meeting.id)).rejects.toMatchObject({
      message: "Chưa đủ số thành viên dự họp: có mặt 1, cần ít nhất 2.",
    });
    // A second meeting, with disclosure running until today and an objection.
    const c2 = await campaign({ nominees: 1, seats: 3, memberIsNominee: true });
    await db().councilMeeting.update({
      where: { id: c2.meeting.id },
      data: { disclosureFrom: new Date(`${today}T00:00:00Z`), disclosureTo: new Date(`${today}T00:00:00Z`) },
    });
    await recordObjection(c2.chair, c2.meeting.id, { text: "Phản ánh về thành tích chưa đúng", receivedOn: today });
    await openSession(
      c2.secretary,
      c2.meeting.id,
      (await c2.seatIds()).map((s) => s.id),
    );
    await expect(openBallot(c2.secretary, c2.meeting.id)).rejects.toMatchObject({
      message: expect.stringContaining("đang công khai"),
    });
    await db().councilMeeting.update({
      where: { id: c2.meeting.id },
      data: { disclosureFrom: new Date("2026-01-01T00:00:00Z"), disclosureTo: new Date("2026-01-10T00:00:00Z") },
    });
    await expect(openBallot(c2.secretary, c2.meeting.id)).rejects.toMatchObject({
      message: expect.stringContaining("Còn 1 ý kiến"),
    });
    const objection = await db().objection.findFirstOrThrow({ where: { meetingId: c2.meeting.id } });
    await answerObjection(c2.chair, objection.id, { resolution: "Đã xác minh: thành tích đúng." });
    await openBallot(c2.secretary, c2.meeting.id);
    const [item] = await itemsOf(c2.members[1]!, c2.meeting.id);
    expect(item!.myReceipt).toBe("RECUSED");
    await expect(
      castVotes(c2.members[1]!, c2.meeting.id, [{ itemId: item!.id, choice: "AGREE" }]),
    ).rejects.toMatchObject({ kind: "conflict" });
    // The recused member stays in the denominator (NĐ 98/2023 Điều 30 khoản 7): 2 of 3 agree → 66,7 %.
    await castVotes(c2.members[0]!, c2.meeting.id, [{ itemId: item!.id, choice: "AGREE" }]);
    await castVotes(c2.members[2]!, c2.meeting.id, [{ itemId: item!.id, choice: "AGREE" }]);
    await closeBallot(c2.secretary, c2.meeting.id);
    expect((await itemsOf(c2.chair, c2.meeting.id))[0]!.tally).toMatchObject({
      seats: 3,
      recused: 1,
      agreeing: 2,
      sharePercent: 66.7,
      passed: true,
    });
  });
});

describe("approval, the decision and its amounts", () => {
  it("approves within the quota only, needs a reason to reject, and writes the decision and the award history", async () => {
    const c = await campaign({ nominees: 3, seats: 3, quota: 3, cashValue: 300_000 });
    const [a, b, third] = await passAll(c);
    // An amendment of the plan cut the form to 2 after the council met: approval holds the new number.
    await db().planAwardForm.update({ where: { id: c.formId }, data: { quota: 2 } });
    // As an amendment does (award-rounds.ts): the form's one round takes the new number.
    await db().awardRound.updateMany({ where: { awardFormId: c.formId }, data: { quota: 2 } });
    await decideItem(c.chair, a!.id, { approve: true });
    await decideItem(c.chair, b!.id, { approve: true });
    await expect(decideItem(c.chair, third!.id, { approve: true })).rejects.toMatchObject({
      message:
        "Giấy khen của Chủ tịch UBND huyện: Vượt tổng số lượng khen thưởng của kế hoạch: 2, đã phê duyệt 2, phê duyệt thêm 1.",
    });
    await decideItem(c.chair, third!.id, { approve: false, reason: "Vượt chỉ tiêu" });
    await expect(decideItem(c.members[1]!, a!.id, { approve: true })).rejects.toMatchObject({ kind: "forbidden" });

    const decision = await signDecision(c.chair, c.plan.id, {
      awardFormId: c.formId,
      decidedOn: today,
      signerName: "Người Ký",
      budgetSource: "Quỹ thi đua, khen thưởng huyện",
    });
    expect(decision).toMatchObject({ number: "01", total: 600_000 });
    const { decision: read } = await findDecision(c.chair, decision.id);
    expect(read.awards.map((w) => w.amount)).toEqual([300_000, 300_000]);
    expect(
      read.awards.every((w) => w.decisionNumber === "01/QĐ-UBND" && w.source === "DECISION" && w.year === 2026),
    ).toBe(true);
    // The commune sees the award in its people's history; nothing is left to decide.
    const board = await approvalBoard(c.chair, c.plan.id);
    expect(board.forms[0]).toMatchObject({ approved: 2, awarded: 2, awaitingDecision: 0 });
    // Awards counted per decision of this plan (a groupBy over its decisions, not Prisma's whole-table _count).
    expect(board.decisions.map((d) => d.awardCount)).toEqual([2]);
    // The meetings list counts each meeting's agenda the same way.
    const meeting = (await listMeetings(c.chair)).find((m) => m.planId === c.plan.id)!;
    expect(meeting.itemCount).toBeGreaterThan(0);
    expect(meeting.itemCount).toBe(await db().meetingItem.count({ where: { meetingId: meeting.id } }));
    expect(board.spent).toBe(600_000);
    expect(await planAwardSpending(c.chair, c.plan.id)).toEqual({
      decisions: 1,
      budget: null,
      spent: 600_000,
      remaining: null,
      overBy: 0,
    });
    await expect(
      signDecision(c.chair, c.plan.id, {
        awardFormId: c.formId,
        decidedOn: today,
        signerName: "Người Ký",
        budgetSource: "Quỹ",
      }),
    ).rejects.toMatchObject({ kind: "conflict" });

    // Revocation keeps the award and records the revoking decision beside it.
    const award = read.awards[0]!;
    await revokeAward(c.chair, award.id, {
      reason: "Kê khai thành tích không trung thực",
      decisionNumber: "05/QĐ-UBND",
      revokedOn: today,
    });
    expect(await db().awardRecord.findUniqueOrThrow({ where: { id: award.id } })).toMatchObject({
      revokeDecisionNumber: "05/QĐ-UBND",
      revokeReason: "Kê khai thành tích không trung thực",
    });
    await expect(
      revokeAward(c.chair, award.id, { reason: "Lần nữa", decisionNumber: "06/QĐ-UBND", revokedOn: today }),
    ).rejects.toMatchObject({ message: "Khen thưởng này đã bị thu hồi." });
  });

  it("asks the chair for the amount where the law gives no coefficient, never a silent 0 đồng", async () => {
    // An individual's Giấy khen of a commune chair: NĐ 152/2025/NĐ-CP Điều 54 khoản 1 was not read (legal-facts.md).
    const c = await campaign({ nominees: 1, seats: 3, catalogueCode: "GK_CT_XA" });
    const [item] = await passAll(c);
    await decideItem(c.chair, item!.id, { approve: true });
    const sign = (more: object) =>
      signDecision(c.chair, c.plan.id, {
        awardFormId: c.formId,
        decidedOn: "2026-11-20",
        signerName: "Người Ký",
        budgetSource: "Ngân sách xã",
        ...more,
      });
    // The board says the estimate leaves out what the chair will enter.
    const board = (await approvalBoard(c.chair, c.plan.id)).forms.find((f) => f.id === c.formId)!;
    expect(board).toMatchObject({ awaitingKinds: ["INDIVIDUAL"], estimateOpen: true, estimate: 0 });
    await expect(sign({})).rejects.toMatchObject({
      kind: "validation",
      fieldErrors: {
        amountIndividual: expect.stringContaining("Chưa có mức thưởng cho cá nhân"),
        amountReason: expect.any(String),
      },
    });
    expect(await db().awardDecision.count({ where: { planId: c.plan.id } })).toBe(0);
    const decision = await sign({
      amountIndividual: 500_000,
      amountReason: "Theo Quyết định số 35/2025/QĐ-UBND của UBND tỉnh về mức tiền thưởng",
    });
    expect(decision).toMatchObject({
      total: 500_000,
      amountBasis:
        "cá nhân 500.000 đồng, do Chủ tịch quyết định: Theo Quyết định số 35/2025/QĐ-UBND của UBND tỉnh về mức tiền thưởng",
    });
  });

  it("computes money from the legal calendar's coefficient and the base salary on the decision date", async () => {
    // Chiến sĩ tiên tiến (NĐ 152/2025/NĐ-CP Điều 50 khoản 1): 0,3 × 2.530.000 = 759.000 → 760.000 đ from 01/7/2026
    // (NĐ 161/2026; rounded up to 10.000 đ, NĐ 152/2025 Điều 49).
    const c = await campaign({ nominees: 1, seats: 3, catalogueCode: "CSTT" });
    const [item] = await passAll(c);
    await decideItem(c.chair, item!.id, { approve: true });
    const decision = await signDecision(c.chair, c.plan.id, {
      awardFormId: c.formId,
      decidedOn: "2026-11-20",
      signerName: "Người Ký",
      budgetSource: "Ngân sách",
    });
    expect(decision.total).toBe(760_000);
    expect(decision.amountBasis).toContain("Nghị định 152/2025/NĐ-CP, Điều 50 khoản 1; Điều 49 khoản 1, 2");
  });
});

describe("what holds after the council has voted", () => {
  it("refuses to approve a nominee disciplined since the vote (NĐ 152/2025/NĐ-CP, Điều 4)", async () => {
    const c = await campaign({ nominees: 2, seats: 3 });
    const [first, second] = await passAll(c);
    await db().disciplineRecord.create({
      data: {
        unitId: c.tree.c1.id,
        personId: c.people[0]!.id,
        status: "UNDER_CONSIDERATION",
        reason: "Đang xem xét",
        effectiveFrom: new Date("2026-11-17T00:00:00Z"),
      },
    });
    await expect(decideItem(c.chair, first!.id, { approve: true })).rejects.toMatchObject({
      message: expect.stringContaining("Đang bị xem xét kỷ luật"),
    });
    await decideItem(c.chair, second!.id, { approve: true });
    expect((await db().meetingItem.findUniqueOrThrow({ where: { id: first!.id } })).approval).toBe("PENDING");
  });

  it("of two revocations at once, exactly one is recorded", async () => {
    const c = await campaign({ nominees: 1, seats: 3, cashValue: 100_000 });
    const [item] = await passAll(c);
    await decideItem(c.chair, item!.id, { approve: true });
    const decision = await signDecision(c.chair, c.plan.id, {
      awardFormId: c.formId,
      decidedOn: today,
      signerName: "Người Ký",
      budgetSource: "Quỹ",
    });
    const award = await db().awardRecord.findFirstOrThrow({ where: { decisionId: decision.id } });
    const results = await Promise.allSettled(
      ["05/QĐ-UBND", "06/QĐ-UBND"].map((n) =>
        revokeAward(c.chair, award.id, { reason: `Thu hồi theo ${n}`, decisionNumber: n, revokedOn: today }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const after = await db().awardRecord.findUniqueOrThrow({ where: { id: award.id } });
    expect(after.revokeReason).toBe(`Thu hồi theo ${after.revokeDecisionNumber}`);
  });

  it("keeps a signed decision as signed when the plan's form is renamed later", async () => {
    const c = await campaign({ nominees: 1, seats: 3, cashValue: 100_000 });
    const [item] = await passAll(c);
    await decideItem(c.chair, item!.id, { approve: true });
    const decision = await signDecision(c.chair, c.plan.id, {
      awardFormId: c.formId,
      decidedOn: today,
      signerName: "Người Ký",
      budgetSource: "Quỹ",
    });
    await db().planAwardForm.update({
      where: { id: c.formId },
      data: { name: "Tên mới sau sửa đổi", cashValue: 999_000 },
    });
    const { form } = await findDecision(c.chair, decision.id);
    expect(form).toEqual({
      name: "Giấy khen của Chủ tịch UBND huyện",
      authority: "Chủ tịch UBND huyện",
      amountBasis: "Giá trị cố định theo kế hoạch",
    });
  });

  it("stops counting a seat whose term has ended: the next meeting's quorum and membership leave it out", async () => {
    const c = await campaign({ nominees: 1, seats: 4 });
    const leaving = (await c.seatIds()).find((s) => s.userId === c.members[3]!.userId)!;
    await endCouncilTerm(c.chair, leaving.id, "2026-11-10");
    await expect(endCouncilTerm(c.chair, leaving.id, "2025-01-01")).rejects.toMatchObject({
      fieldErrors: { termTo: "Chọn ngày từ ngày bắt đầu nhiệm kỳ." },
    });
    const seats = await c.seatIds();
    expect(seats).toHaveLength(3);
    await openSession(
      c.secretary,
      c.meeting.id,
      seats.map((s) => s.id),
    );
    expect(await db().councilMeeting.findUniqueOrThrow({ where: { id: c.meeting.id } })).toMatchObject({
      memberCount: 3,
      quorumRequired: 2,
      quorumRule: "2/3 tổng số thành viên",
      countsWrittenOpinions: true,
    });
  });

  it("counts written opinions as the rules stood when the session opened, whatever they say later", async () => {
    const c = await campaign({ nominees: 1, seats: 3 });
    const seats = await c.seatIds();
    const absent = seats.find((s) => s.userId === c.members[2]!.userId)!;
    await openSession(
      c.secretary,
      c.meeting.id,
      seats.filter((s) => s.id !== absent.id).map((s) => s.id),
    );
    await saveCouncilRules(c.chair, {
      name: "Hội đồng",
      quorumNumerator: 2,
      quorumDenominator: 3,
      thresholdPercent: 50,
      thresholdStrict: true,
      countsWrittenOpinions: false,
    });
    await openBallot(c.secretary, c.meeting.id);
    const [item] = await itemsOf(c.secretary, c.meeting.id);
    await castVotes(c.members[0]!, c.meeting.id, [{ itemId: item!.id, choice: "AGREE" }]);
    await recordWrittenOpinion(c.secretary, c.meeting.id, item!.id, absent.id, "AGREE");
    await closeBallot(c.secretary, c.meeting.id);
    // 1 online + 1 written of 3 seats = 66,7% > 50%: passed under the rules of the day.
    expect((await itemsOf(c.chair, c.meeting.id))[0]!.tally).toMatchObject({ agreeing: 2, passed: true });
  });

  it("tells a council member a nominee is barred without telling him why (discipline and complaints are not his to read)", async () => {
    const c = await campaign({ nominees: 1, seats: 3 });
    await db().reviewHold.create({
      data: {
        unitId: c.tree.c1.id,
        personId: c.people[0]!.id,
        kind: "COMPLAINT",
        note: "Đơn tố cáo",
        openedOn: new Date("2026-11-17T00:00:00Z"),
      },
    });
    const batchId = (await db().nominee.findFirstOrThrow({ where: { personId: c.people[0]!.id } })).batchId;
    const member = await findBatch(c.members[1]!, batchId);
    expect([...member.eligibility.values()].flat().map((r) => r.message)).toEqual([
      "Chưa đủ điều kiện theo quy định về kỷ luật, đơn thư (chi tiết do người có thẩm quyền xem).",
    ]);
    const reviewer = await findBatch(c.chair, batchId);
    expect([...reviewer.eligibility.values()].flat().map((r) => r.code)).toEqual(["COMPLAINT_OPEN"]);
    expect([...reviewer.eligibility.values()].flat()[0]!.message).toContain("đơn thư khiếu nại");
  });
});

describe("decision numbers", () => {
  it("takes the number of the unit's register when given and free, and refuses it when used", async () => {
    const c = await campaign({ nominees: 2, seats: 3, cashValue: 100_000 });
    const [first, second] = await passAll(c);
    await decideItem(c.chair, first!.id, { approve: true });
    await expect(
      signDecision(c.chair, c.plan.id, {
        awardFormId: c.formId,
        decidedOn: today,
        signerName: "Người Ký",
        budgetSource: "Quỹ",
        number: "7",
      }),
    ).resolves.toMatchObject({ number: "07" });
    await decideItem(c.chair, second!.id, { approve: true });
    await expect(
      signDecision(c.chair, c.plan.id, {
        awardFormId: c.formId,
        decidedOn: today,
        signerName: "Người Ký",
        budgetSource: "Quỹ",
        number: "07",
      }),
    ).rejects.toMatchObject({ fieldErrors: { number: "Số này đã được dùng." } });
    await expect(
      signDecision(c.chair, c.plan.id, {
        awardFormId: c.formId,
        decidedOn: today,
        signerName: "Người Ký",
        budgetSource: "Quỹ",
      }),
    ).resolves.toMatchObject({ number: "08" });
  });
});
