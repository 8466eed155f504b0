import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { setAllocations } from "@/server/data/quotas";
import { acceptBatch, createBatch, submitBatch } from "@/server/data/nominations/batches";
import { addNominee } from "@/server/data/nominations/nominees";
import { addCouncilMember, saveCouncilRules } from "@/server/data/councils";
import { findMeeting, openBallot, openSession, scheduleMeeting } from "@/server/data/meetings";
import { castVotes, closeBallot } from "@/server/data/ballot";
import type { Actor } from "@/server/auth/actor-types";
import { createActor, createPersonRow, uid } from "../support/factories";
import { districtPlan } from "../support/district-plan";

/**
 * Who runs a council session when the secretary is absent (issue 12 point 8): the council's quy chế
 * says (Council.secretaryStandIn), and the session's steps follow it.
 */
const RULES = {
  name: "Hội đồng Thi đua - Khen thưởng huyện",
  quorumNumerator: 2,
  quorumDenominator: 3,
  thresholdPercent: 50,
  thresholdStrict: true,
  countsWrittenOpinions: true,
};

type Role = "CHU_TICH" | "PHO_CHU_TICH" | "THANH_VIEN" | "THU_KY";

/** A district council with the given seats and a meeting on one accepted nominee. */
async function councilWith(roles: Role[]) {
  const { tree, chair, plan, formId } = await districtPlan({ quota: 5, dossier: false });
  await setAllocations(chair, formId, [{ unitId: tree.c1.id, category: "", quantity: 1 }]);
  const officer = await createActor(tree.c1, ["OFFICER"]);
  const batch = await createBatch(officer, formId);
  await addNominee(officer, batch.id, {
    kind: "INDIVIDUAL",
    personId: (await createPersonRow(tree.c1, `Người Đề Nghị ${uid()}`)).id,
    category: "",
    summary: "Thành tích",
    periodFrom: "2026-01-01",
    periodTo: "2026-12-31",
  });
  await submitBatch(officer, batch.id);
  await acceptBatch(chair, batch.id);
  await saveCouncilRules(chair, RULES);
  const seats: Record<string, Actor> = {};
  for (const role of roles) {
    const member = await createActor(tree.d1, ["COUNCIL_MEMBER"]);
    await addCouncilMember(chair, { userId: member.userId, personId: "", role, termFrom: "2026-01-01", termTo: "" });
    seats[role] = member;
  }
  const meeting = await scheduleMeeting(chair, {
    planId: plan.id,
    heldOn: "2026-11-16",
    startTime: "08:00",
    location: "Hội trường UBND huyện",
    disclosureFrom: "",
    disclosureTo: "",
  });
  const seatOf = async (role: Role) =>
    (await db().councilMember.findFirstOrThrow({ where: { userId: seats[role]!.userId } })).id;
  return { chair, seats, meeting, seatOf };
}

describe("a council without a secretary seat", () => {
  it("cannot open a session while its quy chế names nobody; can once it lets the chair or a vice-chair stand in", async () => {
    const { chair, seats, meeting, seatOf } = await councilWith(["CHU_TICH", "PHO_CHU_TICH", "THANH_VIEN"]);
    const everyone = [await seatOf("CHU_TICH"), await seatOf("PHO_CHU_TICH"), await seatOf("THANH_VIEN")];
    await expect(openSession(seats.CHU_TICH!, meeting.id, everyone)).rejects.toMatchObject({
      kind: "forbidden",
      message: "Chỉ Thư ký Hội đồng điều hành phiên họp: quy chế của Hội đồng không cho ai thay Thư ký vắng mặt.",
    });

    await saveCouncilRules(chair, { ...RULES, secretaryStandIn: "CHAIR_OR_VICE" });
    // A plain member is not the stand-in the quy chế names.
    await expect(openSession(seats.THANH_VIEN!, meeting.id, everyone)).rejects.toMatchObject({
      kind: "forbidden",
      message: "Theo quy chế, khi Thư ký vắng mặt chỉ Chủ tịch hoặc Phó Chủ tịch Hội đồng điều hành thay.",
    });
    expect((await findMeeting(seats.THANH_VIEN!, meeting.id)).isSecretary).toBe(false);
    expect((await findMeeting(seats.PHO_CHU_TICH!, meeting.id)).isSecretary).toBe(true);

    // The vice-chair runs the whole session: opens it, opens the ballot, closes it.
    await openSession(seats.PHO_CHU_TICH!, meeting.id, everyone);
    await expect(openBallot(seats.THANH_VIEN!, meeting.id)).rejects.toMatchObject({ kind: "forbidden" });
    await openBallot(seats.PHO_CHU_TICH!, meeting.id);
    const items = (await findMeeting(seats.PHO_CHU_TICH!, meeting.id)).items;
    for (const m of Object.values(seats))
      await castVotes(
        m,
        meeting.id,
        items.map((i) => ({ itemId: i.id, choice: "AGREE" as const })),
      );
    await expect(closeBallot(seats.THANH_VIEN!, meeting.id)).rejects.toMatchObject({ kind: "forbidden" });
    await closeBallot(seats.PHO_CHU_TICH!, meeting.id);
    expect((await db().councilMeeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("BALLOT_CLOSED");
  });
});

describe("a named member stands in for an absent secretary", () => {
  it("only while the secretary is absent, and only the member named", async () => {
    const { chair, seats, meeting, seatOf } = await councilWith(["CHU_TICH", "THANH_VIEN", "THU_KY"]);
    const [ct, tv, tk] = [await seatOf("CHU_TICH"), await seatOf("THANH_VIEN"), await seatOf("THU_KY")];
    // A seat of another council cannot be named.
    await expect(
      saveCouncilRules(chair, { ...RULES, secretaryStandIn: "NAMED_MEMBER", secretaryStandInMemberId: "khong-co" }),
    ).rejects.toMatchObject({ kind: "validation", fieldErrors: { secretaryStandInMemberId: expect.any(String) } });
    await saveCouncilRules(chair, { ...RULES, secretaryStandIn: "NAMED_MEMBER", secretaryStandInMemberId: tv });

    await expect(openSession(seats.THANH_VIEN!, meeting.id, [ct, tv, tk])).rejects.toMatchObject({
      kind: "forbidden",
      message: "Thư ký Hội đồng có mặt: Thư ký điều hành phiên họp.",
    });
    await expect(openSession(seats.CHU_TICH!, meeting.id, [ct, tv])).rejects.toMatchObject({
      kind: "forbidden",
      message: "Theo quy chế, khi Thư ký vắng mặt chỉ thành viên được chỉ định điều hành thay.",
    });
    await openSession(seats.THANH_VIEN!, meeting.id, [ct, tv]);
    // The absent secretary's seat does not make the stand-in give way: he was recorded absent.
    await openBallot(seats.THANH_VIEN!, meeting.id);
    expect((await db().councilMeeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("BALLOT_OPEN");
  });
});
