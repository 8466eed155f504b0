import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/server/auth/actor-types";
import { invalid } from "@/domain/errors";
import { placeName, unitNameInSentence } from "@/domain/units/hierarchy";
import { reportTemplate } from "@/domain/law/report-template";
import { toIsoDate, todayInVietnam } from "@/lib/dates";
import { toSearchText } from "@/domain/text/vietnamese";
import type { TCollectiveReport, TIndividualReport } from "@/schemas/achievement-report";
import { fileStorage } from "@/server/storage/storage";
import { StoredFileMissingError } from "@/server/storage/file-storage";
import { DOCX_MIME, checkUpload } from "@/server/storage/sniff";
import { renderAchievementReportDocx } from "@/server/documents/achievement-report-docx";
import {
  assertRoomForFile,
  findDossierFile,
  findEditableDocument,
  recordDossierFile,
} from "@/server/data/nominations/dossier-documents";
import { documentsAwaitingMinutes } from "@/server/data/nominations/upward-minutes";

/**
 * The files of a nominee's dossier: bytes in file storage, their record in the database. Who may
 * file or read a document is decided by the data layer (src/server/data/nominations), which this
 * service asks first; it only moves bytes and renders the report filled in the app.
 */

type EditableDocument = Awaited<ReturnType<typeof findEditableDocument>>;
const DOCX = { mime: DOCX_MIME, ext: "docx" } as const;

/** Writes the object, then records it and marks the document as submitted, in one transaction. */
async function storeDossierFile(
  actor: Actor,
  doc: EditableDocument,
  fileName: string,
  bytes: Uint8Array,
  type: { mime: string; ext: string },
) {
  assertRoomForFile(doc);
  const key = `dossiers/${doc.nominee.batchId}/${doc.id}/${randomUUID()}.${type.ext}`;
  // The object is written first: if the transaction then fails, an orphan object is harmless,
  // whereas a row pointing at a missing object would not be.
  await fileStorage().put(key, bytes, type.mime);
  await recordDossierFile(actor, doc.id, { storageKey: key, fileName, mime: type.mime, size: bytes.length });
}

/**
 * Stores an uploaded document after checking it by content (sniff.ts: PDF, DOCX, JPG, PNG, 10 MB,
 * no script, macro or second type inside), before the database is asked anything.
 */
export async function uploadDossierFile(actor: Actor, documentId: string, file: { name: string; bytes: Uint8Array }) {
  const checked = await checkUpload(file.bytes);
  if (!checked.ok) throw invalid(checked.message, { file: checked.message });
  await storeDossierFile(actor, await findEditableDocument(actor, documentId), file.name, file.bytes, checked.type);
}

/**
 * The nominee's achievement report filled in the app: rendered on the template of its round's era
 * (the legal calendar's; the plan's dossier list only where the calendar has no number), headed by
 * the unit's People's Committee, dated in the round's year, and filed as the document.
 */
export async function attachAchievementReport(
  actor: Actor,
  documentId: string,
  report: { kind: "INDIVIDUAL"; data: TIndividualReport } | { kind: "COLLECTIVE"; data: TCollectiveReport },
) {
  const doc = await findEditableDocument(actor, documentId);
  const template = reportTemplate(report.kind, toIsoDate(doc.nominee.periodTo), todayInVietnam(), doc.template);
  const meta = {
    template: template.number,
    decree: template.decree,
    place: placeName(actor.unit.name),
    date: null,
    year: template.year,
    unitName: `Ủy ban nhân dân ${unitNameInSentence(actor.unit.name)}`,
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
    DOCX,
  );
}

/**
 * Files the minutes of the unit's council meeting on a proposal upward into the dossier of every
 * nominee it passed (upward-minutes.ts says which documents). Returns how many were filed.
 */
export async function attachCouncilMinutes(actor: Actor, meetingId: string, file: { name: string; bytes: Uint8Array }) {
  const todo = await documentsAwaitingMinutes(actor, meetingId, file.name);
  for (const documentId of todo) {
    await storeDossierFile(actor, await findEditableDocument(actor, documentId), file.name, file.bytes, DOCX);
  }
  return todo.length;
}

/** A stored file, for whoever may read its batch. */
export async function readDossierFile(actor: Actor, fileId: string) {
  const file = await findDossierFile(actor, fileId);
  const bytes = await fileStorage().get(file.storageKey);
  if (!bytes) throw new StoredFileMissingError(file.storageKey);
  return { bytes, mime: file.mime, fileName: file.fileName };
}
