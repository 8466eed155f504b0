/**
 * Issue 2, "Roles and tenant isolation": for every role × every tenant-owned entity × read,
 * create, update, delete, an attempt on another unit's data is refused and nothing changes.
 * Real PostgreSQL, real data layer, actors built from real sessions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { ROLES, type RoleCode } from "@/domain/auth/permissions";
import { AppError } from "@/domain/errors";
import type { Actor } from "@/server/auth/actor-types";
import { parseTableParams } from "@/lib/table-params";
import * as orgs from "@/server/data/organisations";
import * as people from "@/server/data/people";
import * as disciplines from "@/server/data/disciplines";
import * as accounts from "@/server/data/accounts";
import { listAuditEntries } from "@/server/data/audit";
import * as plans from "@/server/data/plans";
import * as planReads from "@/server/data/plan-reads";
import * as registrations from "@/server/data/registrations";
import * as registrationReview from "@/server/data/registration-review";
import * as batches from "@/server/data/nominations/batches";
import * as nominees from "@/server/data/nominations/nominees";
import * as dossierDocuments from "@/server/data/nominations/dossier-documents";
import * as deadlineExtensions from "@/server/data/nominations/deadline-extensions";
import * as dossierFiles from "@/server/services/dossier-files";
import * as quotas from "@/server/data/quotas";
import { ZPlanInput } from "@/schemas/plan";
import {
  createActor,
  createDisciplineRow,
  createOrganisationRow,
  createPersonRow,
  createTree,
  type TestUnit,
} from "../support/factories";
import { inboxPage } from "../support/inbox";

type Tree = Awaited<ReturnType<typeof createTree>>;
type Target = {
  unit: TestUnit;
  orgId: string;
  personId: string;
  disciplineId: string;
  memberUserId: string;
  draftPlanId: string;
  issuedPlanId: string;
  registrationId: string;
  batchId: string;
  documentId: string;
  fileId: string;
  awardFormId: string;
};
type Op = "read" | "create" | "update" | "delete";

const ENTITIES = [
  "Organisation",
  "Person",
  "DisciplineRecord",
  "Membership",
  "AuditEntry",
  "Plan",
  "Registration",
  "NominationBatch",
  "QuotaAllocation",
] as const;
const OPS: Op[] = ["read", "create", "update", "delete"];

let tree: Tree;
const targets: Target[] = [];

async function seedTarget(unit: TestUnit): Promise<Target> {
  const org = await createOrganisationRow(unit);
  const person = await createPersonRow(unit, "Trần Văn Đích", org.id);
  const discipline = await createDisciplineRow(unit, person.id);
  const member = await createActor(unit, ["OFFICER"]);
  await db().auditEntry.create({ data: { unitId: unit.id, entity: "Person", entityId: person.id, action: "CREATE" } });
  const chair = await createActor(unit, ["CHAIR"]);
  const draft = await plans.createPlan(chair, minimalPlan());
  const issued = await plans.createPlan(chair, { ...minimalPlan(), registrationItems: ["LDTT"] });
  await plans.transitionPlan(chair, issued.id, "issue");
  const registrant = await createActor(unit, ["OFFICER"]);
  const registrationId = await registrations.saveMyRegistration(registrant, issued.id, [
    { kind: "INDIVIDUAL", personId: person.id, items: ["LDTT"], commitment: "" },
  ]);
  await registrations.sendMyRegistration(registrant, issued.id);
  // A submitted batch for the unit's own plan, with one uploaded document.
  const awardFormId = issued.awardForms[0]!.id;
  const proposer = await createActor(unit, ["OFFICER", "REVIEWER"]);
  await quotas.setAllocations(proposer, awardFormId, [{ unitId: unit.id, category: "", quantity: 2 }]);
  const batch = await batches.createBatch(proposer, awardFormId);
  const nomineePerson = await createPersonRow(unit, "Lê Thị Đề Nghị");
  await nominees.addNominee(proposer, batch.id, {
    kind: "INDIVIDUAL",
    personId: nomineePerson.id,
    category: "",
    summary: "Hoàn thành xuất sắc nhiệm vụ",
    periodFrom: "2024-01-01",
    periodTo: "2024-12-31",
  });
  const documentId = (await batches.findBatch(proposer, batch.id)).batch.nominees[0]!.documents[0]!.id;
  await dossierFiles.uploadDossierFile(proposer, documentId, {
    name: "bc.pdf",
    bytes: new TextEncoder().encode("%PDF-1.7\n%%EOF\n"),
  });
  await batches.submitBatch(proposer, batch.id);
  const fileId = (await db().dossierFile.findFirstOrThrow({ where: { documentId } })).id;
  return {
    unit,
    orgId: org.id,
    personId: person.id,
    disciplineId: discipline.id,
    memberUserId: member.userId,
    draftPlanId: draft.id,
    issuedPlanId: issued.id,
    registrationId,
    batchId: batch.id,
    documentId,
    fileId,
    awardFormId,
  };
}

/**
 * Everything that belongs to the target unit, to prove an attempt changed nothing. Nested lists too
 * are read in a fixed order: PostgreSQL's own order may differ between two reads while other files run.
 */
const byId = { orderBy: { id: "asc" as const } };
async function snapshotOf(unitId: string) {
  const [o, p, d, m, a, pl, r, b, q, x] = await Promise.all([
    db().organisation.findMany({ where: { unitId }, orderBy: { id: "asc" } }),
    db().person.findMany({ where: { unitId }, orderBy: { id: "asc" } }),
    db().disciplineRecord.findMany({ where: { unitId }, orderBy: { id: "asc" } }),
    db().membership.findMany({ where: { unitId }, orderBy: { id: "asc" } }),
    db().auditEntry.count({ where: { unitId } }),
    db().plan.findMany({
      where: { unitId },
      orderBy: { id: "asc" },
      include: { awardForms: byId, bases: byId, revisions: byId },
    }),
    db().registration.findMany({
      where: { OR: [{ unitId }, { plan: { unitId } }] },
      orderBy: { id: "asc" },
      include: { rows: byId },
    }),
    db().nominationBatch.findMany({
      where: { OR: [{ unitId }, { awardForm: { plan: { unitId } } }] },
      orderBy: { id: "asc" },
      include: {
        nominees: { ...byId, include: { documents: { ...byId, include: { files: byId } } } },
        events: byId,
      },
    }),
    db().quotaAllocation.findMany({
      where: { OR: [{ unitId }, { awardForm: { plan: { unitId } } }] },
      orderBy: { id: "asc" },
    }),
    db().dossierExtension.findMany({ where: { OR: [{ unitId }, { plan: { unitId } }] }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ o, p, d, m, a, pl, r, b, q, x });
}

const params = <S extends string>(sort: S) =>
  parseTableParams<S>({}, { sortKeys: [sort], defaultSort: sort, defaultPageSize: 100 });

const personInput = (organisationId = "") => ({
  fullName: "Lê Văn Xâm",
  dateOfBirth: "1990-01-01",
  gender: "NAM" as const,
  staffKind: "CONG_CHUC" as const,
  position: "Công chức",
  organisationId,
  partyMember: false,
});
const minimalPlan = () =>
  ZPlanInput.parse({
    kind: "ANNUAL",
    title: "Kế hoạch thử",
    place: "Xã",
    symbol: "KH-UBND",
    periodFrom: "2024-01-01",
    periodTo: "2024-12-31",
    bases: [],
    purposes: ["Mục đích"],
    requirements: [],
    slogan: "",
    contents: ["Nội dung"],
    participantCollectives: [],
    participantIndividuals: [],
    awardForms: [
      {
        name: "Giấy khen",
        authority: "Chủ tịch UBND",
        conferral: "OWN",
        recipientKind: "INDIVIDUAL",
        quota: 3,
        subQuotas: [],
        criteria: ["Tiêu chuẩn"],
        cashValue: "",
        dossier: [{ name: "Báo cáo thành tích", template: "Mẫu số 03", copies: 1 }],
      },
    ],
    registrationDeadline: "",
    dossierDeadline: "",
    phases: [],
    budgetSource: "",
    rewardRules: "",
    duties: [],
    recipients: ["Lưu: VT"],
    signerAuthority: "TM. ỦY BAN NHÂN DÂN",
    signerTitle: "CHỦ TỊCH",
    signerName: "Người Ký",
  });
const disciplineInput = {
  status: "DECIDED" as const,
  level: "CANH_CAO" as const,
  decisionNumber: "",
  reason: "Thử xâm nhập",
  effectiveFrom: "2024-02-02",
  effectiveTo: "",
};

/**
 * One attempt on the target unit's data. Reads must not return the target's rows; writes must
 * throw. Creates carry the target's ids in their payload (the only way a create can reach
 * another unit, since the unit itself is never taken from input).
 */
async function attempt(
  actor: Actor,
  entity: (typeof ENTITIES)[number],
  op: Op,
  t: Target,
): Promise<"refused" | "leaked"> {
  const refusedCall = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      return "leaked" as const;
    } catch (e) {
      if (e instanceof AppError && ["not_found", "forbidden", "validation", "conflict"].includes(e.kind))
        return "refused" as const;
      throw e;
    }
  };
  const emptyRead = async (rows: () => Promise<{ unitId?: string; id?: string }[]>, id: string) => {
    try {
      const list = await rows();
      return list.some((r) => r.id === id || r.unitId === t.unit.id) ? ("leaked" as const) : ("refused" as const);
    } catch (e) {
      if (e instanceof AppError) return "refused" as const;
      throw e;
    }
  };
  switch (`${entity}:${op}`) {
    case "Organisation:read": {
      const listed = await emptyRead(async () => (await orgs.listOrganisations(actor, params("name"))).rows, t.orgId);
      const found = await refusedCall(() => orgs.findOrganisation(actor, t.orgId));
      return listed === "refused" && found === "refused" ? "refused" : "leaked";
    }
    case "Organisation:create": {
      // A create always lands in the actor's unit; prove the target unit gains nothing.
      const before = await db().organisation.count({ where: { unitId: t.unit.id } });
      try {
        await orgs.createOrganisation(actor, { name: `Tổ chức mới ${Math.random()}`, kind: "BO_PHAN", active: true });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
      }
      return (await db().organisation.count({ where: { unitId: t.unit.id } })) === before ? "refused" : "leaked";
    }
    case "Organisation:update":
      return refusedCall(() =>
        orgs.updateOrganisation(actor, t.orgId, { name: "Đã bị sửa", kind: "DOAN_THE", active: false }, 0),
      );
    case "Organisation:delete":
      return refusedCall(() => orgs.deleteOrganisation(actor, t.orgId));
    case "Person:read": {
      const listed = await emptyRead(async () => (await people.listPeople(actor, params("sortName"))).rows, t.personId);
      const found = await refusedCall(() => people.findPerson(actor, t.personId));
      return listed === "refused" && found === "refused" ? "refused" : "leaked";
    }
    case "Person:create":
      // Attaching a new person to the other unit's organisation must be refused.
      return refusedCall(() => people.createPerson(actor, personInput(t.orgId)));
    case "Person:update":
      return refusedCall(() => people.updatePerson(actor, t.personId, personInput(), 0));
    case "Person:delete":
      return refusedCall(() => people.deletePerson(actor, t.personId));
    case "DisciplineRecord:read":
      return emptyRead(() => disciplines.listDisciplines(actor, t.personId), t.disciplineId);
    case "DisciplineRecord:create":
      return refusedCall(() => disciplines.createDiscipline(actor, t.personId, disciplineInput));
    case "DisciplineRecord:update":
      return refusedCall(() => disciplines.updateDiscipline(actor, t.disciplineId, disciplineInput, 0));
    case "DisciplineRecord:delete":
      return refusedCall(() => disciplines.deleteDiscipline(actor, t.disciplineId));
    case "Membership:read": {
      const listed = await emptyRead(
        async () => (await accounts.listUnitAccounts(actor, params("name"))).rows.map((r) => ({ id: r.id })),
        t.memberUserId,
      );
      const found = await refusedCall(() => accounts.findUnitAccount(actor, t.memberUserId));
      return listed === "refused" && found === "refused" ? "refused" : "leaked";
    }
    case "Membership:create": {
      // The unit of a new membership is never taken from input: adding the other unit's member
      // (known by email) gives roles in the actor's unit only, never in the target unit.
      const email = (await db().user.findUniqueOrThrow({ where: { id: t.memberUserId } })).email;
      const before = await db().membership.count({ where: { unitId: t.unit.id } });
      try {
        await accounts.addUnitAccount(actor, { unitId: "", email, name: "X", roles: ["ADMIN"] });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
      }
      const after = await db().membership.count({ where: { unitId: t.unit.id } });
      // Undo the legitimate part (roles in the actor's own unit) so later cases start clean.
      await db().membership.deleteMany({ where: { userId: t.memberUserId, unitId: actor.unit.id } });
      return after === before ? "refused" : "leaked";
    }
    case "Membership:update":
      return refusedCall(() => accounts.setUnitAccountRoles(actor, t.memberUserId, ["ADMIN"]));
    case "Membership:delete":
      return refusedCall(() => accounts.removeUnitAccount(actor, t.memberUserId));
    case "AuditEntry:read":
      return emptyRead(
        async () => (await listAuditEntries(actor, params("at"), {})).rows.map((r) => ({ id: r.entityId })),
        t.personId,
      );
    case "Plan:read": {
      const listed = await emptyRead(
        async () => (await planReads.listPlans(actor, params("updatedAt"), {})).rows,
        t.issuedPlanId,
      );
      const draft = await refusedCall(() => planReads.findPlan(actor, t.draftPlanId));
      const issued = await refusedCall(() => planReads.findPlan(actor, t.issuedPlanId));
      return listed === "refused" && draft === "refused" && issued === "refused" ? "refused" : "leaked";
    }
    case "Plan:create": {
      // Citing (linking) another unit's plan, or cascading from a plan not above the actor, is refused.
      const cite = await refusedCall(() =>
        plans.createPlan(actor, { ...minimalPlan(), bases: [{ text: "Căn cứ", linkedPlanId: t.issuedPlanId }] }),
      );
      const cascade = await refusedCall(() => plans.cascadePlan(actor, t.issuedPlanId));
      return cite === "refused" && cascade === "refused" ? "refused" : "leaked";
    }
    case "Plan:update": {
      const edit = await refusedCall(() => plans.updatePlan(actor, t.draftPlanId, minimalPlan(), 0));
      const issue = await refusedCall(() => plans.transitionPlan(actor, t.draftPlanId, "issue"));
      const amend = await refusedCall(() => plans.amendPlan(actor, t.issuedPlanId, minimalPlan(), "Sửa trái phép", 0));
      return edit === "refused" && issue === "refused" && amend === "refused" ? "refused" : "leaked";
    }
    case "Plan:delete":
      return refusedCall(() => plans.deletePlan(actor, t.draftPlanId));
    case "Registration:read": {
      const summary = await refusedCall(() => registrationReview.listPlanRegistrations(actor, t.issuedPlanId));
      const mine = await refusedCall(() => registrations.findMyRegistration(actor, t.issuedPlanId));
      return summary === "refused" && mine === "refused" ? "refused" : "leaked";
    }
    case "Registration:create":
      // Registering for a plan of a unit that is not above the actor's.
      return refusedCall(() => registrations.saveMyRegistration(actor, t.issuedPlanId, []));
    case "Registration:update": {
      const approve = await refusedCall(() =>
        registrationReview.reviewRegistration(actor, t.registrationId, "approve"),
      );
      const send = await refusedCall(() => registrations.sendMyRegistration(actor, t.issuedPlanId));
      return approve === "refused" && send === "refused" ? "refused" : "leaked";
    }
    case "Registration:delete": {
      // There is no deletion; the closest change another unit could try is reopening (which un-sends).
      const reopen = await refusedCall(() =>
        registrationReview.reopenRegistration(actor, t.issuedPlanId, t.unit.id, "2099-12-31"),
      );
      const forward = await refusedCall(() => registrations.forwardRegistrations(actor, t.issuedPlanId));
      return reopen === "refused" && forward === "refused" ? "refused" : "leaked";
    }
    case "NominationBatch:read": {
      const batch = await refusedCall(() => batches.findBatch(actor, t.batchId));
      const file = await refusedCall(() => dossierFiles.readDossierFile(actor, t.fileId));
      const inbox = await emptyRead(
        async () => (await batches.listInbox(actor, inboxPage)).rows.map((b) => ({ id: b.id })),
        t.batchId,
      );
      return batch === "refused" && file === "refused" && inbox === "refused" ? "refused" : "leaked";
    }
    case "NominationBatch:create": {
      // Proposing for a form of a plan not above the actor, or adding a nominee to another unit's batch.
      const create = await refusedCall(() => batches.createBatch(actor, t.awardFormId));
      const add = await refusedCall(() =>
        nominees.addNominee(actor, t.batchId, {
          kind: "INDIVIDUAL",
          personId: t.personId,
          category: "",
          summary: "Thử xâm nhập hồ sơ",
          periodFrom: "2024-01-01",
          periodTo: "2024-12-31",
        }),
      );
      return create === "refused" && add === "refused" ? "refused" : "leaked";
    }
    case "NominationBatch:update": {
      const review = await refusedCall(() => dossierDocuments.reviewDocument(actor, t.documentId, "ACCEPTED", ""));
      const accept = await refusedCall(() => batches.acceptBatch(actor, t.batchId));
      const giveBack = await refusedCall(() => batches.returnBatch(actor, t.batchId, "Trả lại trái phép"));
      // "Rút tờ trình" is the proposing unit's alone.
      const withdraw = await refusedCall(() => batches.withdrawBatch(actor, t.batchId, "Rút tờ trình trái phép"));
      const upload = await refusedCall(() =>
        dossierFiles.uploadDossierFile(actor, t.documentId, {
          name: "x.pdf",
          bytes: new TextEncoder().encode("%PDF-1.7\n"),
        }),
      );
      return [review, accept, giveBack, withdraw, upload].every((r) => r === "refused") ? "refused" : "leaked";
    }
    case "NominationBatch:delete": {
      const nominee = (await db().nominee.findFirstOrThrow({ where: { batchId: t.batchId } })).id;
      return refusedCall(() => nominees.removeNominee(actor, nominee));
    }
    case "QuotaAllocation:read":
      return refusedCall(() => quotas.quotaBoard(actor, t.issuedPlanId));
    case "QuotaAllocation:create":
      return refusedCall(() =>
        quotas.setAllocations(actor, t.awardFormId, [{ unitId: actor.unit.id, category: "", quantity: 1 }]),
      );
    case "QuotaAllocation:update":
      return refusedCall(() =>
        deadlineExtensions.extendDossierDeadline(actor, t.issuedPlanId, t.unit.id, "2099-01-01"),
      );
    case "QuotaAllocation:delete":
      return refusedCall(() => quotas.setAllocations(actor, t.awardFormId, []));
    case "AuditEntry:create": {
      // Audit entries are only written by audited changes: one aimed at the target must add none there.
      const before = await db().auditEntry.count({ where: { unitId: t.unit.id } });
      try {
        await orgs.updateOrganisation(actor, t.orgId, { name: "Đã bị sửa", kind: "DOAN_THE", active: false }, 0);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
      }
      return (await db().auditEntry.count({ where: { unitId: t.unit.id } })) === before ? "refused" : "leaked";
    }
    case "AuditEntry:update":
    case "AuditEntry:delete": {
      // No app path changes history; the table itself refuses it (append-only trigger).
      const sql =
        op === "update"
          ? `update "AuditEntry" set entity = 'x' where "unitId" = $1`
          : `delete from "AuditEntry" where "unitId" = $1`;
      try {
        await db().$executeRawUnsafe(sql, t.unit.id);
        return "leaked";
      } catch {
        return "refused";
      }
    }
  }
  throw new Error(`no case for ${entity}:${op}`);
}

/**
 * Each target unit's data as seeded. Every attempt must leave it exactly so: compared with this
 * once-taken snapshot rather than one taken just before the attempt, a change made by any earlier
 * case would fail too (and the snapshot, ten queries, is taken once per attempt, not twice).
 */
const seeded = new Map<string, string>();

beforeAll(async () => {
  tree = await createTree();
  for (const unit of [tree.c2, tree.c3, tree.c4, tree.d2, tree.p2]) targets.push(await seedTarget(unit));
  for (const t of targets) seeded.set(t.unit.id, await snapshotOf(t.unit.id));
});

let cases = 0;
afterAll(() => {
  console.log(
    `Isolation matrix: ${ROLES.length} roles × ${ENTITIES.length} entities × ${OPS.length} operations × 2 actor levels × targets = ${cases} cross-unit attempts, all refused`,
  );
});

/**
 * Actors sit in commune C1 and in district D1. Targets: the sibling commune, a commune of the
 * sibling district, the sibling district itself, and units of the other province. A district
 * actor legitimately sees C1 and C2 (below it), so those are not targets for it.
 */
const placements: {
  level: "commune" | "district";
  unit: (t: Tree) => TestUnit;
  targetUnits: (t: Tree) => TestUnit[];
}[] = [
  { level: "commune", unit: (t) => t.c1, targetUnits: (t) => [t.c2, t.c3, t.c4, t.d2, t.p2] },
  { level: "district", unit: (t) => t.d1, targetUnits: (t) => [t.c3, t.c4, t.d2, t.p2] },
];

describe.each(placements)("actor in a $level", (placement) => {
  describe.each(ROLES.map((r) => [r]))("role %s", (role: RoleCode) => {
    it.each(ENTITIES.flatMap((entity) => OPS.map((op) => [entity, op] as const)))(
      "%s × %s on other units is refused and changes nothing",
      async (entity, op) => {
        const actor = await createActor(placement.unit(tree), [role]);
        for (const unit of placement.targetUnits(tree)) {
          const target = targets.find((t) => t.unit.id === unit.id)!;
          expect(await attempt(actor, entity, op, target), `${role} ${entity} ${op} → ${unit.name}`).toBe("refused");
          expect(await snapshotOf(unit.id)).toBe(seeded.get(unit.id));
          cases++;
        }
      },
    );
  });
});

describe("positive controls (the wall is not simply closed)", () => {
  it("a district reviewer reads people of communes below it, not beside it", async () => {
    const reviewer = await createActor(tree.d1, ["REVIEWER"]);
    const below = await createPersonRow(tree.c1, "Phạm Thị Dưới");
    const found = await people.findPerson(reviewer, below.id);
    expect(found.id).toBe(below.id);
    const { rows } = await people.listPeople(reviewer, params("sortName"));
    expect(rows.some((r) => r.id === below.id)).toBe(true);
    expect(rows.every((r) => r.unitId !== tree.c3.id && r.unitId !== tree.c4.id)).toBe(true);
  });

  it("an officer writes in its own commune, and the write is audited", async () => {
    const officer = await createActor(tree.c1, ["OFFICER"]);
    const person = await people.createPerson(officer, personInput());
    expect(person.unitId).toBe(tree.c1.id);
    const audit = await db().auditEntry.findFirst({ where: { entityId: person.id } });
    expect(audit).toMatchObject({ unitId: tree.c1.id, actorUserId: officer.userId, action: "CREATE" });
  });
});
