import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/server/auth/actor-types";
import { env } from "@/env";
import { conflict, invalid } from "@/domain/errors";
import { signatureStatus } from "@/domain/documents/signature-verdict";
import { certificateValidityAt } from "@/domain/documents/certificate-validity";
import { placeName } from "@/domain/units/hierarchy";
import { fileStorage } from "@/server/storage/storage";
import { StoredFileMissingError } from "@/server/storage/file-storage";
import { checkUpload } from "@/server/storage/sniff";
import { readPdfSignatures } from "@/server/documents/pdf-signatures";
import { SIGNATURE_BYTES, readP12, signPdf } from "@/server/documents/pdf-signing";
import { decisionPdf } from "@/server/documents/decision-pdf";
import { findDecision } from "@/server/data/awards";
import { findPlan } from "@/server/data/plan-reads";
import { findRecordableDecision, recordIssuedDocument, type SignatureReading } from "@/server/data/issued-documents";
import {
  saveSigningCertificate,
  sealedSigningCertificate,
  type CertificateFacts,
} from "@/server/data/signing-certificates";
import { openSigningSecret, sealSigningSecret } from "@/lib/secret-seal";
import { toDecisionInput } from "./decision-documents";
import { loadTrustList } from "./trust-list";

/**
 * The issued document of an award decision: recording the signed PDF the office sent out (its
 * signatures read and judged, the file kept whatever they say), signing the decision's PDF on the
 * server with the unit's own certificate, and reading the file back. Who may do each is the data
 * layer's (issued-documents.ts, signing-certificates.ts, findDecision).
 */

const NOT_PDF = "Văn bản đã ký phải là tệp PDF.";
const NO_CERTIFICATE = "Đơn vị chưa có chứng thư số để ký trên máy chủ: quản trị đơn vị tải tệp .p12 lên trước.";
const CERTIFICATE_EXPIRED = "Chứng thư số của đơn vị đã hết hạn: quản trị đơn vị tải chứng thư mới lên trước khi ký.";
const CERTIFICATE_NOT_YET_VALID = "Chứng thư số của đơn vị chưa đến ngày có hiệu lực.";
const SEAL_BROKEN =
  "Không mở được chứng thư số đã lưu (khóa AUTH_SECRET của máy chủ đã đổi từ khi tải lên): quản trị đơn vị tải lại tệp .p12.";

/** What a PDF's signatures are found to be against the operator's trust list, as stored with the document. */
export async function readSignatures(bytes: Uint8Array, now = new Date()): Promise<SignatureReading> {
  const findings = readPdfSignatures(bytes, await loadTrustList());
  return { status: signatureStatus(findings), findings, checkedAt: now.toISOString() };
}

async function keep(actor: Actor, decisionId: string, fileName: string, bytes: Uint8Array) {
  const reading = await readSignatures(bytes);
  const key = `decisions/${decisionId}/${randomUUID()}.pdf`;
  // The object first: an orphan object is harmless (sweep-files removes it), a row pointing at nothing is not.
  await fileStorage().put(key, bytes, "application/pdf");
  await recordIssuedDocument(actor, decisionId, { storageKey: key, fileName, size: bytes.byteLength }, reading);
  return reading;
}

/**
 * Records an uploaded PDF as the decision's issued document. It must be a PDF an upload accepts
 * (sniff.ts: 10 MB, runs nothing); its signatures, or their absence, are reported, never refused.
 */
export async function recordSignedDecision(
  actor: Actor,
  decisionId: string,
  file: { name: string; bytes: Uint8Array },
) {
  await findRecordableDecision(actor, decisionId);
  const checked = await checkUpload(file.bytes);
  if (!checked.ok) throw invalid(checked.message, { file: checked.message });
  if (checked.type.ext !== "pdf") throw invalid(NOT_PDF, { file: NOT_PDF });
  return keep(actor, decisionId, file.name, file.bytes);
}

/**
 * Signs the decision's PDF (the same outline as its .docx) with the unit's certificate and records
 * it as the issued document, read back like any upload.
 */
export async function signDecisionWithUnitCertificate(actor: Actor, decisionId: string, now = new Date()) {
  const decision = await findRecordableDecision(actor, decisionId);
  const stored = await sealedSigningCertificate(actor);
  if (!stored) throw conflict(NO_CERTIFICATE);
  const validity = certificateValidityAt(stored, now);
  if (validity === "EXPIRED") throw conflict(CERTIFICATE_EXPIRED);
  if (validity === "NOT_YET_VALID") throw conflict(CERTIFICATE_NOT_YET_VALID);
  let secret;
  try {
    secret = openSigningSecret(env().AUTH_SECRET, stored.unitId, stored.salt, stored.sealed);
  } catch {
    throw conflict(SEAL_BROKEN);
  }
  const found = await findDecision(actor, decisionId);
  const plan = await findPlan(actor, found.decision.planId);
  const input = toDecisionInput(found, plan);
  const unsigned = await decisionPdf(input, {
    name: stored.subject,
    reason: `Ban hành Quyết định số ${decision.number}/QĐ-UBND`,
    location: placeName(actor.unit.name),
    signingTime: now,
    length: SIGNATURE_BYTES,
  });
  const signed = await signPdf(unsigned, secret.p12, secret.passphrase, now);
  return keep(actor, decisionId, `quyet-dinh-${decision.number}-QD-UBND-${decision.numberYear}-da-ky-so.pdf`, signed);
}

/**
 * Keeps a .p12 as the unit's signing certificate, after checking it opens with the passphrase and
 * holds a key with its certificate; sealed under AUTH_SECRET before it reaches the database.
 */
export async function uploadSigningCertificate(actor: Actor, file: { bytes: Uint8Array }, passphrase: string) {
  const read = readP12(file.bytes, passphrase);
  if (!read.ok) throw invalid(read.message, { file: read.message });
  const facts: CertificateFacts = read.certificate;
  if (certificateValidityAt(facts, new Date()) === "EXPIRED") {
    const message = "Chứng thư số trong tệp đã hết hạn.";
    throw invalid(message, { file: message });
  }
  const secret = { p12: Buffer.from(file.bytes), passphrase };
  await saveSigningCertificate(actor, (unitId) => sealSigningSecret(env().AUTH_SECRET, unitId, secret), facts);
  return facts;
}

/** The issued document's bytes, for whoever may read the decision. */
export async function readIssuedDocument(actor: Actor, decisionId: string) {
  const { decision } = await findDecision(actor, decisionId);
  if (!decision.issuedFileKey) throw conflict("Quyết định này chưa ghi nhận văn bản đã ký.");
  const bytes = await fileStorage().get(decision.issuedFileKey);
  if (!bytes) throw new StoredFileMissingError(decision.issuedFileKey);
  return { bytes, fileName: decision.issuedFileName ?? "quyet-dinh-da-ky.pdf" };
}
