import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { ZPlanInput } from "@/schemas/plan";
import { amendPlan } from "@/server/data/plans";
import { PLAN_INCLUDE, planFormValues } from "@/server/data/plan-mapping";
import { setAllocations } from "@/server/data/quotas";
import { acceptBatch, createBatch, submitBatch } from "@/server/data/nominations/batches";
import { addNominee } from "@/server/data/nominations/nominees";
import { addCouncilMember, saveCouncilRules } from "@/server/data/councils";
import { findMeeting, openBallot, openSession, scheduleMeeting } from "@/server/data/meetings";
import { castVotes, closeBallot } from "@/server/data/ballot";
import { decideItem, signDecision } from "@/server/data/decisions";
import type { Actor } from "@/server/auth/actor-types";
import { todayInVietnam } from "@/lib/dates";
import { createActor, createOrganisationRow, uid, type TestUnit } from "../support/factories";
import { districtPlan } from "../support/district-plan";

/**
 * Sub-quotas at every gate (issue 12 point 2). The plan: "03 tập thể, trong đó 01 ban, phòng, ngành
 * và 02 xã, phường". Found by a user: the district put two of its own departments into the one
 * department place, acceptance counted only the total, the decision awarded 2 departments + 1
 * commune, and a commune's valid, allocated batch was refused.
 */
const BAN = "Ban, phòng, ngành";
const XA = "Xã, phường";

async function groupedPlan() {
  const setup = await districtPlan({
    quota: 3,
    dossier: false,
    recipientKind: "COLLECTIVE",
    formName: "Giấy khen tập thể",
    subQuotas: [
      { category: BAN, quota: 1 },
      { category: XA, quota: 2 },
    ],
  });
  return setup;
}

/** A submitted (or refused) batch of `actor`'s unit with one collective per group named. */
async function batchOf(actor: Actor, unit: TestUnit, formId: string, groups: string[]) {
  const batch = await createBatch(actor, formId);
  for (const category of groups) {
    const org = await createOrganisationRow(unit, `${category === BAN ? "Phòng" : "Xã"} ${uid()}`);
    await addNominee(actor, batch.id, {
      kind: "COLLECTIVE",
      organisationId: org.id,
      category,
      summary: "Hoàn thành xuất sắc nhiệm vụ",
      periodFrom: "2026-01-01",
      periodTo: "2026-12-31",
    });
  }
  return batch;
}

/** Amends the issued plan's groups (an amendment keeps the award form's id). */
async function amendGroups(chair: Actor, planId: string, subQuotas: { category: string; quota: number }[]) {
  const current = await db().plan.findUniqueOrThrow({ where: { id: planId }, include: PLAN_INCLUDE });
  const values = planFormValues(current);
  await amendPlan(
    chair,
    planId,
    ZPlanInput.parse({ ...values, awardForms: values.awardForms.map((f) => ({ ...f, subQuotas })) }),
    "Điều chỉnh số lượng theo nhóm",
    current.rowVersion,
  );
}

describe("sub-quotas at allocation and submission, for every proposer", () => {
  it("the issuing unit cannot put two of its departments into the one department place; the communes keep theirs", async () => {
    const { tree, chair, formId } = await groupedPlan();
    const two = await batchOf(chair, tree.d1, formId, [BAN, BAN]);
    await expect(submitBatch(chair, two.id)).rejects.toMatchObject({
      kind: "conflict",
      message: "Nhóm «Ban, phòng, ngành» còn 1/1 chỉ tiêu của đơn vị; tờ trình này có 2.",
    });
    const one = await batchOf(chair, tree.d1, formId, [BAN]);
    expect((await submitBatch(chair, one.id)).status).toBe("SUBMITTED");

    // Allocation: the department place is taken by the district's own filing; it cannot be given away too.
    await expect(
      setAllocations(chair, formId, [{ unitId: tree.c1.id, category: BAN, quantity: 1 }]),
    ).rejects.toMatchObject({
      kind: "validation",
      message: "Nhóm «Ban, phòng, ngành» có 1 chỉ tiêu; phân bổ và đã đề nghị 2.",
    });
    // Nor can places outside the groups be allocated when the groups take the whole number.
    await expect(
      setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 1 }]),
    ).rejects.toMatchObject({ kind: "validation", message: expect.stringContaining("phải thuộc một nhóm") });
    await setAllocations(chair, formId, [
      { unitId: tree.c1.id, category: XA, quantity: 1 },
      { unitId: tree.c2.id, category: XA, quantity: 1 },
    ]);

    // The district has no commune place left (it gave both away).
    const districtCommune = await batchOf(chair, tree.d1, formId, [XA]);
    await expect(submitBatch(chair, districtCommune.id)).rejects.toMatchObject({
      message: "Nhóm «Xã, phường»: đơn vị không được phân bổ chỉ tiêu nào; tờ trình này có 1.",
    });
    // A commune cannot file in the department group.
    const c2 = await createActor(tree.c2, ["OFFICER"]);
    const wrong = await batchOf(c2, tree.c2, formId, [BAN]);
    await expect(submitBatch(c2, wrong.id)).rejects.toMatchObject({
      message: "Nhóm «Ban, phòng, ngành»: đơn vị không được phân bổ chỉ tiêu nào; tờ trình này có 1.",
    });

    // Both communes' valid, allocated batches go through and are accepted with the district's department.
    const c1 = await createActor(tree.c1, ["OFFICER"]);
    const fromC1 = await batchOf(c1, tree.c1, formId, [XA]);
    const fromC2 = await batchOf(c2, tree.c2, formId, [XA]);
    await submitBatch(c1, fromC1.id);
    await submitBatch(c2, fromC2.id);
    for (const id of [one.id, fromC1.id, fromC2.id]) await acceptBatch(chair, id);
    const accepted = await db().nominee.findMany({
      where: { batch: { awardFormId: formId, status: "ACCEPTED" } },
      select: { category: true },
    });
    expect(accepted.map((n) => n.category).sort()).toEqual([BAN, XA, XA]);
  });
});

describe("sub-quotas at acceptance", () => {
  it("holds a unit's places: a batch filed before its allocation was lowered is refused when its places are used", async () => {
    const { tree, chair, formId } = await groupedPlan();
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: XA, quantity: 2 }]);
    const c1 = await createActor(tree.c1, ["OFFICER"]);
    const first = await batchOf(c1, tree.c1, formId, [XA]);
    const second = await batchOf(c1, tree.c1, formId, [XA]);
    await submitBatch(c1, first.id);
    await submitBatch(c1, second.id);
    // Lowering it is allowed (the places filed stay held, nobody else can be given them) …
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: XA, quantity: 1 }]);
    await expect(
      setAllocations(chair, formId, [
        { unitId: tree.c1.id, category: XA, quantity: 1 },
        { unitId: tree.c2.id, category: XA, quantity: 1 },
      ]),
    ).rejects.toMatchObject({ message: "Nhóm «Xã, phường» có 2 chỉ tiêu; phân bổ và đã đề nghị 3." });
    // … and acceptance keeps the commune to its one place.
    await acceptBatch(chair, first.id);
    await expect(acceptBatch(chair, second.id)).rejects.toMatchObject({
      kind: "conflict",
      message: "Nhóm «Xã, phường» đã đủ 1/1 chỉ tiêu của đơn vị; tờ trình này có 1.",
    });
  });

  it("two reviewers accepting into the last place of a group at once: exactly one wins", async () => {
    const { tree, chair, plan, formId } = await groupedPlan();
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: XA, quantity: 2 }]);
    const c1 = await createActor(tree.c1, ["OFFICER"]);
    const first = await batchOf(c1, tree.c1, formId, [XA]);
    const second = await batchOf(c1, tree.c1, formId, [XA]);
    await submitBatch(c1, first.id);
    await submitBatch(c1, second.id);
    // The plan is amended after both were filed: one commune place now, one left outside the groups.
    await amendGroups(chair, plan.id, [
      { category: BAN, quota: 1 },
      { category: XA, quota: 1 },
    ]);
    const reviewers = [await createActor(tree.d1, ["REVIEWER"]), await createActor(tree.d1, ["REVIEWER"])];
    const results = await Promise.allSettled([
      acceptBatch(reviewers[0]!, first.id),
      acceptBatch(reviewers[1]!, second.id),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(refused.reason).toMatchObject({
      kind: "conflict",
      message: "Nhóm «Xã, phường» đã đủ 1/1 chỉ tiêu; tờ trình này có 1.",
    });
    expect(
      await db().nominee.count({ where: { category: XA, batch: { awardFormId: formId, status: "ACCEPTED" } } }),
    ).toBe(1);
  });
});

describe("sub-quotas at approval and signing", () => {
  it("refuses to approve or sign past a group the plan was amended to, naming it", async () => {
    const { tree, chair, plan, formId } = await groupedPlan();
    await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: XA, quantity: 2 }]);
    const c1 = await createActor(tree.c1, ["OFFICER"]);
    const own = await batchOf(chair, tree.d1, formId, [BAN]);
    const communes = await batchOf(c1, tree.c1, formId, [XA, XA]);
    await submitBatch(chair, own.id);
    await submitBatch(c1, communes.id);
    await acceptBatch(chair, own.id);
    await acceptBatch(chair, communes.id);

    await saveCouncilRules(chair, {
      name: "Hội đồng Thi đua - Khen thưởng huyện",
      quorumNumerator: 2,
      quorumDenominator: 3,
      thresholdPercent: 50,
      thresholdStrict: true,
      countsWrittenOpinions: true,
    });
    const secretary = await createActor(tree.d1, ["COUNCIL_MEMBER"]);
    const member = await createActor(tree.d1, ["COUNCIL_MEMBER"]);
    for (const [m, role] of [
      [secretary, "THU_KY"],
      [member, "THANH_VIEN"],
    ] as const)
      await addCouncilMember(chair, { userId: m.userId, personId: "", role, termFrom: "2026-01-01", termTo: "" });
    const meeting = await scheduleMeeting(chair, {
      planId: plan.id,
      heldOn: "2026-11-16",
      startTime: "08:00",
      location: "Hội trường UBND huyện",
      disclosureFrom: "",
      disclosureTo: "",
    });
    const seats = (await findMeeting(secretary, meeting.id)).seats.map((s) => s.id);
    await openSession(secretary, meeting.id, seats);
    await openBallot(secretary, meeting.id);
    const items = (await findMeeting(secretary, meeting.id)).items;
    for (const m of [secretary, member])
      await castVotes(
        m,
        meeting.id,
        items.map((i) => ({ itemId: i.id, choice: "AGREE" as const })),
      );
    await closeBallot(secretary, meeting.id);
    const commune = items.filter((i) => i.nominee?.label.startsWith("Xã"));
    expect(commune).toHaveLength(2);
    for (const i of items) await decideItem(chair, i.id, { approve: true });

    // Amended to one commune place after all three were approved: signing all of them is refused.
    await amendGroups(chair, plan.id, [
      { category: BAN, quota: 1 },
      { category: XA, quota: 1 },
    ]);
    const sign = () =>
      signDecision(chair, plan.id, {
        awardFormId: formId,
        decidedOn: todayInVietnam(),
        signerName: "Người Ký",
        budgetSource: "Quỹ thi đua, khen thưởng huyện",
        noMoney: true,
      });
    await expect(sign()).rejects.toMatchObject({
      kind: "conflict",
      message: "Giấy khen tập thể: Nhóm «Xã, phường» còn 1/1 chỉ tiêu; quyết định này có 2.",
    });
    // The chair withdraws one commune's approval; approving it again is refused, the group being full.
    await decideItem(chair, commune[1]!.id, { approve: false, reason: "Vượt số lượng của nhóm" });
    await expect(decideItem(chair, commune[1]!.id, { approve: true })).rejects.toMatchObject({
      kind: "conflict",
      message: "Giấy khen tập thể: Nhóm «Xã, phường» đã đủ 1/1 chỉ tiêu; phê duyệt thêm 1.",
    });
    const decision = await sign();
    const awards = await db().awardRecord.findMany({ where: { decisionId: decision.id }, select: { label: true } });
    expect(awards.map((a) => (a.label.startsWith("Xã") ? XA : BAN)).sort()).toEqual([BAN, XA]);
  });
});
