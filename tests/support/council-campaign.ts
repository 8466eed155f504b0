import { db } from "@/server/db/client";
import { setAllocations } from "@/server/data/quotas";
import { acceptBatch, createBatch, submitBatch } from "@/server/data/nominations/batches";
import { addNominee } from "@/server/data/nominations/nominees";
import { addCouncilMember, saveCouncilRules } from "@/server/data/councils";
import { findMeeting, openBallot, openSession, scheduleMeeting } from "@/server/data/meetings";
import { castVotes, closeBallot } from "@/server/data/ballot";
import type { Actor } from "@/server/auth/actor-types";
import { createActor, createPersonRow, uid } from "./factories";
import { districtPlan } from "./district-plan";

/**
 * A district plan with `nominees` individuals from a commune accepted for the council, and a
 * council of `seats` meeting today: what the council, approval and decision tests start from.
 * `names` gives the nominees' names (default "Người Đề Nghị A …", unique per run). `years`: the
 * form is given yearly over those years (a round each, each allocated `quota`), and nominee i is
 * proposed in the round of years[i % years.length], one batch per round.
 */
export async function campaign(opts: {
  nominees: number;
  seats: number;
  quota?: number;
  cashValue?: number;
  catalogueCode?: string;
  rewardKind?: "CATALOGUE" | "CASH" | "GIFT" | "NONE";
  giftDescription?: string;
  formName?: string;
  memberIsNominee?: boolean;
  names?: string[];
  years?: number[];
}) {
  const years = opts.years ?? [];
  const { tree, chair, plan, formId } = await districtPlan({
    quota: opts.quota ?? 10,
    dossier: false,
    cashValue: opts.cashValue,
    catalogueCode: opts.catalogueCode,
    rewardKind: opts.rewardKind,
    giftDescription: opts.giftDescription,
    formName: opts.formName,
    ...(years.length
      ? {
          recurrence: "YEARLY" as const,
          periodFrom: `${years[0]}-01-01`,
          periodTo: `${years[years.length - 1]}-12-31`,
          // No deadline: a past year's round is filed today in these tests.
          dossierDeadline: "",
        }
      : {}),
  });
  const rounds = await db().awardRound.findMany({ where: { awardFormId: formId }, orderBy: { position: "asc" } });
  // One round unless `years`: then those years' rounds, in order.
  const filed = years.length ? years.map((y) => rounds.find((r) => r.year === y)!) : [rounds[0]!];
  for (const round of filed)
    await setAllocations(
      chair,
      formId,
      [{ unitId: tree.c1.id, category: "", quantity: opts.quota ?? 10 }],
      undefined,
      round.id,
    );
  // When a council member is to be a nominee, the district proposes its own people (the member is one of them).
  const unit = opts.memberIsNominee ? tree.d1 : tree.c1;
  const officer = opts.memberIsNominee ? chair : await createActor(tree.c1, ["OFFICER"]);
  const batches = [];
  for (const round of filed) batches.push(await createBatch(officer, formId, round.id));
  const people = [];
  for (let i = 0; i < opts.nominees; i++) {
    const person = await createPersonRow(
      unit,
      opts.names?.[i] ?? `Người Đề Nghị ${String.fromCharCode(65 + i)} ${uid()}`,
    );
    const year = years.length ? years[i % years.length]! : 2026;
    await addNominee(officer, batches[i % batches.length]!.id, {
      kind: "INDIVIDUAL",
      personId: person.id,
      category: "",
      summary: "Thành tích",
      periodFrom: `${year}-01-01`,
      periodTo: `${year}-12-31`,
    });
    people.push(person);
  }
  for (const batch of batches) {
    await submitBatch(officer, batch.id);
    await acceptBatch(chair, batch.id);
  }
  await saveCouncilRules(chair, {
    name: "Hội đồng Thi đua - Khen thưởng huyện",
    quorumNumerator: 2,
    quorumDenominator: 3,
    thresholdPercent: 50,
    thresholdStrict: true,
    countsWrittenOpinions: true,
  });
  const members: Actor[] = [];
  for (let i = 0; i < opts.seats; i++) {
    const member = await createActor(tree.d1, ["COUNCIL_MEMBER"]);
    const personId = opts.memberIsNominee && i === 1 ? people[0]!.id : "";
    await addCouncilMember(chair, {
      userId: member.userId,
      personId,
      role: i === 0 ? "THU_KY" : "THANH_VIEN",
      termFrom: "2026-01-01",
      termTo: "",
    });
    members.push(member);
  }
  // Held the week before: decisions in these tests are dated after it, as a decision must be.
  const meeting = await scheduleMeeting(chair, {
    planId: plan.id,
    heldOn: "2026-11-16",
    startTime: "08:00",
    location: "Hội trường UBND huyện",
    disclosureFrom: "",
    disclosureTo: "",
  });
  const secretary = members[0]!;
  const seatIds = async () =>
    (await findMeeting(secretary, meeting.id)).seats.map((s) => ({ id: s.id, userId: s.userId }));
  return { tree, chair, plan, formId, rounds: filed, members, secretary, meeting, people, officer, seatIds };
}

export type Campaign = Awaited<ReturnType<typeof campaign>>;

export const itemsOf = async (actor: Actor, meetingId: string) => (await findMeeting(actor, meetingId)).items;

/** Every member present and agreeing on every nominee: all pass. */
export async function passAll(c: Campaign) {
  const seats = await c.seatIds();
  await openSession(
    c.secretary,
    c.meeting.id,
    seats.map((s) => s.id),
  );
  await openBallot(c.secretary, c.meeting.id);
  const items = await itemsOf(c.secretary, c.meeting.id);
  for (const m of c.members)
    await castVotes(
      m,
      c.meeting.id,
      items.map((i) => ({ itemId: i.id, choice: "AGREE" as const })),
    );
  await closeBallot(c.secretary, c.meeting.id);
  return items;
}
