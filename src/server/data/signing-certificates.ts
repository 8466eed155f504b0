import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { forbidden, notFound } from "@/domain/errors";
import { can } from "@/domain/auth/permissions";
import { ownedByMyUnit, writeScope } from "./scope";
import { recordAudit } from "./audit";

/**
 * A unit's own signing certificate: a .p12 and its passphrase, sealed by the caller
 * (src/lib/secret-seal.ts) before it reaches here, kept one per unit. Its administrator
 * ("signing.manage") puts and removes it; the office ("decision.record") signs with it. What it is
 * (subject, issuer, validity) is stored in clear to show; the sealed bytes never leave this file
 * except to sign.
 */

const SUMMARY = {
  subject: true,
  issuer: true,
  validFrom: true,
  validTo: true,
  uploadedBy: true,
  createdAt: true,
} as const;

export type CertificateFacts = { subject: string; issuer: string; validFrom: Date; validTo: Date };

/** My unit's certificate as it is shown, or null; for those who manage it or sign with it. */
export async function mySigningCertificate(actor: Actor) {
  if (!can(actor.roles, "signing.manage") && !can(actor.roles, "decision.record")) throw forbidden();
  return db().unitSigningCertificate.findFirst({ where: ownedByMyUnit(actor), select: SUMMARY });
}

export async function saveSigningCertificate(
  actor: Actor,
  /** Seals the certificate for the unit it is kept for (bound to it: it opens for no other). */
  seal: (unitId: string) => { salt: Uint8Array<ArrayBuffer>; sealed: Uint8Array<ArrayBuffer> },
  facts: CertificateFacts,
) {
  const { unitId } = writeScope(actor, "signing.manage");
  const sealed = seal(unitId);
  await db().$transaction(async (tx) => {
    const before = await tx.unitSigningCertificate.findFirst({ where: ownedByMyUnit(actor), select: SUMMARY });
    const data = { ...sealed, ...facts, uploadedBy: actor.name };
    const row = await tx.unitSigningCertificate.upsert({
      where: { unitId },
      create: { unitId, ...data },
      update: { ...data, createdAt: new Date() },
      select: { id: true, ...SUMMARY },
    });
    await recordAudit(tx, actor, {
      entity: "UnitSigningCertificate",
      entityId: row.id,
      action: before ? "UPDATE" : "CREATE",
      before: before ?? undefined,
      after: { ...facts, uploadedBy: actor.name },
    });
  });
}

export async function removeSigningCertificate(actor: Actor) {
  writeScope(actor, "signing.manage");
  await db().$transaction(async (tx) => {
    const before = await tx.unitSigningCertificate.findFirst({
      where: ownedByMyUnit(actor),
      select: { id: true, ...SUMMARY },
    });
    if (!before) throw notFound();
    await tx.unitSigningCertificate.delete({ where: { id: before.id } });
    await recordAudit(tx, actor, { entity: "UnitSigningCertificate", entityId: before.id, action: "DELETE", before });
  });
}

/** The sealed certificate of my unit, to sign with (services/issued-documents.ts opens it); null when none. */
export async function sealedSigningCertificate(actor: Actor) {
  const { unitId } = writeScope(actor, "decision.record");
  const row = await db().unitSigningCertificate.findFirst({
    where: ownedByMyUnit(actor),
    select: { salt: true, sealed: true, subject: true, validFrom: true, validTo: true },
  });
  return row ? { ...row, unitId } : null;
}
