import "server-only";
import { PUBLISHED_STATUSES } from "@/domain/plans/lifecycle";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { conflict, forbidden, invalid, notFound } from "@/domain/errors";
import {
  canEditBatch,
  decideBatch,
  dossierDeadlineProblem,
  dossierProblems,
  ownCouncilProblems,
} from "@/domain/nominations/batch-rules";
import { acceptanceProblems, categoryProblems, submissionProblems } from "@/domain/nominations/quotas";
import { withoutSensitiveDetail, type Reason } from "@/domain/eligibility/principles";
import { shareCapProblem } from "@/domain/nominations/share-cap";
import { findEntry } from "@/domain/catalogue/catalogue";
import { parseIsoDate, toIsoDate, todayInVietnam } from "@/lib/dates";
import { fileStorage } from "@/server/storage/storage";
import { MAX_UPLOAD_BYTES, sniffFileType } from "@/server/storage/sniff";
import { ancestorIds, writeScope } from "./scope";
import { DEFAULT_REPORT_TEMPLATES, type TCollectiveReport, type TIndividualReport } from "@/schemas/achievement-report";
import { renderAchievementReportDocx } from "@/server/documents/achievement-report-docx";
import { placeName } from "@/domain/units/hierarchy";
import { toSearchText } from "@/domain/text/vietnamese";
import { recordAudit } from "./audit";
import { nomineeReasons } from "./eligibility";
import { CONTENDED, lockAwardForm, lockOwnBatch, lockReviewedBatch } from "./locks";

/**
 * Nomination batches ("tờ trình đề nghị khen thưởng"). A unit proposes for an award form of a
 * published plan of its own unit or of a unit above it; the plan's unit reviews. Quotas are
 * enforced with the award form's row locked (SELECT … FOR UPDATE), so concurrent submissions
 * and acceptances on any number of app instances never exceed them.
 */

/** A nominee as the data layer takes it (the parsed form, or a test's literal). */
export type NomineeInput = {
  kind: "COLLECTIVE" | "INDIVIDUAL";
  personId?: string;
  organisationId?: string;
  category: string;
  summary: string;
  periodFrom: string;
  periodTo: string;
};

const BATCH_INCLUDE = {
  awardForm: {
    select: {
      id: true,
      name: true,
      recipientKind: true,
      quota: true,
      catalogueCode: true,
      capPercent: true,
      subQuotas: { select: { category: true, quota: true } },
      plan: {
        select: { id: true, title: true, unitId: true, dossierDeadline: true, unit: { select: { name: true } } },
      },
    },
  },
  unit: { select: { name: true } },
  nominees: {
    orderBy: { position: "asc" },
    include: { documents: { orderBy: { position: "asc" }, include: { files: { orderBy: { uploadedAt: "asc" } } } } },
  },
  events: { orderBy: { at: "asc" } },
} as const;

async function event(tx: Tx, batch: { id: string; round: number }, actor: Actor, action: string, comment = "") {
  await tx.batchEvent.create({
    data: { batchId: batch.id, round: batch.round, action, comment, actorUserId: actor.userId },
  });
}

/** Own unit's batch, for the proposing unit's officers. */
async function ownBatch(tx: Tx, actor: Actor, batchId: string) {
  const scope = writeScope(actor, "nomination.write");
  await lockOwnBatch(tx, batchId, scope.unitId);
  const batch = await tx.nominationBatch.findFirst({ where: { id: batchId, ...scope }, include: BATCH_INCLUDE });
  if (!batch) throw notFound();
  return batch;
}

/** A batch the actor's unit reviews (it issued the plan). */
async function reviewedBatch(tx: Tx, actor: Actor, batchId: string) {
  if (!can(actor.roles, "nomination.review")) throw forbidden();
  await lockReviewedBatch(tx, batchId, actor.unit.id);
  const batch = await tx.nominationBatch.findFirst({
    where: { id: batchId, awardForm: { plan: { unitId: actor.unit.id } }, status: { not: "DRAFT" } },
    include: BATCH_INCLUDE,
  });
  if (!batch) throw notFound();
  return batch;
}

/** Batches the actor may read: its unit's own, and those its unit reviews (once sent). */
function batchReadScope(actor: Actor) {
  return {
    OR: [
      ...(can(actor.roles, "nomination.write") || can(actor.roles, "plan.read") ? [{ unitId: actor.unit.id }] : []),
      ...(can(actor.roles, "nomination.review")
        ? [{ awardForm: { plan: { unitId: actor.unit.id } }, status: { not: "DRAFT" as const } }]
        : []),
      // The unit's council reads the dossiers it votes on.
      ...(can(actor.roles, "council.read")
        ? [{ nominees: { some: { agendaItems: { some: { meeting: { unitId: actor.unit.id } } } } } }]
        : []),
    ],
  };
}

/** Eligibility of every nominee of a batch as of today, keyed by nominee id. */
async function batchEligibility(
  tx: Tx,
  batch: {
    unitId: string;
    awardForm: { catalogueCode: string | null };
    nominees: {
      id: string;
      kind: "INDIVIDUAL" | "COLLECTIVE" | "HOUSEHOLD";
      personId: string | null;
      organisationId: string | null;
      periodTo: Date;
    }[];
  },
) {
  const today = todayInVietnam();
  const out = new Map<string, Reason[]>();
  // One at a time: a transaction's queries share one connection.
  for (const n of batch.nominees) {
    const subject = {
      kind: n.kind === "INDIVIDUAL" ? "INDIVIDUAL" : "COLLECTIVE",
      personId: n.personId,
      organisationId: n.organisationId,
    } as const;
    out.set(
      n.id,
      await nomineeReasons(
        tx,
        batch.unitId,
        subject,
        batch.awardForm.catalogueCode,
        n.periodTo.getUTCFullYear(),
        today,
      ),
    );
  }
  return out;
}

export async function findBatch(actor: Actor, batchId: string) {
  return db().$transaction(async (tx) => {
    const batch = await tx.nominationBatch.findFirst({
      where: { id: batchId, ...batchReadScope(actor) },
      include: BATCH_INCLUDE,
    });
    if (!batch) throw notFound();
    const eligibility = await batchEligibility(tx, batch);
    if (!can(actor.roles, "discipline.read"))
      for (const [id, reasons] of eligibility) eligibility.set(id, withoutSensitiveDetail(reasons));
    return {
      batch,
      eligibility,
      reviewing: batch.awardForm.plan.unitId === actor.unit.id && can(actor.roles, "nomination.review"),
    };
  }, CONTENDED);
}

export async function listMyBatches(actor: Actor) {
  return db().nominationBatch.findMany({
    where: { unitId: actor.unit.id },
    orderBy: { updatedAt: "desc" },
    include: {
      awardForm: { select: { name: true, recipientKind: true, plan: { select: { title: true } } } },
      _count: { select: { nominees: true } },
    },
  });
}

/** The reviewer's inbox: batches sent to the actor's unit, newest first. */
export async function listInbox(actor: Actor) {
  if (!can(actor.roles, "nomination.review")) throw forbidden();
  return db().nominationBatch.findMany({
    where: { awardForm: { plan: { unitId: actor.unit.id } }, status: { not: "DRAFT" } },
    orderBy: [{ status: "asc" }, { submittedAt: "desc" }],
    include: {
      unit: { select: { name: true } },
      awardForm: { select: { name: true, recipientKind: true, plan: { select: { title: true } } } },
      _count: { select: { nominees: true } },
    },
  });
}

/** Award forms the actor's unit may propose for: forms of published plans of its unit and the units above. */
export async function listProposableForms(actor: Actor) {
  return db().planAwardForm.findMany({
    where: {
      plan: { unitId: { in: [...ancestorIds(actor), actor.unit.id] }, status: { in: [...PUBLISHED_STATUSES] } },
    },
    orderBy: [{ plan: { issuedOn: "desc" } }, { position: "asc" }],
    select: {
      id: true,
      name: true,
      recipientKind: true,
      quota: true,
      plan: { select: { id: true, title: true, number: true, symbol: true, unit: { select: { name: true } } } },
    },
  });
}

export async function createBatch(actor: Actor, awardFormId: string) {
  const scope = writeScope(actor, "nomination.write");
  return db().$transaction(async (tx) => {
    const form = await tx.planAwardForm.findFirst({
      where: {
        id: awardFormId,
        plan: { unitId: { in: [...ancestorIds(actor), actor.unit.id] }, status: { in: [...PUBLISHED_STATUSES] } },
      },
      select: { id: true, planId: true },
    });
    if (!form) throw notFound();
    const batch = await tx.nominationBatch.create({
      data: { planId: form.planId, awardFormId: form.id, unitId: scope.unitId },
    });
    await event(tx, batch, actor, "CREATED");
    await recordAudit(tx, actor, { entity: "NominationBatch", entityId: batch.id, action: "CREATE", after: batch });
    return batch;
  });
}

/**
 * Adds a nominee with its dossier checklist built from the plan's list for the form. Refused
 * when the nominee is not eligible now (wrong kind for the form, or any rule of
 * src/domain/eligibility) — registration only warns; nomination blocks.
 */
export async function addNominee(actor: Actor, batchId: string, input: NomineeInput) {
  return db().$transaction(async (tx) => {
    const batch = await ownBatch(tx, actor, batchId);
    if (!canEditBatch(batch.status)) throw conflict("Tờ trình đã gửi, không sửa được.");
    if (input.kind !== batch.awardForm.recipientKind) {
      throw invalid(
        `Hình thức này dành cho ${batch.awardForm.recipientKind === "INDIVIDUAL" ? "cá nhân" : "tập thể"}.`,
        { kind: "Chọn đúng loại đối tượng." },
      );
    }
    let label = actor.unit.name;
    if (input.personId) {
      const person = await tx.person.findFirst({
        where: { id: input.personId, unitId: actor.unit.id },
        select: { fullName: true },
      });
      if (!person) throw invalid("Người này không thuộc đơn vị.", { personId: "Chọn người của đơn vị." });
      label = person.fullName;
    }
    if (input.organisationId) {
      const org = await tx.organisation.findFirst({ where: { id: input.organisationId, unitId: actor.unit.id } });
      if (!org) throw invalid("Tổ chức không thuộc đơn vị.", { organisationId: "Chọn tổ chức của đơn vị." });
      label = org.name;
    }
    const reasons = await nomineeReasons(
      tx,
      actor.unit.id,
      { kind: input.kind, personId: input.personId ?? null, organisationId: input.organisationId ?? null },
      batch.awardForm.catalogueCode,
      Number(input.periodTo.slice(0, 4)),
      todayInVietnam(),
    );
    if (reasons.length) {
      const text = reasons.map((r) => `${r.message} (${r.article})`).join(" ");
      throw invalid(`${label} chưa đủ điều kiện: ${text}`, { [input.personId ? "personId" : "organisationId"]: text });
    }
    const duplicate = batch.nominees.some(
      (n) =>
        (input.personId && n.personId === input.personId) ||
        (input.organisationId && n.organisationId === input.organisationId) ||
        (!input.personId && !input.organisationId && !n.personId && !n.organisationId),
    );
    if (duplicate) throw conflict(`${label} đã có trong tờ trình.`);
    if (input.category && !batch.awardForm.subQuotas.some((q) => q.category === input.category))
      throw invalid("Nhóm không có trong kế hoạch.", { category: "Chọn nhóm của kế hoạch." });
    const required = await tx.planDossierItem.findMany({
      where: { awardFormId: batch.awardFormId },
      orderBy: { position: "asc" },
    });
    const nominee = await tx.nominee.create({
      data: {
        batchId: batch.id,
        position: batch.nominees.length,
        kind: input.kind,
        personId: input.personId ?? null,
        organisationId: input.organisationId ?? null,
        label,
        category: input.category,
        summary: input.summary,
        periodFrom: parseIsoDate(input.periodFrom),
        periodTo: parseIsoDate(input.periodTo),
        documents: {
          create: required.map((d, position) => ({ position, name: d.name, template: d.template, copies: d.copies })),
        },
      },
    });
    await recordAudit(tx, actor, {
      entity: "Nominee",
      entityId: nominee.id,
      action: "CREATE",
      after: { ...input, label, batchId },
    });
    return nominee;
  });
}

export async function removeNominee(actor: Actor, nomineeId: string) {
  await db().$transaction(async (tx) => {
    const found = await tx.nominee.findFirst({
      where: { id: nomineeId, batch: { unitId: actor.unit.id } },
      select: { batchId: true },
    });
    if (!found || !can(actor.roles, "nomination.write")) throw notFound();
    const batch = await ownBatch(tx, actor, found.batchId);
    if (!canEditBatch(batch.status)) throw conflict("Tờ trình đã gửi, không sửa được.");
    const nominee = batch.nominees.find((n) => n.id === nomineeId)!;
    await tx.nominee.delete({ where: { id: nominee.id } });
    await recordAudit(tx, actor, {
      entity: "Nominee",
      entityId: nominee.id,
      action: "DELETE",
      before: { label: nominee.label, batchId: nominee.batchId },
    });
  });
}

/** The document of the actor's own, still editable batch; not found otherwise. */
async function ownEditableDocument(actor: Actor, documentId: string) {
  const doc = await db().dossierDocument.findFirst({
    where: { id: documentId, nominee: { batch: { unitId: actor.unit.id } } },
    include: { nominee: { include: { batch: true } } },
  });
  if (!doc || !can(actor.roles, "nomination.write")) throw notFound();
  if (!canEditBatch(doc.nominee.batch.status)) throw conflict("Tờ trình đã gửi, không sửa được.");
  return doc;
}

/** Writes the object, then records it and marks the document as submitted, in one transaction. */
async function storeDossierFile(
  actor: Actor,
  doc: Awaited<ReturnType<typeof ownEditableDocument>>,
  fileName: string,
  bytes: Uint8Array,
  type: { mime: string; ext: string },
) {
  const key = `dossiers/${doc.nominee.batchId}/${doc.id}/${randomUUID()}.${type.ext}`;
  // The object is written first: if the transaction then fails, an orphan object is harmless,
  // whereas a row pointing at a missing object would not be.
  await fileStorage().put(key, bytes, type.mime);
  await db().$transaction(async (tx) => {
    // The batch may have been sent while the file was uploading: re-check under its lock.
    const batch = await ownBatch(tx, actor, doc.nominee.batchId);
    if (!canEditBatch(batch.status)) throw conflict("Tờ trình đã gửi, không sửa được.");
    await tx.dossierFile.create({
      data: {
        documentId: doc.id,
        storageKey: key,
        fileName: fileName.slice(0, 200),
        mime: type.mime,
        size: bytes.length,
        uploadedBy: actor.userId,
      },
    });
    // A new file answers the reviewer's comment; the comment itself stays in the batch history.
    await tx.dossierDocument.update({ where: { id: doc.id }, data: { state: "UPLOADED", comment: "" } });
    await recordAudit(tx, actor, {
      entity: "DossierDocument",
      entityId: doc.id,
      action: "UPDATE",
      before: { state: doc.state },
      after: { state: "UPLOADED", file: fileName },
    });
  });
}

/** Stores an uploaded document after checking its type by content (PDF, DOCX, JPG, PNG) and size. */
export async function uploadDossierFile(actor: Actor, documentId: string, file: { name: string; bytes: Uint8Array }) {
  if (file.bytes.length > MAX_UPLOAD_BYTES)
    throw invalid(`Tệp lớn hơn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, {
      file: `Tệp lớn hơn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`,
    });
  const type = sniffFileType(file.bytes);
  if (!type) {
    const message = "Chỉ nhận tệp PDF, DOCX, JPG hoặc PNG (kiểm tra theo nội dung tệp, không theo tên).";
    throw invalid(message, { file: message });
  }
  await storeDossierFile(actor, await ownEditableDocument(actor, documentId), file.name, file.bytes, type);
}

/**
 * The nominee's achievement report filled in the app: rendered on the decree's template (the one
 * the plan's dossier list names, else the default for the nominee kind) and filed as the document.
 */
export async function attachAchievementReport(
  actor: Actor,
  documentId: string,
  report: { kind: "INDIVIDUAL"; data: TIndividualReport } | { kind: "COLLECTIVE"; data: TCollectiveReport },
) {
  const doc = await ownEditableDocument(actor, documentId);
  const fallback = DEFAULT_REPORT_TEMPLATES[report.kind];
  const named = /Mẫu số \d+/u.exec(doc.template)?.[0];
  const meta = {
    template: named ?? fallback.template,
    decree: fallback.decree,
    place: placeName(actor.unit.name),
    date: null,
    unitName: actor.unit.name,
    parentName: null,
  };
  const bytes = new Uint8Array(
    report.kind === "INDIVIDUAL"
      ? await renderAchievementReportDocx("INDIVIDUAL", report.data, meta)
      : await renderAchievementReportDocx("COLLECTIVE", report.data, meta),
  );
  await storeDossierFile(
    actor,
    doc,
    `bao-cao-thanh-tich-${toSearchText(doc.nominee.label).replace(/[^a-z0-9]+/g, "-")}.docx`,
    bytes,
    { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext: "docx" },
  );
}

/** A document of the actor's own batch, with what the report form pre-fills from. */
export async function findReportContext(actor: Actor, documentId: string) {
  const doc = await ownEditableDocument(actor, documentId);
  const [person, organisation, form] = await Promise.all([
    doc.nominee.personId ? db().person.findFirst({ where: { id: doc.nominee.personId, unitId: actor.unit.id } }) : null,
    doc.nominee.organisationId
      ? db().organisation.findFirst({ where: { id: doc.nominee.organisationId, unitId: actor.unit.id } })
      : null,
    db().planAwardForm.findUnique({ where: { id: doc.nominee.batch.awardFormId }, select: { name: true } }),
  ]);
  return { doc, person, organisation, awardName: form?.name ?? "" };
}

/** A stored file, for whoever may read its batch: the batch scope is part of the query. */
export async function readDossierFile(actor: Actor, fileId: string) {
  const file = await db().dossierFile.findFirst({
    where: { id: fileId, document: { nominee: { batch: batchReadScope(actor) } } },
  });
  if (!file) throw notFound();
  const bytes = await fileStorage().get(file.storageKey);
  if (!bytes) throw notFound();
  return { bytes, mime: file.mime, fileName: file.fileName };
}

/** Per sub-quota category: the unit's allocation there against its nominees there. */
async function categoryCheck(
  tx: Tx,
  batch: { id: string; awardFormId: string; unitId: string; nominees: { category: string }[] },
) {
  const categories = [...new Set(batch.nominees.map((n) => n.category))];
  const rows = await Promise.all(
    categories.map(async (category) => ({
      category,
      allocated:
        (
          await tx.quotaAllocation.findUnique({
            where: { awardFormId_unitId_category: { awardFormId: batch.awardFormId, unitId: batch.unitId, category } },
          })
        )?.quantity ?? 0,
      alreadyProposed: await tx.nominee.count({
        where: {
          category,
          batch: {
            awardFormId: batch.awardFormId,
            unitId: batch.unitId,
            status: { in: ["SUBMITTED", "ACCEPTED"] },
            id: { not: batch.id },
          },
        },
      }),
      inBatch: batch.nominees.filter((n) => n.category === category).length,
    })),
  );
  return categoryProblems(rows);
}

/** Nominees of (form, unit) already counting against the unit's allocation. */
async function proposedCount(tx: Tx, awardFormId: string, unitId: string, exceptBatchId: string) {
  return tx.nominee.count({
    where: { batch: { awardFormId, unitId, status: { in: ["SUBMITTED", "ACCEPTED"] }, id: { not: exceptBatchId } } },
  });
}

/** The plan's share cap (e.g. CSTĐ cơ sở ≤ N% of the unit's Lao động tiên tiến of the year), if it sets one. */
async function shareCapCheck(
  tx: Tx,
  batch: {
    unitId: string;
    awardForm: { catalogueCode: string | null; capPercent: number | null };
    nominees: { periodTo: Date }[];
  },
  alreadyProposed: number,
) {
  const base = findEntry(batch.awardForm.catalogueCode ?? "")?.cap?.of;
  const baseEntry = base ? findEntry(base) : undefined;
  if (!batch.awardForm.capPercent || !baseEntry || batch.nominees.length === 0) return null;
  const year = Math.max(...batch.nominees.map((n) => n.periodTo.getUTCFullYear()));
  const baseCount = await tx.awardRecord.count({
    where: { unitId: batch.unitId, catalogueCode: baseEntry.code, year, revokedOn: null },
  });
  return shareCapProblem({
    capPercent: batch.awardForm.capPercent,
    baseName: baseEntry.name,
    baseCount,
    year,
    alreadyProposed,
    inBatch: batch.nominees.length,
  });
}

export async function submitBatch(actor: Actor, batchId: string, now = new Date()) {
  return db().$transaction(async (tx) => {
    const first = await ownBatch(tx, actor, batchId);
    await lockAwardForm(tx, first.awardFormId);
    const batch = await ownBatch(tx, actor, batchId); // re-read under the lock
    const decision = decideBatch("submit", batch.status);
    if (!decision.ok) throw conflict(decision.reason);
    // A proposal upward carries its own council's vote: whoever that council did not pass stays home.
    const votes = await tx.meetingItem.findMany({
      where: { nomineeId: { in: batch.nominees.map((n) => n.id) }, meeting: { unitId: batch.unitId } },
      select: { label: true, result: true, meeting: { select: { status: true } } },
    });
    const council = ownCouncilProblems(
      votes.map((v) => ({ label: v.label, result: v.result, closed: v.meeting.status === "BALLOT_CLOSED" })),
    );
    if (council) throw conflict(council);
    const missing = dossierProblems(batch.nominees.map((n) => ({ label: n.label, documents: n.documents })));
    if (missing.length) throw invalid("Hồ sơ chưa đủ: " + missing.join(" "), { dossier: missing.join("\n") });
    // Facts may have changed since a nominee was added (a discipline, a complaint): check again.
    const eligibility = await batchEligibility(tx, batch);
    const barred = batch.nominees.flatMap((n) =>
      (eligibility.get(n.id) ?? []).map((r) => `${n.label}: ${r.message} (${r.article})`),
    );
    if (barred.length)
      throw invalid("Có người, tập thể chưa đủ điều kiện: " + barred.join(" "), { dossier: barred.join("\n") });
    const extension = await tx.dossierExtension.findUnique({
      where: { planId_unitId: { planId: batch.planId, unitId: batch.unitId } },
    });
    const late = dossierDeadlineProblem(
      batch.awardForm.plan.dossierDeadline ? toIsoDate(batch.awardForm.plan.dossierDeadline) : null,
      extension ? toIsoDate(extension.until) : null,
      now,
    );
    if (late) throw conflict(late);
    const form = batch.awardForm;
    const allocated =
      form.quota === null
        ? null
        : ((
            await tx.quotaAllocation.aggregate({
              where: { awardFormId: form.id, unitId: batch.unitId },
              _sum: { quantity: true },
            })
          )._sum.quantity ?? (form.plan.unitId === batch.unitId ? form.quota : 0)); // the issuing unit's own proposals: bounded by the plan's quota
    const alreadyProposed = await proposedCount(tx, form.id, batch.unitId, batch.id);
    const problems = submissionProblems({
      formQuota: form.quota,
      allocated,
      alreadyProposed,
      inBatch: batch.nominees.length,
    });
    if (form.subQuotas.length && batch.unitId !== form.plan.unitId) problems.push(...(await categoryCheck(tx, batch)));
    if (problems.length) throw conflict(problems[0]!.message);
    const capped = await shareCapCheck(tx, batch, alreadyProposed);
    if (capped) throw conflict(capped);
    const updated = await tx.nominationBatch.update({
      where: { id: batch.id },
      data: { status: decision.to, submittedAt: now },
    });
    await event(tx, updated, actor, "SUBMITTED");
    await recordAudit(tx, actor, {
      entity: "NominationBatch",
      entityId: batch.id,
      action: "UPDATE",
      before: { status: batch.status },
      after: { status: decision.to, round: updated.round },
    });
    return updated;
  }, CONTENDED);
}

export async function reviewDocument(
  actor: Actor,
  documentId: string,
  state: "ACCEPTED" | "NEEDS_CORRECTION",
  comment: string,
) {
  await db().$transaction(async (tx) => {
    if (!can(actor.roles, "nomination.review")) throw forbidden();
    const doc = await tx.dossierDocument.findFirst({
      where: {
        id: documentId,
        nominee: { batch: { awardForm: { plan: { unitId: actor.unit.id } }, status: "SUBMITTED" } },
      },
      include: { nominee: { include: { batch: true } } },
    });
    if (!doc) throw notFound();
    await tx.dossierDocument.update({ where: { id: doc.id }, data: { state, comment } });
    await event(
      tx,
      doc.nominee.batch,
      actor,
      state === "ACCEPTED" ? "DOCUMENT_ACCEPTED" : "DOCUMENT_NEEDS_CORRECTION",
      `${doc.nominee.label} – ${doc.name}${comment ? `: ${comment}` : ""}`,
    );
    await recordAudit(tx, actor, {
      entity: "DossierDocument",
      entityId: doc.id,
      action: "UPDATE",
      before: { state: doc.state, comment: doc.comment },
      after: { state, comment },
    });
  });
}

async function notify(tx: Tx, unitId: string, text: string, link: string) {
  await tx.notification.create({ data: { unitId, text, link } });
}

export async function returnBatch(actor: Actor, batchId: string, reason: string) {
  await db().$transaction(async (tx) => {
    const batch = await reviewedBatch(tx, actor, batchId);
    const decision = decideBatch("return", batch.status);
    if (!decision.ok) throw conflict(decision.reason);
    await event(tx, batch, actor, "RETURNED", reason);
    // A new round begins: what the unit fixes and resubmits is kept apart from this one.
    await tx.nominationBatch.update({
      where: { id: batch.id },
      data: { status: decision.to, decidedAt: new Date(), round: batch.round + 1 },
    });
    await notify(tx, batch.unitId, `Tờ trình "${batch.awardForm.name}" bị trả lại: ${reason}`, `/de-nghi/${batch.id}`);
    await recordAudit(tx, actor, {
      entity: "NominationBatch",
      entityId: batch.id,
      action: "UPDATE",
      before: { status: batch.status },
      after: { status: decision.to, reason },
    });
  });
}

export async function acceptBatch(actor: Actor, batchId: string) {
  await db().$transaction(async (tx) => {
    const first = await reviewedBatch(tx, actor, batchId);
    await lockAwardForm(tx, first.awardFormId);
    const batch = await reviewedBatch(tx, actor, batchId);
    const decision = decideBatch("accept", batch.status);
    if (!decision.ok) throw conflict(decision.reason);
    const acceptedSoFar = await tx.nominee.count({
      where: { batch: { awardFormId: batch.awardFormId, status: "ACCEPTED" } },
    });
    const problems = acceptanceProblems({
      formQuota: batch.awardForm.quota,
      acceptedSoFar,
      inBatch: batch.nominees.length,
    });
    if (problems.length) throw conflict(problems[0]!.message);
    await tx.nominationBatch.update({ where: { id: batch.id }, data: { status: decision.to, decidedAt: new Date() } });
    await event(tx, batch, actor, "ACCEPTED");
    await notify(
      tx,
      batch.unitId,
      `Tờ trình "${batch.awardForm.name}" đã được chấp nhận, chuyển Hội đồng.`,
      `/de-nghi/${batch.id}`,
    );
    await recordAudit(tx, actor, {
      entity: "NominationBatch",
      entityId: batch.id,
      action: "UPDATE",
      before: { status: batch.status },
      after: { status: decision.to },
    });
  }, CONTENDED);
}

/** Lets one unit (the issuing unit's or one below it) submit after the plan's dossier deadline, until `until`. */
export async function extendDossierDeadline(actor: Actor, planId: string, unitId: string, until: string) {
  await db().$transaction(async (tx) => {
    if (!can(actor.roles, "nomination.review")) throw forbidden();
    const plan = await tx.plan.findFirst({ where: { id: planId, unitId: actor.unit.id }, select: { id: true } });
    const unit = await tx.unit.findFirst({
      where: { id: unitId, path: { startsWith: actor.unit.path } },
      select: { id: true },
    });
    if (!plan || !unit) throw notFound();
    if (until < todayInVietnam())
      throw invalid("Ngày gia hạn phải từ hôm nay trở đi.", { until: "Chọn ngày từ hôm nay trở đi." });
    const before = await tx.dossierExtension.findUnique({ where: { planId_unitId: { planId, unitId } } });
    await tx.dossierExtension.upsert({
      where: { planId_unitId: { planId, unitId } },
      create: { planId, unitId, until: parseIsoDate(until) },
      update: { until: parseIsoDate(until) },
    });
    await notify(
      tx,
      unitId,
      `Được gia hạn nộp hồ sơ đề nghị khen thưởng đến ${until.split("-").reverse().join("/")}.`,
      "/de-nghi",
    );
    await recordAudit(tx, actor, {
      entity: "DossierExtension",
      entityId: `${planId}:${unitId}`,
      action: before ? "UPDATE" : "CREATE",
      before: before ? { until: before.until } : undefined,
      after: { until },
    });
  });
}

export async function listNotifications(actor: Actor) {
  return db().notification.findMany({ where: { unitId: actor.unit.id }, orderBy: { createdAt: "desc" }, take: 20 });
}

/**
 * Files the minutes of the unit's council meeting on a proposal upward into the dossier of every
 * nominee it passed, as the document the plan's list names "biên bản" (the meeting's record that
 * the proposal carries). Only the unit's own batches still being prepared are touched.
 */
export async function attachCouncilMinutes(actor: Actor, meetingId: string, file: { name: string; bytes: Uint8Array }) {
  if (!can(actor.roles, "nomination.write")) throw forbidden();
  const docs = await db().dossierDocument.findMany({
    where: {
      name: { contains: "biên bản", mode: "insensitive" },
      nominee: {
        batch: { unitId: actor.unit.id, status: { in: ["DRAFT", "RETURNED"] } },
        agendaItems: {
          some: {
            meetingId,
            result: "PASSED",
            meeting: { unitId: actor.unit.id, status: "BALLOT_CLOSED", plan: { unitId: { not: actor.unit.id } } },
          },
        },
      },
    },
    select: { id: true },
  });
  if (docs.length === 0)
    throw conflict(
      'Không có hồ sơ nào (tờ trình đang soạn, người được Hội đồng thông qua, giấy tờ "biên bản") để đính kèm biên bản.',
    );
  // Filing twice (a second click) adds nothing: a document holding these minutes already is skipped.
  const already = new Set(
    (
      await db().dossierFile.findMany({
        where: { documentId: { in: docs.map((d) => d.id) }, fileName: file.name.slice(0, 200) },
        select: { documentId: true },
      })
    ).map((f) => f.documentId),
  );
  const todo = docs.filter((d) => !already.has(d.id));
  for (const doc of todo) {
    await storeDossierFile(actor, await ownEditableDocument(actor, doc.id), file.name, file.bytes, {
      mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ext: "docx",
    });
  }
  return todo.length;
}
