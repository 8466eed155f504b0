import { beforeAll, describe, expect, it } from "vitest";
import { renderPdf, body } from "@/server/documents/pdf-kit";
import { SIGNATURE_BYTES, readP12, signPdf } from "@/server/documents/pdf-signing";
import { describeCertificate, readPdfSignatures } from "@/server/documents/pdf-signatures";
import type { NamedCertificate } from "@/server/documents/trust-chain";
import {
  findingLines,
  signatureStatus,
  verdictSentence,
  SIGNATURE_HEADLINES,
} from "@/domain/documents/signature-verdict";
import { certificateDer, makeCa, makeIntermediate, makeSigner, toP12 } from "../support/test-certificates";

/**
 * Digital signatures read back from PDFs signed here with certificates made here (a test CA and
 * its signers): valid, changed after signing, signed with an expired certificate, unsigned; and
 * judged against a trust list (RFC 5280 §6.1 path building, offline): a CA on the list, the same
 * signature with the list empty, a chain through an intermediate CA, a look-alike root.
 * The checks follow ISO 32000-1 §12.8 (byte range, /Contents) and RFC 5652 §5.4 and §11.2
 * (messageDigest, the signature over the DER of the signed attributes).
 */

const SIGNED_AT = new Date("2026-11-30T03:15:00Z"); // 10:15 in Vietnam
const PASS = "mat-khau-thu";

const letter = (signingTime: Date) =>
  renderPdf(
    {
      title: "Quyết định thử",
      signature: {
        name: "Phạm Văn Định",
        reason: "Ký ban hành",
        location: "Đình Dù",
        signingTime,
        length: SIGNATURE_BYTES,
      },
    },
    (doc) => body(doc, "Quyết định này có hiệu lực kể từ ngày ký./."),
  );

let ca: ReturnType<typeof makeCa>;
let trustList: NamedCertificate[];
let valid: Buffer;
let expiredP12: Buffer;
let validP12: Buffer;

beforeAll(async () => {
  ca = makeCa();
  trustList = [trusted(ca)];
  validP12 = toP12(makeSigner(ca, "Phạm Văn Định"), ca, PASS);
  expiredP12 = toP12(
    makeSigner(ca, "Nguyễn Văn Cũ", { from: new Date("2020-01-01"), to: new Date("2023-01-01") }),
    ca,
    PASS,
  );
  valid = await signPdf(await letter(SIGNED_AT), validP12, PASS, SIGNED_AT);
}, 60_000);

const trusted = (authority: ReturnType<typeof makeCa>) => describeCertificate(certificateDer(authority.cert))!;

describe("reading a PDF's digital signatures", () => {
  it("a file signed with a valid certificate: the signer, the issuer, the time, every check passed", () => {
    const findings = readPdfSignatures(valid, trustList);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({
      signer: "Phạm Văn Định, UBND xã Thử nghiệm",
      issuer: "CA thử nghiệm Thi đua, Phòng thử nghiệm",
      signedAt: SIGNED_AT.toISOString(),
      signedAtSource: "SIGNED_ATTRIBUTE",
      problem: null,
      coversWholeFile: true,
      digestMatches: true,
      signatureValid: true,
      certificate: "VALID",
      issuerVerified: true,
      trust: { kind: "TRUSTED", chain: ["CA thử nghiệm Thi đua, Phòng thử nghiệm"] },
    });
    expect(signatureStatus(findings)).toBe("VALID");
    expect(verdictSentence(f!, true)).toBe(
      "Chữ ký hợp lệ, chứng thư số do CA thử nghiệm Thi đua, Phòng thử nghiệm cấp (thuộc danh sách tin cậy)",
    );
    expect(SIGNATURE_HEADLINES.VALID).toBe("Chữ ký hợp lệ");
    expect(findingLines(f!, true)).toEqual([
      "Người ký: Phạm Văn Định, UBND xã Thử nghiệm",
      "Chứng thư số do CA thử nghiệm Thi đua, Phòng thử nghiệm cấp",
      "Thời điểm ký: 10:15 ngày 30/11/2026 (theo máy tính của người ký)",
      "Nội dung không thay đổi từ khi ký",
      "Chứng thư số còn hiệu lực khi ký (hiệu lực từ 01/01/2024 đến 01/01/2030)",
      "Chuỗi chứng thực: CA thử nghiệm Thi đua, Phòng thử nghiệm (thuộc danh sách tin cậy)",
    ]);
  });

  it("a byte of the signed content changed after signing: tampered", () => {
    const text = valid.toString("latin1");
    // The /M date in the signature dictionary is signed content too; change one digit of it.
    const at = text.indexOf("(D:2026");
    expect(at).toBeGreaterThan(0);
    const tampered = Buffer.from(valid);
    tampered[at + 3] = "1".charCodeAt(0); // 2026 → 1026
    const findings = readPdfSignatures(tampered, trustList);
    expect(findings[0]).toMatchObject({ coversWholeFile: true, digestMatches: false, signatureValid: true });
    expect(signatureStatus(findings)).toBe("TAMPERED");
    expect(SIGNATURE_HEADLINES.TAMPERED).toBe("Tệp đã bị sửa sau khi ký");
    expect(findingLines(findings[0]!, true)).toContain("Nội dung đã bị thay đổi sau khi ký: không khớp với chữ ký");
  });

  it("content appended after signing (an incremental update nobody signed): tampered", () => {
    const appended = Buffer.concat([valid, Buffer.from("\n1 0 obj\n(thêm)\nendobj\n%%EOF\n", "latin1")]);
    const findings = readPdfSignatures(appended, trustList);
    expect(findings[0]).toMatchObject({ coversWholeFile: false, digestMatches: true, signatureValid: true });
    expect(signatureStatus(findings)).toBe("TAMPERED");
    expect(findingLines(findings[0]!, true)).toContain("Có nội dung được thêm vào tệp sau khi ký");
  });

  it("a signature value altered: the signature does not verify", () => {
    const text = valid.toString("latin1");
    const contents = text.indexOf("/Contents <") + "/Contents <".length;
    // The signature value sits inside the CMS; flipping hex digits near its end (before the zero padding) breaks it.
    const hex = text.slice(contents, text.indexOf(">", contents)).replace(/(00)+$/, "");
    const broken = Buffer.from(valid);
    const pos = contents + hex.length - 10;
    broken[pos] = broken[pos] === 0x30 ? 0x31 : 0x30;
    expect(signatureStatus(readPdfSignatures(broken, trustList))).toBe("INVALID");
  });

  it("signed with a certificate that had expired: reported expired, everything else intact", async () => {
    const signed = await signPdf(await letter(SIGNED_AT), expiredP12, PASS, SIGNED_AT);
    const findings = readPdfSignatures(signed, trustList);
    expect(findings[0]).toMatchObject({
      signer: "Nguyễn Văn Cũ, UBND xã Thử nghiệm",
      digestMatches: true,
      signatureValid: true,
      coversWholeFile: true,
      certificate: "EXPIRED",
    });
    expect(signatureStatus(findings)).toBe("EXPIRED");
    expect(verdictSentence(findings[0]!, true)).toBe("Chứng thư số đã hết hạn tại thời điểm ký");
    expect(findingLines(findings[0]!, true)).toContain(
      "Chứng thư số đã hết hạn khi ký (hiệu lực từ 01/01/2020 đến 01/01/2023)",
    );
  }, 30_000);

  it("an unsigned PDF: no signature, said so", async () => {
    const plain = await renderPdf({ title: "Bản scan" }, (doc) => body(doc, "Bản scan không ký số."));
    expect(readPdfSignatures(plain, trustList)).toEqual([]);
    expect(signatureStatus([])).toBe("UNSIGNED");
    expect(SIGNATURE_HEADLINES.UNSIGNED).toBe("Tệp không có chữ ký số");
  }, 30_000);

  it("the same signature with its CA not on the trust list: intact but untrusted", () => {
    const findings = readPdfSignatures(valid, []);
    expect(findings[0]).toMatchObject({ digestMatches: true, signatureValid: true, trust: { kind: "UNTRUSTED" } });
    expect(signatureStatus(findings)).toBe("UNTRUSTED");
    expect(verdictSentence(findings[0]!, true)).toBe("Chữ ký đúng nhưng chứng thư số không thuộc danh sách tin cậy");
    // Another CA on the list changes nothing.
    expect(signatureStatus(readPdfSignatures(valid, [trusted(makeCa("CA khác"))]))).toBe("UNTRUSTED");
  });

  it("a self-made CA with the trusted CA's very name (its own key) does not reach the list", async () => {
    const lookAlike = makeCa(); // same subject as `ca`, another key
    const forged = await signPdf(
      await letter(SIGNED_AT),
      toP12(makeSigner(lookAlike, "Chủ tịch UBND xã X"), lookAlike, PASS),
      PASS,
      SIGNED_AT,
    );
    const findings = readPdfSignatures(forged, trustList);
    expect(findings[0]).toMatchObject({ signatureValid: true, issuer: "CA thử nghiệm Thi đua, Phòng thử nghiệm" });
    expect(findings[0]!.trust).toEqual({ kind: "UNTRUSTED" });
    expect(signatureStatus(findings)).toBe("UNTRUSTED");
  }, 30_000);

  it("a signer under an intermediate CA: trusted through it when the root is listed, the chain shown", async () => {
    const root = makeCa("Root CA thử nghiệm");
    const licensed = makeIntermediate(root, "CA cấp dưới thử nghiệm");
    const p12 = toP12(makeSigner(licensed, "Lê Thị Hoa"), licensed, PASS, [root]);
    const signed = await signPdf(await letter(SIGNED_AT), p12, PASS, SIGNED_AT);
    const findings = readPdfSignatures(signed, [trusted(root)]);
    expect(findings[0]!.trust).toEqual({
      kind: "TRUSTED",
      chain: ["CA cấp dưới thử nghiệm, Phòng thử nghiệm", "Root CA thử nghiệm, Phòng thử nghiệm"],
    });
    expect(signatureStatus(findings)).toBe("VALID");
    // The intermediate alone on the list is an anchor too; neither listed: untrusted.
    expect(readPdfSignatures(signed, [trusted(licensed)])[0]!.trust).toMatchObject({ kind: "TRUSTED" });
    expect(signatureStatus(readPdfSignatures(signed, []))).toBe("UNTRUSTED");

    // A signature that carries only its own certificate: the intermediate must come from the list.
    const bare = await signPdf(
      await letter(SIGNED_AT),
      toP12(makeSigner(licensed, "Lê Thị Hoa"), licensed, PASS),
      PASS,
      SIGNED_AT,
    );
    expect(signatureStatus(readPdfSignatures(bare, [trusted(root)]))).toBe("VALID");
  }, 60_000);

  it("a CA in the chain that had expired when the document was signed: expired, naming that CA", async () => {
    const root = makeCa("Root CA thử nghiệm");
    const lapsed = makeIntermediate(root, "CA đã hết hạn", {
      from: new Date("2020-01-01"),
      to: new Date("2025-01-01"),
    });
    const p12 = toP12(makeSigner(lapsed, "Lê Văn Muộn"), lapsed, PASS, [root]);
    const findings = readPdfSignatures(await signPdf(await letter(SIGNED_AT), p12, PASS, SIGNED_AT), [trusted(root)]);
    expect(findings[0]).toMatchObject({ certificate: "VALID", trust: { kind: "CA_NOT_VALID" } });
    expect(signatureStatus(findings)).toBe("EXPIRED");
    expect(verdictSentence(findings[0]!, true)).toBe(
      "Chứng thư số của tổ chức cấp CA đã hết hạn, Phòng thử nghiệm không còn hiệu lực tại thời điểm ký",
    );
  }, 60_000);

  it("a .p12 is read with its passphrase, and refused with a wrong one", () => {
    const read = readP12(validP12, PASS);
    expect(read).toMatchObject({
      ok: true,
      certificate: { subject: "Phạm Văn Định, UBND xã Thử nghiệm", issuer: "CA thử nghiệm Thi đua, Phòng thử nghiệm" },
    });
    expect(readP12(validP12, "sai")).toEqual({
      ok: false,
      message: "Không mở được tệp chứng thư số: sai mật khẩu, hoặc không phải tệp .p12/.pfx.",
    });
  });
});
