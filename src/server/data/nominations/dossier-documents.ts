import "server-only";
import { findEntry } from "@/domain/catalogue/catalogue";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { conflict, forbidden, notFound } from "@/domain/errors";
import { canEditBatch } from "@/domain/nominations/batch-rules";
import { fileCapProblem } from "@/domain/nominations/dossier-limits";
import { env } from "@/env";
import { recordAudit } from "../audit";
import { batchesSentToMyUnit, ownedByMyUnit } from "../scope";
import { batchEvent, ownBatch } from "./access";
import { CONTENDED } from "../locks";
import { batchReadScope } from "../scope";

/**
 * The documents of a nominee's dossier: the proposing unit files them (the bytes are stored by
 * src/server/services/dossier-files.ts, which records them here), the reviewing unit accepts each
 * or asks for a correction.
 */

/** Files one dossier document may hold: the installation's DOSSIER_MAX_FILES (the upload box says it). */
export const maxFilesPerDocument = () => env().DOSSIER_MAX_FILES;

/** Why the document cannot take one more file, or null. */
const fullDocument = (doc: { name: string }, files: number) =>
  fileCapProblem({ document: doc.name, files, max: maxFilesPerDocument() });

/** The document of the actor's own, still editable batch (with its file count); not found otherwise. */
export async function findEditableDocument(actor: Actor, documentId: string) {
  const doc = await db().dossierDocument.findFirst({
    where: { id: documentId, nominee: { batch: ownedByMyUnit(actor) } },
    include: { nominee: { include: { batch: true } }, _count: { select: { files: true } } },
  });
  if (!doc || !can(actor.roles, "nomination.write")) throw notFound();
  if (!canEditBatch(doc.nominee.batch.status)) throw conflict("Tờ trình đã gửi, không sửa được.");
  return doc;
}

/**
 * Refuses a file for a document (from findEditableDocument) that already holds its most, before any
 * bytes are stored; recordDossierFile checks again under the lock, where it counts.
 */
export function assertRoomForFile(doc: { name: string; _count: { files: number } }) {
  const full = fullDocument(doc, doc._count.files);
  if (full) throw conflict(full, { file: full });
}

/** A document of the actor's own batch, with what the report form pre-fills from. */
export async function findReportContext(actor: Actor, documentId: string) {
  const doc = await findEditableDocument(actor, documentId);
  const [person, organisation, form] = await Promise.all([
    doc.nominee.personId
      ? db().person.findFirst({ where: { id: doc.nominee.personId, ...ownedByMyUnit(actor) } })
      : null,
    doc.nominee.organisationId
      ? db().organisation.findFirst({ where: { id: doc.nominee.organisationId, ...ownedByMyUnit(actor) } })
      : null,
    db().planAwardForm.findUnique({
      where: { id: doc.nominee.batch.awardFormId },
      select: { name: true, catalogueCode: true },
    }),
  ]);
  // The report is titled with the title's or form's legal name, not the plan's own wording of it.
  const legalName = form?.catalogueCode ? findEntry(form.catalogueCode)?.name : undefined;
  return { doc, person, organisation, awardName: legalName ?? form?.name ?? "" };
}

/**
 * Records a file already written to storage as the document's upload, and marks the document as
 * submitted, in one transaction. The batch's row lock serialises uploads to its documents, so the
 * file count read under it holds: parallel uploads never take a document past DOSSIER_MAX_FILES.
 */
export async function recordDossierFile(
  actor: Actor,
  documentId: string,
  file: { storageKey: string; fileName: string; mime: string; size: number },
) {
  await db().$transaction(async (tx) => {
    const found = await tx.dossierDocument.findFirst({
      where: { id: documentId, nominee: { batch: ownedByMyUnit(actor) } },
      select: { nominee: { select: { batchId: true } } },
    });
    if (!found) throw notFound();
    // The batch may have been sent while the file was uploading: re-check under its lock.
    const batch = await ownBatch(tx, actor, found.nominee.batchId);
    if (!canEditBatch(batch.status)) throw conflict("Tờ trình đã gửi, không sửa được.");
    const doc = batch.nominees.flatMap((n) => n.documents).find((d) => d.id === documentId)!;
    const full = fullDocument(doc, doc.files.length);
    if (full) throw conflict(full, { file: full });
    await tx.dossierFile.create({
      data: {
        documentId: doc.id,
        storageKey: file.storageKey,
        fileName: file.fileName.slice(0, 200),
        mime: file.mime,
        size: file.size,
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
      after: { state: "UPLOADED", file: file.fileName },
    });
  }, CONTENDED);
}

/** A stored file's row, for whoever may read its batch: the batch scope is part of the query. */
export async function findDossierFile(actor: Actor, fileId: string) {
  const file = await db().dossierFile.findFirst({
    where: { id: fileId, document: { nominee: { batch: batchReadScope(actor) } } },
  });
  if (!file) throw notFound();
  return file;
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
      // Only while the batch waits for review (a narrower status than "sent").
      where: { id: documentId, nominee: { batch: { ...batchesSentToMyUnit(actor), status: "SUBMITTED" } } },
      include: { nominee: { include: { batch: true } } },
    });
    if (!doc) throw notFound();
    await tx.dossierDocument.update({ where: { id: doc.id }, data: { state, comment } });
    await batchEvent(
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
