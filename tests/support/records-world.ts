import { db } from "@/server/db/client";
import { AppError } from "@/domain/errors";
import { ROLES, type RoleCode } from "@/domain/auth/permissions";
import type { Actor } from "@/server/auth/actor-types";
import { setAllocations } from "@/server/data/quotas";
import { acceptBatch, createBatch, findBatch, submitBatch } from "@/server/data/nominations/batches";
import { addNominee } from "@/server/data/nominations/nominees";
import { extendDossierDeadline } from "@/server/data/nominations/deadline-extensions";
import { uploadDossierFile } from "@/server/services/dossier-files";
import { createEnteredAward, createHold, createInitiative, saveReview } from "@/server/data/achievements";
import { createLocalForm } from "@/server/data/local-forms";
import { cascadePlan, transitionPlan } from "@/server/data/plans";
import { addCouncilMember, saveCouncilRules, saveCouncilThreshold } from "@/server/data/councils";
import {
  answerObjection,
  findMeeting,
  openBallot,
  openSession,
  recordObjection,
  scheduleMeeting,
} from "@/server/data/meetings";
import { castVotes, closeBallot } from "@/server/data/ballot";
import { decideItem, signDecision } from "@/server/data/decisions";
import { createActor, createOrganisationRow, createPersonRow, uid, type TestUnit } from "./factories";
import { districtPlan } from "./district-plan";

/**
 * What the record isolation suites attack: one district (D1) and one of its communes (C1) with
 * every kind of unit-owned record, each in the state where its own unit could still act on it —
 * a person's ratings, initiatives, awards and complaints; local award forms; notifications; a
 * dossier extension; batches in draft and accepted, with filed documents; a commune council that
 * voted upward and a district council with a decided meeting, one whose ballot is open and one
 * in session; a signed award decision. Built through the data layer, as the units themselves would.
 */

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const MINUTES = "Trích biên bản họp Hội đồng xét khen thưởng";

const councilRules = (name: string, countsWrittenOpinions: boolean) => ({
  name,
  quorumNumerator: 2,
  quorumDenominator: 3,
  thresholdPercent: 50,
  thresholdStrict: true,
  countsWrittenOpinions,
});

/** A council of `seats` accounts of `unit`, the first its secretary. */
async function seatCouncil(manager: Actor, unit: TestUnit, seats: number, termFrom = "2026-01-01") {
  const members: Actor[] = [];
  for (let i = 0; i < seats; i++) {
    const member = await createActor(unit, ["COUNCIL_MEMBER"]);
    await addCouncilMember(manager, {
      userId: member.userId,
      personId: "",
      role: i === 0 ? "THU_KY" : "THANH_VIEN",
      termFrom,
      termTo: "",
    });
    members.push(member);
  }
  return members;
}

/** Opens the session with the first `present` seats and the ballot. */
async function openVote(secretary: Actor, meetingId: string, present: number) {
  const seats = (await findMeeting(secretary, meetingId)).seats;
  await openSession(
    secretary,
    meetingId,
    seats.slice(0, present).map((s) => s.id),
  );
  await openBallot(secretary, meetingId);
  return seats;
}

async function voteAllAgree(members: Actor[], meetingId: string) {
  const items = (await findMeeting(members[0]!, meetingId)).items;
  for (const m of members)
    await castVotes(
      m,
      meetingId,
      items.map((i) => ({ itemId: i.id, choice: "AGREE" as const })),
    );
  await closeBallot(members[0]!, meetingId);
  return items;
}

export async function recordsWorld() {
  const {
    tree,
    chair: district,
    plan,
    formId,
  } = await districtPlan({
    quota: 10,
    dossier: ["Báo cáo thành tích", MINUTES],
    cashValue: 100_000,
  });
  await setAllocations(district, formId, [{ unitId: tree.c1.id, category: "", quantity: 10 }]);
  const commune = await createActor(tree.c1, ["CHAIR", "OFFICER", "REVIEWER", "ADMIN"]);

  // A person and an organisation of the commune with every kind of record eligibility reads.
  const org = await createOrganisationRow(tree.c1);
  const person = await createPersonRow(tree.c1, `Người Có Hồ Sơ ${uid()}`, org.id);
  await saveReview(commune, person.id, { year: 2025, rating: "HTXSNV" });
  await createInitiative(commune, person.id, {
    title: "Sáng kiến cải cách thủ tục",
    scope: "CO_SO",
    recognisedOn: "2025-06-01",
    recognisedBy: "QĐ 12/QĐ-UBND",
  });
  await createEnteredAward(commune, person.id, {
    catalogueCode: "",
    name: "Giấy khen",
    year: 2024,
    decisionNumber: "7/QĐ-UBND",
    decidedOn: "2025-01-10",
    conferredBy: "Chủ tịch UBND huyện",
  });
  const hold = { kind: "COMPLAINT" as const, note: "Đơn thư đang xác minh", openedOn: "2026-03-01", closedOn: "" };
  await createHold(commune, { personId: person.id }, hold);
  await createHold(commune, { organisationId: org.id }, hold);
  const localForms = [
    await createLocalForm(commune, { name: `Quà tặng xã ${uid()}`, nominee: ["INDIVIDUAL"], value: 300_000 }),
    await createLocalForm(district, { name: `Quà tặng huyện ${uid()}`, nominee: ["COLLECTIVE"], value: 500_000 }),
  ];

  /** A batch of the commune for the district's form, one nominee, its dossier filed when `filed`. */
  async function batchOf(filed: boolean) {
    const batch = await createBatch(commune, formId);
    const nominee = await createPersonRow(tree.c1, `Người Đề Nghị ${uid()}`);
    await addNominee(commune, batch.id, {
      kind: "INDIVIDUAL",
      personId: nominee.id,
      category: "",
      summary: "Thành tích",
      periodFrom: "2026-01-01",
      periodTo: "2026-12-31",
    });
    const documents = (await findBatch(commune, batch.id)).batch.nominees[0]!.documents;
    if (filed) for (const d of documents) await uploadDossierFile(commune, d.id, { name: "hs.pdf", bytes: PDF });
    return { batch, documents };
  }

  // Sent up and accepted by the district: what the district council decides on.
  const decidedBatch = await batchOf(true);
  await submitBatch(commune, decidedBatch.batch.id);
  await acceptBatch(district, decidedBatch.batch.id);

  // The commune's council votes on a draft proposal upward; the batch stays a draft.
  await saveCouncilRules(commune, councilRules("Hội đồng Thi đua - Khen thưởng xã", false));
  const communeMembers = await seatCouncil(commune, tree.c1, 3);
  const draft = await batchOf(false);
  await uploadDossierFile(commune, draft.documents[0]!.id, { name: "bao-cao.pdf", bytes: PDF });
  const upwardMeeting = await scheduleMeeting(commune, {
    planId: plan.id,
    heldOn: "2026-11-10",
    startTime: "14:00",
    location: "UBND xã",
    disclosureFrom: "",
    disclosureTo: "",
  });
  await openVote(communeMembers[0]!, upwardMeeting.id, 3);
  await voteAllAgree(communeMembers, upwardMeeting.id);

  // The district's council: a threshold, a seat that has sat in no meeting, a decided meeting.
  await saveCouncilRules(district, councilRules("Hội đồng Thi đua - Khen thưởng huyện", true));
  const districtMembers = await seatCouncil(district, tree.d1, 3);
  const [spareSeat] = await seatCouncil(district, tree.d1, 1, "2099-01-01");
  await saveCouncilThreshold(district, { catalogueCode: "LDTT", percent: 70, strict: false });
  const meetingInput = {
    planId: plan.id,
    heldOn: "2026-11-16",
    startTime: "08:00",
    location: "Hội trường UBND huyện",
    disclosureFrom: "",
    disclosureTo: "",
  };
  const decidedMeeting = await scheduleMeeting(district, meetingInput);
  await openVote(districtMembers[0]!, decidedMeeting.id, 3);
  const [decidedItem] = await voteAllAgree(districtMembers, decidedMeeting.id);
  await decideItem(district, decidedItem!.id, { approve: true });
  const decision = await signDecision(district, plan.id, {
    awardFormId: formId,
    decidedOn: "2026-11-20",
    signerName: "Người Ký",
    budgetSource: "Quỹ thi đua, khen thưởng",
  });

  // A second accepted batch on a meeting whose ballot is open, one member absent; its objection answered.
  const openBatch = await batchOf(true);
  await submitBatch(commune, openBatch.batch.id);
  await acceptBatch(district, openBatch.batch.id);
  const openMeeting = await scheduleMeeting(district, meetingInput);
  await recordObjection(district, openMeeting.id, { text: "Phản ánh về hồ sơ", receivedOn: "2026-11-12" });
  const objection = await db().objection.findFirstOrThrow({ where: { meetingId: openMeeting.id } });
  await answerObjection(district, objection.id, { resolution: "Đã xác minh, hồ sơ đúng." });
  const seats = await openVote(districtMembers[0]!, openMeeting.id, 2);
  const openItem = (await findMeeting(districtMembers[0]!, openMeeting.id)).items[0]!;

  // A third, in session: everyone present, the ballot not yet open (who votes on paper is still open).
  const sessionBatch = await batchOf(true);
  await submitBatch(commune, sessionBatch.batch.id);
  await acceptBatch(district, sessionBatch.batch.id);
  const sessionMeeting = await scheduleMeeting(district, meetingInput);
  await openSession(
    districtMembers[0]!,
    sessionMeeting.id,
    seats.map((s) => s.id),
  );

  await extendDossierDeadline(district, plan.id, tree.c1.id, "2099-01-01");

  // The commune's own plan, cascaded from the district's and issued (its first revision).
  const communePlan = await cascadePlan(commune, plan.id);
  await transitionPlan(commune, communePlan.id, "issue");

  const awards = await db().awardRecord.findMany({ where: { unitId: tree.c1.id }, orderBy: { source: "asc" } });
  const fileOf = async (documentId: string) => (await db().dossierFile.findFirstOrThrow({ where: { documentId } })).id;
  return {
    tree,
    district,
    commune,
    plan,
    formId,
    communePlan,
    person,
    org,
    holds: await db().reviewHold.findMany({ where: { unitId: tree.c1.id } }),
    review: await db().performanceReview.findFirstOrThrow({ where: { personId: person.id } }),
    initiative: await db().initiative.findFirstOrThrow({ where: { personId: person.id } }),
    enteredAward: awards.find((a) => a.source === "ENTERED")!,
    decidedAward: awards.find((a) => a.source === "DECISION")!,
    localForms,
    draftBatch: draft.batch,
    draftDocument: draft.documents[0]!,
    minutesDocument: draft.documents.find((d) => d.name === MINUTES)!,
    filedFileId: await fileOf(draft.documents[0]!.id),
    acceptedFileId: await fileOf(decidedBatch.documents[0]!.id),
    acceptedBatchIds: [decidedBatch.batch.id, openBatch.batch.id, sessionBatch.batch.id],
    communeMembers,
    upwardMeeting,
    districtMembers,
    spareSeat: (await db().councilMember.findFirstOrThrow({ where: { userId: spareSeat!.userId } })).id,
    threshold: await db().councilThreshold.findFirstOrThrow({ where: { council: { unitId: tree.d1.id } } }),
    decidedMeeting,
    decision,
    openMeeting,
    openItem,
    absentSeat: seats[2]!.id,
    sessionMeeting,
    presentSeat: seats[1]!.id,
    objection,
  };
}

export type RecordsWorld = Awaited<ReturnType<typeof recordsWorld>>;

/** The units the world's rows belong to. */
export const ownerUnits = (w: RecordsWorld) => [w.tree.d1.id, w.tree.c1.id];

/**
 * Who attacks: a sibling commune (C2, below the same district), a commune of the sibling district,
 * the sibling district, and a province and its commune elsewhere; each role alone, and all at once.
 */
export const OUTSIDER_UNITS = ["c2", "c3", "d2", "p2", "c4"] as const;
export const ROLE_SETS: RoleCode[][] = [...ROLES.map((r) => [r]), [...ROLES]];

export async function outsiders(w: RecordsWorld) {
  const list: { unit: TestUnit; roles: RoleCode[]; actor: Actor; name: string }[] = [];
  for (const key of OUTSIDER_UNITS)
    for (const roles of ROLE_SETS) {
      const unit = w.tree[key];
      list.push({
        unit,
        roles,
        actor: await createActor(unit, roles),
        name: `${key.toUpperCase()} ${roles.join("+")}`,
      });
    }
  return list;
}

/** Whether `unitId` is the actor's unit or one above it (whose issued plans it legitimately reads). */
export const onMyPath = (unit: TestUnit, unitId: string) => unit.path.split("/").includes(unitId);

/**
 * Every row the world's units own, as text: an attempt from another unit must leave it identical.
 * Audit entries are counted (each refused write must add none to the owners' log).
 */
export async function snapshotOf(w: RecordsWorld) {
  const unitId = { in: ownerUnits(w) };
  const byId = { orderBy: { id: "asc" as const } };
  const rows = await Promise.all([
    db().performanceReview.findMany({ where: { unitId }, ...byId }),
    db().initiative.findMany({ where: { unitId }, ...byId }),
    db().reviewHold.findMany({ where: { unitId }, ...byId }),
    db().awardRecord.findMany({ where: { unitId }, ...byId }),
    db().localAwardForm.findMany({ where: { unitId }, ...byId }),
    db().notification.findMany({ where: { unitId }, ...byId }),
    db().dossierExtension.findMany({ where: { OR: [{ unitId }, { plan: { unitId } }] }, ...byId }),
    db().organisation.findMany({ where: { unitId }, ...byId }),
    db().person.findMany({ where: { unitId }, ...byId }),
    db().plan.findMany({
      where: { unitId },
      ...byId,
      include: {
        awardForms: { ...byId, include: { allocations: byId } },
        revisions: byId,
      },
    }),
    db().nominationBatch.findMany({
      where: { OR: [{ unitId }, { awardForm: { plan: { unitId } } }] },
      ...byId,
      // Every nested list in a fixed order: without one PostgreSQL returns rows in whatever order the
      // heap and plan give, which changed between two reads while other files wrote beside this one.
      include: {
        nominees: { ...byId, include: { documents: { ...byId, include: { files: byId } } } },
        events: byId,
      },
    }),
    db().council.findMany({
      where: { unitId },
      ...byId,
      include: { members: { orderBy: { id: "asc" } }, thresholds: { orderBy: { id: "asc" } } },
    }),
    db().councilMeeting.findMany({
      where: { unitId },
      ...byId,
      include: {
        items: { orderBy: { id: "asc" }, include: { receipts: { orderBy: { memberId: "asc" } } } },
        attendance: { orderBy: { memberId: "asc" } },
        objections: { orderBy: { id: "asc" } },
      },
    }),
    db().awardDecision.findMany({ where: { unitId }, ...byId }),
    db().auditEntry.count({ where: { unitId } }),
  ]);
  return JSON.stringify(rows);
}

/** How a refusal at the wall looks: the row is not there (not_found) or the role may not (forbidden). */
export const WALL = ["not_found", "forbidden"];

/** The kind of error a call was refused with, or "done" when it went through. */
export async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "done";
  } catch (e) {
    if (e instanceof AppError) return e.kind;
    throw e;
  }
}

/** Names of the calls that were not refused at the wall (expected: none). */
export const notRefused = (outcomes: Record<string, string>) =>
  Object.entries(outcomes)
    .filter(([, kind]) => !WALL.includes(kind))
    .map(([call, kind]) => `${call}: ${kind}`);

/** What a read hands back, or null when it refuses at the wall (a role without the permission). */
export async function answer<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof AppError && WALL.includes(e.kind)) return null;
    throw e;
  }
}
