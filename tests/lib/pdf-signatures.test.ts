import { beforeAll, describe, expect, it } from "vitest";
import { renderPdf, body } from "@/server/documents/pdf-kit";
import { SIGNATURE_BYTES, readP12, signPdf } from "@/server/documents/pdf-signing";
import { readPdfSignatures } from "@/server/documents/pdf-signatures";
import { findingLines, signatureStatus, SIGNATURE_HEADLINES } from "@/domain/documents/signature-verdict";
import { makeCa, makeSigner, toP12 } from "../support/test-certificates";

/**
 * Digital signatures read back from PDFs signed here with certificates made here (a test CA and
 * its signers): valid, changed after signing, signed with an expired certificate, unsigned.
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
let valid: Buffer;
let expiredP12: Buffer;
let validP12: Buffer;

beforeAll(async () => {
  ca = makeCa();
  validP12 = toP12(makeSigner(ca, "Phạm Văn Định"), ca, PASS);
  expiredP12 = toP12(
    makeSigner(ca, "Nguyễn Văn Cũ", { from: new Date("2020-01-01"), to: new Date("2023-01-01") }),
    ca,
    PASS,
  );
  valid = await signPdf(await letter(SIGNED_AT), validP12, PASS, SIGNED_AT);
}, 60_000);

describe("reading a PDF's digital signatures", () => {
  it("a file signed with a valid certificate: the signer, the issuer, the time, every check passed", () => {
    const findings = readPdfSignatures(valid);
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
    });
    expect(signatureStatus(findings)).toBe("VALID");
    expect(SIGNATURE_HEADLINES.VALID).toBe("Chữ ký hợp lệ");
    expect(findingLines(f!, true)).toEqual([
      "Người ký: Phạm Văn Định, UBND xã Thử nghiệm",
      "Chứng thư số do CA thử nghiệm Thi đua, Phòng thử nghiệm cấp",
      "Thời điểm ký: 10:15 ngày 30/11/2026 (theo máy tính của người ký)",
      "Nội dung không thay đổi từ khi ký",
      "Chứng thư số còn hiệu lực khi ký (hiệu lực từ 01/01/2024 đến 01/01/2030)",
    ]);
  });

  it("a byte of the signed content changed after signing: tampered", () => {
    const text = valid.toString("latin1");
    // The /M date in the signature dictionary is signed content too; change one digit of it.
    const at = text.indexOf("(D:2026");
    expect(at).toBeGreaterThan(0);
    const tampered = Buffer.from(valid);
    tampered[at + 3] = "1".charCodeAt(0); // 2026 → 1026
    const findings = readPdfSignatures(tampered);
    expect(findings[0]).toMatchObject({ coversWholeFile: true, digestMatches: false, signatureValid: true });
    expect(signatureStatus(findings)).toBe("TAMPERED");
    expect(SIGNATURE_HEADLINES.TAMPERED).toBe("Tệp đã bị sửa sau khi ký");
    expect(findingLines(findings[0]!, true)).toContain("Nội dung đã bị thay đổi sau khi ký: không khớp với chữ ký");
  });

  it("content appended after signing (an incremental update nobody signed): tampered", () => {
    const appended = Buffer.concat([valid, Buffer.from("\n1 0 obj\n(thêm)\nendobj\n%%EOF\n", "latin1")]);
    const findings = readPdfSignatures(appended);
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
    expect(signatureStatus(readPdfSignatures(broken))).toBe("INVALID");
  });

  it("signed with a certificate that had expired: reported expired, everything else intact", async () => {
    const signed = await signPdf(await letter(SIGNED_AT), expiredP12, PASS, SIGNED_AT);
    const findings = readPdfSignatures(signed);
    expect(findings[0]).toMatchObject({
      signer: "Nguyễn Văn Cũ, UBND xã Thử nghiệm",
      digestMatches: true,
      signatureValid: true,
      coversWholeFile: true,
      certificate: "EXPIRED",
    });
    expect(signatureStatus(findings)).toBe("EXPIRED");
    expect(findingLines(findings[0]!, true)).toContain(
      "Chứng thư số đã hết hạn khi ký (hiệu lực từ 01/01/2020 đến 01/01/2023)",
    );
  }, 30_000);

  it("an unsigned PDF: no signature, said so", async () => {
    const plain = await renderPdf({ title: "Bản scan" }, (doc) => body(doc, "Bản scan không ký số."));
    expect(readPdfSignatures(plain)).toEqual([]);
    expect(signatureStatus([])).toBe("UNSIGNED");
    expect(SIGNATURE_HEADLINES.UNSIGNED).toBe("Tệp không có chữ ký số");
  }, 30_000);

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
