/**
 * The operator's trust list on real PostgreSQL: CA certificates (made here) uploaded as DER, PEM
 * or a PEM bundle, shown with subject, issuer, validity and SHA-256 fingerprint, removed; each
 * change with its audit entry in the same transaction. Only an operator account may read or
 * change the list: a unit's user, whatever its roles, is refused and nothing is written. Bad files
 * are refused with the reason on the file field (zod for the form, the reader for the content).
 */
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import forge from "node-forge";
import { db } from "@/server/db/client";
import type { Operator } from "@/server/auth/actor-types";
import { ZTrustedCertificateUpload } from "@/schemas/trusted-certificate";
import { listTrustedCertificates, removeTrustedCertificate } from "@/server/data/trusted-certificates";
import { loadTrustList, uploadTrustedCertificates } from "@/server/services/trust-list";
import { createActor, createTree, uid } from "../support/factories";
import { certificateDer, makeCa, makeIntermediate, makeSigner } from "../support/test-certificates";

const pem = (...certs: forge.pki.Certificate[]) =>
  Buffer.from(certs.map((c) => forge.pki.certificateToPem(c)).join(""));
const sha256 = (der: Buffer) => createHash("sha256").update(der).digest("hex");

let operator: Operator;
let root: ReturnType<typeof makeCa>;
let licensed: ReturnType<typeof makeCa>;

beforeAll(async () => {
  const user = await db().user.create({
    data: { email: `vanhanh.${uid()}@thidua.test`, name: "Vận hành hệ thống", passwordHash: "!", isOperator: true },
  });
  operator = { userId: user.id, sessionId: "s", name: user.name, email: user.email };
  root = makeCa(`Root CA ${uid()}`);
  licensed = makeIntermediate(root, `CA cấp phép ${uid()}`);
}, 60_000);

describe("the operator's trust list", () => {
  it("adds a root as DER, then a PEM bundle (root again + licensed CA): one row each, with fingerprint and audit", async () => {
    const first = await uploadTrustedCertificates(operator, { bytes: certificateDer(root.cert) });
    expect(first.added).toHaveLength(1);
    expect(first.added[0]).toMatchObject({
      fingerprint: sha256(certificateDer(root.cert)),
      subject: expect.stringContaining("Root CA"),
      addedByName: "Vận hành hệ thống",
      validFrom: new Date("2020-01-01"),
      validTo: new Date("2040-01-01"),
    });
    expect(first.added[0]!.issuer).toBe(first.added[0]!.subject);

    const bundle = await uploadTrustedCertificates(operator, { bytes: pem(root.cert, licensed.cert) });
    expect(bundle.skipped).toBe(1);
    expect(bundle.added.map((a) => a.issuer)).toEqual([first.added[0]!.subject]);

    const listed = await listTrustedCertificates(operator);
    const mine = listed.filter((r) => [first.added[0]!.id, bundle.added[0]!.id].includes(r.id));
    expect(mine).toHaveLength(2);
    expect(mine[0]).not.toHaveProperty("der");
    const audit = await db().auditEntry.findMany({
      where: { entity: "TrustedCertificate", entityId: { in: mine.map((m) => m.id) } },
    });
    expect(audit.map((a) => [a.action, a.actorUserId, a.unitId]).sort()).toEqual([
      ["CREATE", operator.userId, null],
      ["CREATE", operator.userId, null],
    ]);
    // The verifier reads them back as certificates.
    const fingerprints = (await loadTrustList()).map((c) => c.x509.fingerprint256.replace(/:/g, "").toLowerCase());
    expect(fingerprints).toEqual(expect.arrayContaining(mine.map((m) => m.fingerprint)));
  }, 30_000);

  it("refuses a certificate already listed, a signer's (non-CA) certificate, and a file that is no certificate, each on the file field", async () => {
    await expect(uploadTrustedCertificates(operator, { bytes: pem(root.cert) })).rejects.toMatchObject({
      fieldErrors: { file: "Chứng thư số này đã có trong danh sách tin cậy." },
    });
    const signer = makeSigner(licensed, "Nguyễn Văn Ký");
    // A bundle with one non-CA certificate is refused whole: nothing of it is added.
    const other = makeCa(`CA khác ${uid()}`);
    await expect(uploadTrustedCertificates(operator, { bytes: pem(other.cert, signer.cert) })).rejects.toMatchObject({
      fieldErrors: { file: expect.stringContaining("không phải của tổ chức cấp chứng thư") },
    });
    expect(await db().trustedCertificate.count({ where: { fingerprint: sha256(certificateDer(other.cert)) } })).toBe(0);
    await expect(
      uploadTrustedCertificates(operator, { bytes: Buffer.from("không phải chứng thư") }),
    ).rejects.toMatchObject({ fieldErrors: { file: "Tệp không phải chứng thư số X.509 (PEM, DER hoặc .cer)." } });

    // The form's schema: a file must be chosen, hold something and be small.
    const empty = ZTrustedCertificateUpload.safeParse({ file: new File([], "rong.cer") });
    expect(empty.success ? null : empty.error.issues[0]!.message).toBe(
      "Tệp chứng thư số rỗng (0 byte): chọn đúng tệp .cer, .crt, .der hoặc .pem.",
    );
    const missing = ZTrustedCertificateUpload.safeParse({ file: null });
    expect(missing.success ? null : missing.error.issues[0]!.message).toBe("Chọn tệp chứng thư số.");
    const big = ZTrustedCertificateUpload.safeParse({ file: new File([new Uint8Array(1024 * 1024 + 1)], "to.pem") });
    expect(big.success ? null : big.error.issues[0]!.message).toBe("Tệp quá lớn (tối đa 1 MB).");
  }, 30_000);

  it("only an operator: a unit's users, whatever their roles, can neither read nor change the list", async () => {
    const tree = await createTree();
    const row = (await listTrustedCertificates(operator)).find((r) => r.addedByName === operator.name)!;
    const fake = makeCa(`CA giả ${uid()}`);
    const pretenders: string[] = [];
    for (const roles of [["ADMIN"], ["CHAIR"], ["OFFICER", "REVIEWER"]] as const) {
      const actor = await createActor(tree.p1, [...roles]);
      pretenders.push(actor.userId);
      const pretender: Operator = { userId: actor.userId, sessionId: "s", name: actor.name, email: "x@thidua.test" };
      await expect(listTrustedCertificates(pretender)).rejects.toMatchObject({ kind: "forbidden" });
      await expect(uploadTrustedCertificates(pretender, { bytes: certificateDer(fake.cert) })).rejects.toMatchObject({
        kind: "forbidden",
      });
      await expect(removeTrustedCertificate(pretender, row.id)).rejects.toMatchObject({ kind: "forbidden" });
    }
    // An account whose operator flag was withdrawn is refused too.
    await db().user.update({ where: { id: operator.userId }, data: { isOperator: false } });
    await expect(removeTrustedCertificate(operator, row.id)).rejects.toMatchObject({ kind: "forbidden" });
    await db().user.update({ where: { id: operator.userId }, data: { isOperator: true } });
    expect(await db().trustedCertificate.findUnique({ where: { id: row.id } })).not.toBeNull();
    expect(await db().trustedCertificate.count({ where: { fingerprint: sha256(certificateDer(fake.cert)) } })).toBe(0);
    expect(await db().auditEntry.count({ where: { actorUserId: { in: pretenders } } })).toBe(0);
  }, 60_000);

  it("removes a certificate with its audit entry; removing it again is 'not found'", async () => {
    const row = (await listTrustedCertificates(operator)).find(
      (r) => r.addedByName === operator.name && r.issuer !== r.subject,
    )!;
    const removed = await removeTrustedCertificate(operator, row.id);
    expect(removed.subject).toBe(row.subject);
    expect(await db().trustedCertificate.findUnique({ where: { id: row.id } })).toBeNull();
    const audit = await db().auditEntry.findFirstOrThrow({
      where: { entity: "TrustedCertificate", entityId: row.id, action: "DELETE" },
    });
    expect(audit).toMatchObject({ actorUserId: operator.userId, unitId: null });
    expect(audit.before).toMatchObject({ subject: row.subject, fingerprint: row.fingerprint });
    await expect(removeTrustedCertificate(operator, row.id)).rejects.toMatchObject({ kind: "not_found" });
  }, 30_000);
});
