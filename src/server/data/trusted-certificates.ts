import "server-only";
import type { Tx } from "@/server/db/client";
import { db } from "@/server/db/client";
import type { Operator } from "@/server/auth/actor-types";
import { conflict, forbidden, notFound } from "@/domain/errors";
import { recordAudit } from "./audit";

/**
 * The installation's trust list: the CA certificates (the national root CA, the licensed CAs the
 * offices' tokens come from) a signature's certificate must chain to for the app to call it
 * trusted. Kept by the system operator alone; every unit's verification reads the same list.
 * The certificates are parsed and checked by services/trust-list.ts; this file stores them.
 */

export type TrustedCertificateFacts = {
  fingerprint: string;
  der: Buffer;
  subject: string;
  issuer: string;
  validFrom: Date;
  validTo: Date;
};

/**
 * The operator object comes from the session; the account is read again in the transaction so
 * an account whose operator flag was withdrawn since cannot change the list.
 */
async function assertOperator(tx: Tx, operator: Operator) {
  const user = await tx.user.findUnique({ where: { id: operator.userId }, select: { isOperator: true } });
  if (!user?.isOperator) throw forbidden();
}

/** The list for the operator's page, newest first (without the certificates' bytes). */
export async function listTrustedCertificates(operator: Operator) {
  return db().$transaction(async (tx) => {
    await assertOperator(tx, operator);
    return tx.trustedCertificate.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      omit: { der: true },
    });
  });
}

/**
 * Adds certificates to the list, in one transaction with an audit entry each. A certificate
 * already on the list is skipped; a file holding only such certificates is refused with the reason.
 */
export async function addTrustedCertificates(operator: Operator, certificates: TrustedCertificateFacts[]) {
  return db().$transaction(async (tx) => {
    await assertOperator(tx, operator);
    const existing = await tx.trustedCertificate.findMany({
      where: { fingerprint: { in: certificates.map((c) => c.fingerprint) } },
      select: { fingerprint: true },
    });
    const known = new Set(existing.map((e) => e.fingerprint));
    const fresh = certificates.filter(
      (c, i) => !known.has(c.fingerprint) && certificates.findIndex((d) => d.fingerprint === c.fingerprint) === i,
    );
    if (!fresh.length) {
      const message = "Chứng thư số này đã có trong danh sách tin cậy.";
      throw conflict(message, { file: message });
    }
    const added = [];
    for (const c of fresh) {
      const row = await tx.trustedCertificate.create({
        data: { ...c, der: new Uint8Array(c.der), addedByName: operator.name },
        omit: { der: true },
      });
      await recordAudit(tx, operator, {
        entity: "TrustedCertificate",
        entityId: row.id,
        action: "CREATE",
        unitId: null,
        after: row,
      });
      added.push(row);
    }
    return { added, skipped: certificates.length - fresh.length };
  });
}

/** Takes a certificate off the list (signatures recorded before keep the verdict they were given). */
export async function removeTrustedCertificate(operator: Operator, id: string) {
  return db().$transaction(async (tx) => {
    await assertOperator(tx, operator);
    const row = await tx.trustedCertificate.findUnique({ where: { id }, omit: { der: true } });
    if (!row) throw notFound();
    await tx.trustedCertificate.delete({ where: { id } });
    await recordAudit(tx, operator, {
      entity: "TrustedCertificate",
      entityId: id,
      action: "DELETE",
      before: row,
      unitId: null,
    });
    return row;
  });
}

/**
 * The certificates a signature is verified against. Not tied to a caller: whoever may record or
 * sign a document (checked before this is read) verifies against the same installation-wide list.
 */
export async function trustListCertificates() {
  return db().trustedCertificate.findMany({ select: { der: true }, orderBy: { id: "asc" } });
}
