/**
 * The tenant wall around the records a unit keeps beside its people and its nominations: ratings
 * (PerformanceReview), initiatives (Initiative), award history (AwardRecord), complaints and
 * inspections (ReviewHold), local award forms (LocalAwardForm), notices (Notification), extended
 * deadlines (DossierExtension), the plan lists, batches and dossier files, and the session's unit.
 * From a sibling commune, a commune of another district, another district and another province,
 * with each role alone and all roles at once, reads return none of the owners' rows (or are
 * refused) and writes are refused and leave every row of the owners as it was. The positive
 * controls at the end make the same calls from inside, so the ids attacked are shown to be live.
 * Real PostgreSQL, real data layer.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import {
  createEnteredAward,
  createHold,
  createInitiative,
  deletePersonRecord,
  listOrganisationHolds,
  listPersonRecords,
  saveReview,
  updateHold,
} from "@/server/data/achievements";
import { createLocalForm, deleteLocalForm, listLocalForms } from "@/server/data/local-forms";
import { localCode, registrableItemsOfMyUnit } from "@/server/data/registration-items";
import { listNotifications } from "@/server/data/nominations/notifications";
import { extendDossierDeadline } from "@/server/data/nominations/deadline-extensions";
import { findOrganisationForEdit, listOrganisationChoices } from "@/server/data/organisations";
import { findPersonForEdit, listPeopleChoices } from "@/server/data/people";
import { listCascadedPlans, listCitablePlans, listPlanRevisions, listPlanUnits } from "@/server/data/plan-reads";
import { findFormAllocations } from "@/server/data/quotas";
import { registrationSummaryPage } from "@/server/data/registration-review";
import { batchReadScope } from "@/server/data/scope";
import { listMyBatches, listProposableForms } from "@/server/data/nominations/batches";
import {
  findDossierFile,
  findEditableDocument,
  findReportContext,
  recordDossierFile,
} from "@/server/data/nominations/dossier-documents";
import { documentsAwaitingMinutes } from "@/server/data/nominations/upward-minutes";
import { switchSessionUnit } from "@/server/data/sessions";
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

let w: RecordsWorld;
let owners: string[];
let ownersPeople: Set<string>;
const actors = new Map<string, Actor>();

beforeAll(async () => {
  w = await recordsWorld();
  owners = ownerUnits(w);
  ownersPeople = new Set(
    (await db().person.findMany({ where: { unitId: { in: owners } }, select: { id: true } })).map((p) => p.id),
  );
  for (const o of await outsiders(w)) actors.set(o.name, o.actor);
});

const ownedByOwners = (rows: { unitId: string }[] | null) => (rows ?? []).filter((r) => owners.includes(r.unitId));
const hold = { kind: "INSPECTION" as const, note: "Ghi từ đơn vị khác", openedOn: "2026-04-01", closedOn: "" };

/** One attack per group of records, by one outsider. Each ends with its assertions. */
const ATTACKS: Record<string, (actor: Actor, unit: TestUnit) => Promise<void>> = {
  "PerformanceReview, Initiative, AwardRecord and ReviewHold of a person and an organisation": async (actor) => {
    const records = await answer(() => listPersonRecords(actor, w.person.id));
    expect(records ? Object.values(records).flat() : []).toEqual([]);
    expect((await answer(() => listOrganisationHolds(actor, w.org.id))) ?? []).toEqual([]);
    const writes = {
      saveReview: await outcome(() => saveReview(actor, w.person.id, { year: 2025, rating: "KHTNV" })),
      createInitiative: await outcome(() =>
        createInitiative(actor, w.person.id, {
          title: "Sáng kiến ghi hộ",
          scope: "TINH",
          recognisedOn: "2026-01-05",
          recognisedBy: "QĐ 1",
        }),
      ),
      createEnteredAward: await outcome(() =>
        createEnteredAward(actor, w.person.id, {
          catalogueCode: "",
          name: "Bằng khen ghi hộ",
          year: 2025,
          decisionNumber: "1/QĐ",
          decidedOn: "2026-01-05",
          conferredBy: "Nơi khác",
        }),
      ),
      "createHold(person)": await outcome(() => createHold(actor, { personId: w.person.id }, hold)),
      "createHold(organisation)": await outcome(() => createHold(actor, { organisationId: w.org.id }, hold)),
      updateHold: await outcome(() =>
        updateHold(actor, w.holds[0]!.id, { ...hold, closedOn: "2026-05-01" }, w.holds[0]!.rowVersion),
      ),
      "delete review": await outcome(() => deletePersonRecord(actor, "review", w.review.id)),
      "delete initiative": await outcome(() => deletePersonRecord(actor, "initiative", w.initiative.id)),
      "delete entered award": await outcome(() => deletePersonRecord(actor, "award", w.enteredAward.id)),
      // Its own unit would hear "revoke, do not delete": a stranger must not learn even that it exists.
      "delete decided award": await outcome(() => deletePersonRecord(actor, "award", w.decidedAward.id)),
    };
    expect(notRefused(writes)).toEqual([]);
  },

  "LocalAwardForm: a unit's own award forms and the registration columns they give": async (actor, unit) => {
    expect(ownedByOwners(await answer(() => listLocalForms(actor)))).toEqual([]);
    const codes = new Set(w.localForms.map((f) => localCode(f.id)));
    expect((await registrableItemsOfMyUnit(actor)).filter((i) => codes.has(i.code))).toEqual([]);
    // The owners' name is free in another unit: the duplicate check sees only the actor's unit.
    const created = await answer(() =>
      createLocalForm(actor, { name: w.localForms[0]!.name, nominee: ["INDIVIDUAL"], value: 1 }),
    );
    if (created) {
      expect(created.unitId).toBe(unit.id);
      await db().localAwardForm.delete({ where: { id: created.id } });
    }
    const deletes = Object.fromEntries(
      await Promise.all(
        w.localForms.map(async (f) => [`deleteLocalForm ${f.name}`, await outcome(() => deleteLocalForm(actor, f.id))]),
      ),
    );
    expect(notRefused(deletes)).toEqual([]);
  },

  "Notification and DossierExtension: notices to a unit, its extended dossier deadline": async (actor, unit) => {
    expect(ownedByOwners(await listNotifications(actor))).toEqual([]);
    const writes = {
      "extend for the commune": await outcome(() =>
        extendDossierDeadline(actor, w.plan.id, w.tree.c1.id, "2099-06-01"),
      ),
      "extend for itself": await outcome(() => extendDossierDeadline(actor, w.plan.id, unit.id, "2099-06-01")),
    };
    expect(notRefused(writes)).toEqual([]);
  },

  "Organisation and Person: pickers and edit forms": async (actor) => {
    expect(((await answer(() => listOrganisationChoices(actor))) ?? []).filter((o) => o.id === w.org.id)).toEqual([]);
    expect(((await answer(() => listPeopleChoices(actor))) ?? []).filter((p) => ownersPeople.has(p.id))).toEqual([]);
    const reads = {
      findOrganisationForEdit: await outcome(() => findOrganisationForEdit(actor, w.org.id)),
      findPersonForEdit: await outcome(() => findPersonForEdit(actor, w.person.id)),
    };
    expect(notRefused(reads)).toEqual([]);
  },

  "Plan: issuing units, citable plans, revisions, cascades, allocations and participants": async (actor, unit) => {
    // The district's issued plan is legitimately read by the communes below it (C2), nothing else is.
    const hidden = (unitId: string) => owners.includes(unitId) && !onMyPath(unit, unitId);
    const hiddenPlans = [w.plan, w.communePlan].filter((p) => hidden(p.unitId)).map((p) => p.id);
    expect(((await answer(() => listPlanUnits(actor))) ?? []).filter((u) => hidden(u.id))).toEqual([]);
    expect(((await listCitablePlans(actor)) ?? []).filter((p) => hiddenPlans.includes(p.id))).toEqual([]);
    for (const planId of hiddenPlans) expect((await answer(() => listPlanRevisions(actor, planId))) ?? []).toEqual([]);
    const cascaded = (await answer(() => listCascadedPlans(actor, w.plan.id))) ?? [];
    expect(cascaded.filter((p) => p.id === w.communePlan.id)).toEqual([]);
    const reads = {
      findFormAllocations: await outcome(() => findFormAllocations(actor, w.formId)),
      "registrationSummaryPage(district plan)": await outcome(() => registrationSummaryPage(actor, w.plan.id)),
      "registrationSummaryPage(commune plan)": await outcome(() => registrationSummaryPage(actor, w.communePlan.id)),
    };
    expect(notRefused(reads)).toEqual([]);
  },

  "NominationBatch: batches, proposable forms, dossier documents, files and upward minutes": async (actor, unit) => {
    const readable = await db().nominationBatch.findMany({ where: batchReadScope(actor), select: { unitId: true } });
    expect(ownedByOwners(readable)).toEqual([]);
    expect(ownedByOwners(await listMyBatches(actor))).toEqual([]);
    const hiddenForms = [
      ...w.communePlan.awardForms.map((f) => f.id),
      ...(onMyPath(unit, w.tree.d1.id) ? [] : [w.formId]),
    ];
    expect((await listProposableForms(actor)).filter((f) => hiddenForms.includes(f.id))).toEqual([]);
    const calls = {
      findEditableDocument: await outcome(() => findEditableDocument(actor, w.draftDocument.id)),
      findReportContext: await outcome(() => findReportContext(actor, w.draftDocument.id)),
      recordDossierFile: await outcome(() =>
        recordDossierFile(actor, w.draftDocument.id, {
          storageKey: "dossiers/xam-nhap.pdf",
          fileName: "xam-nhap.pdf",
          mime: "application/pdf",
          size: 10,
        }),
      ),
      "findDossierFile(draft)": await outcome(() => findDossierFile(actor, w.filedFileId)),
      "findDossierFile(accepted)": await outcome(() => findDossierFile(actor, w.acceptedFileId)),
    };
    expect(notRefused(calls)).toEqual([]);
    // Reading the commune's minutes targets: none for a stranger ("nothing to attach", or refused).
    expect(["forbidden", "conflict"]).toContain(
      await outcome(() => documentsAwaitingMinutes(actor, w.upwardMeeting.id, "bien-ban.docx")),
    );
  },

  "Session: switching into the owners' units": async (actor, unit) => {
    expect(await switchSessionUnit(actor, w.tree.c1.id)).toBe(false);
    expect(await switchSessionUnit(actor, w.tree.d1.id)).toBe(false);
    const session = await db().session.findUniqueOrThrow({ where: { id: actor.sessionId } });
    expect(session.activeUnitId).toBe(unit.id);
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
    const { commune, district } = w;
    const records = await listPersonRecords(commune, w.person.id);
    expect([records.reviews, records.initiatives, records.awards, records.holds].map((r) => r.length)).toEqual([
      1, 1, 1, 1,
    ]);
    expect(await listOrganisationHolds(commune, w.org.id)).toHaveLength(1);
    expect((await listLocalForms(commune)).map((f) => f.id)).toContain(w.localForms[0]!.id);
    expect((await registrableItemsOfMyUnit(district)).map((i) => i.code)).toContain(localCode(w.localForms[1]!.id));
    expect((await listNotifications(commune)).length).toBeGreaterThanOrEqual(3);
    expect((await listOrganisationChoices(commune)).map((o) => o.id)).toContain(w.org.id);
    expect((await listPeopleChoices(commune)).map((p) => p.id)).toContain(w.person.id);
    await expect(findOrganisationForEdit(commune, w.org.id)).resolves.toMatchObject({ id: w.org.id });
    await expect(findPersonForEdit(commune, w.person.id)).resolves.toMatchObject({ id: w.person.id });
    expect((await listPlanUnits(district)).map((u) => u.id)).toEqual(expect.arrayContaining(owners));
    expect((await listCitablePlans(commune)).map((p) => p.id)).toEqual(
      expect.arrayContaining([w.plan.id, w.communePlan.id]),
    );
    expect(await listPlanRevisions(commune, w.communePlan.id)).toHaveLength(1);
    expect((await listCascadedPlans(district, w.plan.id)).map((p) => p.id)).toEqual([w.communePlan.id]);
    await expect(findFormAllocations(district, w.formId)).resolves.toMatchObject({ id: w.formId });
    expect((await registrationSummaryPage(district, w.plan.id)).lines.map((l) => l.unitId)).toContain(w.tree.c1.id);
    const batches = w.acceptedBatchIds.length + 1; // and the draft
    expect(await db().nominationBatch.count({ where: batchReadScope(commune) })).toBe(batches);
    expect(await listMyBatches(commune)).toHaveLength(batches);
    expect((await listProposableForms(commune)).map((f) => f.id)).toContain(w.formId);
    await expect(findEditableDocument(commune, w.draftDocument.id)).resolves.toMatchObject({ id: w.draftDocument.id });
    await expect(findReportContext(commune, w.draftDocument.id)).resolves.toMatchObject({
      awardName: expect.any(String),
    });
    await expect(findDossierFile(commune, w.filedFileId)).resolves.toMatchObject({ id: w.filedFileId });
    await expect(findDossierFile(district, w.acceptedFileId)).resolves.toMatchObject({ id: w.acceptedFileId });
    expect(await documentsAwaitingMinutes(commune, w.upwardMeeting.id, "bien-ban.docx")).toEqual([
      w.minutesDocument.id,
    ]);
  });

  it("writes", async () => {
    const { commune, district } = w;
    await updateHold(commune, w.holds[0]!.id, { ...hold, closedOn: "2026-05-01" }, w.holds[0]!.rowVersion);
    await deletePersonRecord(commune, "review", w.review.id);
    await deletePersonRecord(commune, "initiative", w.initiative.id);
    await deletePersonRecord(commune, "award", w.enteredAward.id);
    await expect(deletePersonRecord(commune, "award", w.decidedAward.id)).rejects.toMatchObject({ kind: "conflict" });
    await deleteLocalForm(commune, w.localForms[0]!.id);
    await extendDossierDeadline(district, w.plan.id, w.tree.c1.id, "2099-06-01");
    await recordDossierFile(commune, w.draftDocument.id, {
      storageKey: "dossiers/that.pdf",
      fileName: "that.pdf",
      mime: "application/pdf",
      size: 10,
    });
    const both = await createActor(w.tree.c2, ["OFFICER"], [{ unit: w.tree.c1, roles: ["OFFICER"] }]);
    expect(await switchSessionUnit(both, w.tree.c1.id)).toBe(true);
  });
});
