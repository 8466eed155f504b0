import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { notFound } from "@/domain/errors";
import type { SignatureFinding, SignatureStatus } from "@/domain/documents/signature-verdict";
import { ownedByMyUnit, writeScope } from "./scope";
import { recordAudit } from "./audit";
import { notifyUnits } from "./notifications/notify";

/**
 * The decision of record: the signed, numbered document a unit actually sent out, recorded on its
 * award decision by the unit's office or chair ("decision.record") with what its digital
 * signatures were found to be, and sent to the awardees' units. The bytes are in file storage
 * (services/issued-documents.ts writes them first); who may read the decision, hence its issued
 * document, is findDecision's (awards.ts).
 */

export type SignatureReading = { status: SignatureStatus; findings: SignatureFinding[]; checkedAt: string };
export type IssuedFile = { storageKey: string; fileName: string; size: number };

const SYMBOL = "QĐ-UBND";

const ISSUED = {
  issuedFileKey: true,
  issuedFileName: true,
  issuedFileSize: true,
  issuedAt: true,
  issuedByName: true,
  issuedSignature: true,
} as const;

/** One of my unit's decisions, for the office to record its issued document; another unit's is "not found". */
export async function findRecordableDecision(actor: Actor, decisionId: string) {
  writeScope(actor, "decision.record");
  const decision = await db().awardDecision.findFirst({
    where: { id: decisionId, ...ownedByMyUnit(actor) },
    select: { id: true, number: true, numberYear: true, formName: true, ...ISSUED },
  });
  if (!decision) throw notFound();
  return decision;
}

/**
 * My unit's decisions, newest first, with whether their issued document is recorded and how it reads,
 * and how many awards each made.
 */
export async function listDecisionsOfMyUnit(actor: Actor) {
  writeScope(actor, "decision.record");
  const decisions = await db().awardDecision.findMany({
    where: ownedByMyUnit(actor),
    orderBy: [{ decidedOn: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      number: true,
      decidedOn: true,
      formName: true,
      total: true,
      issuedSignature: true,
      issuedAt: true,
    },
  });
  // Counted for the listed decisions only: Prisma's `_count` joins a count of every tenant's awards.
  const counts = await db().awardRecord.groupBy({
    by: ["decisionId"],
    where: { decisionId: { in: decisions.map((d) => d.id) } },
    _count: { _all: true },
  });
  const awardsOf = new Map(counts.map((c) => [c.decisionId, c._count._all]));
  return decisions.map((d) => ({ ...d, awards: awardsOf.get(d.id) ?? 0 }));
}

const NOTICE_NOTE: Record<SignatureStatus, string> = {
  VALID: "có chữ ký số hợp lệ",
  UNTRUSTED: "chữ ký số đúng nhưng chứng thư số không thuộc danh sách tin cậy",
  EXPIRED: "chứng thư số không còn hiệu lực khi ký",
  TAMPERED: "tệp đã bị sửa sau khi ký",
  INVALID: "chữ ký số không hợp lệ",
  UNSIGNED: "bản không có chữ ký số",
};

/**
 * Records (or replaces) the issued document of one of my unit's decisions, in one transaction with
 * its audit entry and the notices to the units whose people or collectives it awards. A file whose
 * signatures do not hold is recorded all the same, flagged by its status: an office may have only
 * a signed paper scanned.
 */
export async function recordIssuedDocument(
  actor: Actor,
  decisionId: string,
  file: IssuedFile,
  reading: SignatureReading,
) {
  writeScope(actor, "decision.record");
  return db().$transaction(async (tx) => {
    const before = await tx.awardDecision.findFirst({
      where: { id: decisionId, ...ownedByMyUnit(actor) },
      select: { id: true, number: true, formName: true, ...ISSUED },
    });
    if (!before) throw notFound();
    const data = {
      issuedFileKey: file.storageKey,
      issuedFileName: file.fileName,
      issuedFileSize: file.size,
      issuedAt: new Date(),
      issuedByName: actor.name,
      issuedSignature: reading.status,
      issuedVerification: reading as unknown as Prisma.InputJsonValue,
    };
    await tx.awardDecision.update({ where: { id: before.id }, data });
    // The units of the awardees (taken from the decision's own awards, read through the wall above).
    const awarded = await tx.awardRecord.findMany({
      where: { decisionId: before.id },
      select: { unitId: true },
      distinct: ["unitId"],
    });
    await notifyUnits(
      tx,
      awarded.map((a) => a.unitId),
      {
        kind: "DECISION_ISSUED",
        text: `Quyết định số ${before.number}/${SYMBOL} khen thưởng "${before.formName}" đã ban hành (${NOTICE_NOTE[reading.status]}): văn bản đã ký để tải về.`,
        link: `/quyet-dinh/${before.id}`,
      },
    );
    await recordAudit(tx, actor, {
      entity: "AwardDecision",
      entityId: before.id,
      action: "UPDATE",
      before: { ...before },
      after: { ...data, issuedVerification: undefined },
    });
  });
}
