/**
 * The decision of record on real PostgreSQL and the file store: the office records the signed PDF
 * it sent out and the app reads its digital signatures (certificates made in the test: a CA, a
 * valid signer, an expired one); the unit signs on the server with its own sealed .p12; the
 * awardees' units are told and may download it. The signature is trusted only once the operator
 * has put its CA on the trust list (TrustedCertificate). Another unit — a sibling commune, another
 * district, whatever its roles — can neither record, sign, read the unit's certificate
 * (UnitSigningCertificate), nor download the document (AwardDecision.issuedFileKey).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import type { RoleCode } from "@/domain/auth/permissions";
import { decideItem, signDecision } from "@/server/data/decisions";
import { findRecordableDecision, listDecisionsOfMyUnit, recordIssuedDocument } from "@/server/data/issued-documents";
import {
  mySigningCertificate,
  removeSigningCertificate,
  saveSigningCertificate,
  sealedSigningCertificate,
} from "@/server/data/signing-certificates";
import { listMyNotifications } from "@/server/data/notifications/centre";
import {
  readIssuedDocument,
  recordSignedDecision,
  signDecisionWithUnitCertificate,
  uploadSigningCertificate,
} from "@/server/services/issued-documents";
import { SIGNATURE_BYTES, signPdf } from "@/server/documents/pdf-signing";
import { renderPdf, body } from "@/server/documents/pdf-kit";
import { sealSigningSecret } from "@/lib/secret-seal";
import { campaign, passAll, type Campaign } from "../support/council-campaign";
import { createActor } from "../support/factories";
import { uploadTrustedCertificates } from "@/server/services/trust-list";
import { certificateDer, makeCa, makeSigner, toP12 } from "../support/test-certificates";

const EVERY_ROLE: RoleCode[] = ["ADMIN", "OFFICER", "REVIEWER", "COUNCIL_MEMBER", "CHAIR"];
const PASS = "mat-khau-don-vi";
const SIGNED_AT = new Date("2026-11-21T02:00:00Z");

let c: Campaign;
let decisionId: string;
let office: Actor;
let admin: Actor;
let communeOfficer: Actor;
let outsiders: Actor[];
let ca: ReturnType<typeof makeCa>;
let validP12: Buffer;
let expiredP12: Buffer;

/** A PDF signed with this .p12 elsewhere, as a token's software would (room for the signature, then the CMS). */
async function signedByHand(p12: Buffer) {
  const withRoom = await renderPdf(
    {
      title: "Quyết định đã ký",
      signature: {
        name: "Chủ tịch",
        reason: "Ký ban hành",
        location: "Huyện",
        signingTime: SIGNED_AT,
        length: SIGNATURE_BYTES,
      },
    },
    (doc) => body(doc, "Quyết định số 01/QĐ-UBND, bản đã ký."),
  );
  return signPdf(withRoom, p12, PASS, SIGNED_AT);
}

beforeAll(async () => {
  c = await campaign({ nominees: 1, seats: 3, cashValue: 500_000 });
  for (const item of await passAll(c)) await decideItem(c.chair, item.id, { approve: true });
  const decision = await signDecision(c.chair, c.plan.id, {
    awardFormId: c.formId,
    decidedOn: "2026-11-20",
    signerName: "Phạm Văn Định",
    budgetSource: "Quỹ thi đua, khen thưởng của huyện năm 2026",
  });
  decisionId = decision.id;
  office = await createActor(c.tree.d1, ["OFFICER"]);
  admin = await createActor(c.tree.d1, ["ADMIN"]);
  communeOfficer = c.officer; // the awardee's commune
  outsiders = [];
  for (const unit of [c.tree.c2, c.tree.d2, c.tree.c4])
    for (const role of EVERY_ROLE) outsiders.push(await createActor(unit, [role]));
  // The awardee's own commune may read the decision but never record or sign it.
  for (const role of EVERY_ROLE) outsiders.push(await createActor(c.tree.c1, [role]));
  ca = makeCa();
  validP12 = toP12(makeSigner(ca, "Phạm Văn Định"), ca, PASS);
  expiredP12 = toP12(
    makeSigner(ca, "Trần Văn Hết", { from: new Date("2019-01-01"), to: new Date("2022-01-01") }),
    ca,
    PASS,
  );
}, 180_000);

describe("recording the signed decision", () => {
  it("a validly signed PDF whose CA is not on the trust list: kept, flagged untrusted; once the operator lists the CA, valid", async () => {
    const signed = await signedByHand(validP12);
    const untrusted = await recordSignedDecision(office, decisionId, { name: "qd-01-da-ky.pdf", bytes: signed });
    expect(untrusted.status).toBe("UNTRUSTED");
    expect(untrusted.findings[0]).toMatchObject({
      signatureValid: true,
      digestMatches: true,
      trust: { kind: "UNTRUSTED" },
    });
    const stored = await db().awardDecision.findUniqueOrThrow({ where: { id: decisionId } });
    expect(stored.issuedSignature).toBe("UNTRUSTED");
    expect(stored.issuedVerification).toMatchObject({ findings: [{ trust: { kind: "UNTRUSTED" } }] });

    const operator = await db().user.create({
      data: { email: "vanhanh.chuky@thidua.test", name: "Vận hành thử", passwordHash: "!", isOperator: true },
    });
    await uploadTrustedCertificates(
      { userId: operator.id, sessionId: "s", name: operator.name, email: operator.email },
      { bytes: certificateDer(ca.cert) },
    );
    const reading = await recordSignedDecision(office, decisionId, { name: "qd-01-da-ky.pdf", bytes: signed });
    expect(reading.status).toBe("VALID");
    expect(reading.findings[0]).toMatchObject({
      signer: "Phạm Văn Định, UBND xã Thử nghiệm",
      issuer: "CA thử nghiệm Thi đua, Phòng thử nghiệm",
      signedAt: SIGNED_AT.toISOString(),
      trust: { kind: "TRUSTED", chain: ["CA thử nghiệm Thi đua, Phòng thử nghiệm"] },
    });
    const row = await db().awardDecision.findUniqueOrThrow({ where: { id: decisionId } });
    expect(row).toMatchObject({
      issuedSignature: "VALID",
      issuedFileName: "qd-01-da-ky.pdf",
      issuedByName: office.name,
    });
    // The awardee's commune reads the same bytes back.
    const file = await readIssuedDocument(communeOfficer, decisionId);
    expect(Buffer.from(file.bytes).equals(signed)).toBe(true);
    const notices = (await listMyNotifications(communeOfficer)).filter((n) => n.kind === "DECISION_ISSUED");
    expect(notices).toHaveLength(2);
    expect(notices.every((n) => n.link === `/quyet-dinh/${decisionId}`)).toBe(true);
    expect(notices.map((n) => n.text).join("\n")).toContain("không thuộc danh sách tin cậy");
    expect(notices.map((n) => n.text).join("\n")).toContain("có chữ ký số hợp lệ");
  }, 60_000);

  it("a PDF changed after signing is recorded, flagged 'Tệp đã bị sửa sau khi ký'", async () => {
    const signed = await signedByHand(validP12);
    const at = signed.indexOf("(D:2026");
    signed[at + 3] = "1".charCodeAt(0);
    const reading = await recordSignedDecision(office, decisionId, { name: "qd-sua.pdf", bytes: signed });
    expect(reading.status).toBe("TAMPERED");
    expect((await db().awardDecision.findUniqueOrThrow({ where: { id: decisionId } })).issuedSignature).toBe(
      "TAMPERED",
    );
  }, 60_000);

  it("signed with an expired certificate: recorded, flagged expired", async () => {
    const reading = await recordSignedDecision(office, decisionId, {
      name: "qd-het-han.pdf",
      bytes: await signedByHand(expiredP12),
    });
    expect(reading.status).toBe("EXPIRED");
    expect(reading.findings[0]).toMatchObject({ certificate: "EXPIRED", digestMatches: true, signatureValid: true });
  }, 60_000);

  it("an unsigned scan: recorded, flagged unsigned; a file that is not a PDF is refused with the reason", async () => {
    const scan = await renderPdf({ title: "Bản scan" }, (doc) => body(doc, "Bản chụp quyết định giấy."));
    expect((await recordSignedDecision(office, decisionId, { name: "scan.pdf", bytes: scan })).status).toBe("UNSIGNED");
    const png = Buffer.from("89504e470d0a1a0a0000000049454e44ae426082", "hex");
    await expect(recordSignedDecision(office, decisionId, { name: "anh.png", bytes: png })).rejects.toMatchObject({
      message: "Văn bản đã ký phải là tệp PDF.",
    });
  }, 60_000);
});

describe("signing on the server with the unit's certificate", () => {
  it("refuses to sign before a certificate is kept; the administrator keeps one, sealed; the office signs with it", async () => {
    await expect(signDecisionWithUnitCertificate(office, decisionId)).rejects.toMatchObject({
      message: expect.stringContaining("chưa có chứng thư số"),
    });
    await expect(uploadSigningCertificate(admin, { bytes: validP12 }, "sai")).rejects.toMatchObject({
      message: expect.stringContaining("sai mật khẩu"),
    });
    const facts = await uploadSigningCertificate(admin, { bytes: validP12 }, PASS);
    expect(facts.subject).toBe("Phạm Văn Định, UBND xã Thử nghiệm");
    const stored = await db().unitSigningCertificate.findFirstOrThrow({ where: { unitId: c.tree.d1.id } });
    // Neither the passphrase nor the .p12 is readable in the database.
    expect(Buffer.from(stored.sealed).includes(Buffer.from(PASS))).toBe(false);
    expect(Buffer.from(stored.sealed).includes(validP12.subarray(0, 64))).toBe(false);
    expect(await mySigningCertificate(office)).toMatchObject({ subject: facts.subject, uploadedBy: admin.name });

    // The kept certificate runs 2024-01-01 → 2030-01-01: outside that, the server will not sign with it.
    await expect(signDecisionWithUnitCertificate(office, decisionId, new Date("2023-06-01"))).rejects.toMatchObject({
      message: expect.stringContaining("chưa đến ngày có hiệu lực"),
    });
    await expect(signDecisionWithUnitCertificate(office, decisionId, new Date("2030-06-01"))).rejects.toMatchObject({
      message: expect.stringContaining("đã hết hạn"),
    });
    const reading = await signDecisionWithUnitCertificate(office, decisionId, SIGNED_AT);
    expect(reading.status).toBe("VALID");
    expect(reading.findings[0]).toMatchObject({ signer: facts.subject, signedAt: SIGNED_AT.toISOString() });
    const row = await db().awardDecision.findUniqueOrThrow({ where: { id: decisionId } });
    expect(row.issuedFileName).toBe("quyet-dinh-01-QD-UBND-2026-da-ky-so.pdf");
    expect(row.issuedSignature).toBe("VALID");
  }, 120_000);
});

describe("another unit cannot see, record or sign", () => {
  it("every role of a sibling commune, another district, another province and the awardee's commune is refused", async () => {
    const before = await db().awardDecision.findUniqueOrThrow({ where: { id: decisionId } });
    const reading = { status: "VALID" as const, findings: [], checkedAt: new Date().toISOString() };
    const file = { storageKey: "decisions/forged/x.pdf", fileName: "gia.pdf", size: 1 };
    const scan = await renderPdf({ title: "Giả" }, (doc) => body(doc, "Giả mạo."));
    expect((await listDecisionsOfMyUnit(office)).map((d) => d.id)).toContain(decisionId);
    for (const actor of outsiders) {
      const listed = await listDecisionsOfMyUnit(actor).catch(() => []);
      expect(listed.map((d) => d.id)).not.toContain(decisionId);
      await expect(findRecordableDecision(actor, decisionId)).rejects.toThrow();
      await expect(recordIssuedDocument(actor, decisionId, file, reading)).rejects.toThrow();
      await expect(recordSignedDecision(actor, decisionId, { name: "gia.pdf", bytes: scan })).rejects.toThrow();
      await expect(signDecisionWithUnitCertificate(actor, decisionId)).rejects.toThrow();
      // Their own unit's certificate, if any role lets them look: never the district's.
      const mine = await mySigningCertificate(actor).catch(() => null);
      expect(mine).toBeNull();
      const sealed = await sealedSigningCertificate(actor).catch(() => null);
      expect(sealed).toBeNull();
      await expect(removeSigningCertificate(actor)).rejects.toThrow();
    }
    for (const actor of outsiders.filter((a) => !a.units.some((u) => u.id === c.tree.c1.id))) {
      await expect(readIssuedDocument(actor, decisionId)).rejects.toThrow();
    }
    // An outside administrator keeping a certificate keeps it for their own unit only.
    const outsideAdmin = outsiders.find((a) => a.roles.includes("ADMIN"))!;
    await saveSigningCertificate(
      outsideAdmin,
      (unitId) => sealSigningSecret("s".repeat(32), unitId, { p12: validP12, passphrase: PASS }),
      {
        subject: "Ngoài",
        issuer: "CA",
        validFrom: new Date("2024-01-01"),
        validTo: new Date("2030-01-01"),
      },
    );
    expect(await mySigningCertificate(office)).toMatchObject({ subject: "Phạm Văn Định, UBND xã Thử nghiệm" });
    await removeSigningCertificate(outsideAdmin);
    expect(await mySigningCertificate(office)).not.toBeNull();
    const after = await db().awardDecision.findUniqueOrThrow({ where: { id: decisionId } });
    expect(after.issuedFileKey).toBe(before.issuedFileKey);
    expect(after.issuedSignature).toBe(before.issuedSignature);
  }, 180_000);

  it("the deciding unit's administrator removes its certificate; signing is then refused again", async () => {
    await removeSigningCertificate(admin);
    expect(await mySigningCertificate(office)).toBeNull();
    await expect(signDecisionWithUnitCertificate(office, decisionId)).rejects.toMatchObject({
      message: expect.stringContaining("chưa có chứng thư số"),
    });
  });
});
