import { describe, expect, it } from "vitest";
import {
  signatureStatus,
  signatureVerdict,
  verdictSentence,
  type SignatureFinding,
} from "@/domain/documents/signature-verdict";

/**
 * The verdict of one signature from the facts read off it: RFC 5652 §5.4 (the signature verifies),
 * ISO 32000-1 §12.8.1 (the byte range covers the file), RFC 5280 §4.1.2.5 and §6.1 (each certificate
 * of the chain valid at the signing time, the chain ending on a trusted CA). The first failing
 * check decides; a file is the worst of its signatures.
 */

const intact: SignatureFinding = {
  signer: "Nguyễn Văn A, UBND xã X",
  issuer: "CA2, VNPT",
  signedAt: "2026-11-30T03:15:00.000Z",
  signedAtSource: "SIGNED_ATTRIBUTE",
  certificateFrom: "2025-01-01T00:00:00.000Z",
  certificateTo: "2028-01-01T00:00:00.000Z",
  problem: null,
  coversWholeFile: true,
  digestMatches: true,
  signatureValid: true,
  certificate: "VALID",
  issuerVerified: true,
  trust: { kind: "TRUSTED", chain: ["CA2, VNPT", "Root CA, Bộ Thông tin và Truyền thông"] },
};
const untrusted: SignatureFinding = { ...intact, trust: { kind: "UNTRUSTED" } };

describe("signatureVerdict and its sentence", () => {
  it("intact, in its validity, chained to the list: valid, naming the CA that issued it", () => {
    expect(signatureVerdict(intact, true)).toBe("VALID");
    expect(verdictSentence(intact, true)).toBe(
      "Chữ ký hợp lệ, chứng thư số do CA2, VNPT cấp (thuộc danh sách tin cậy)",
    );
  });

  it("intact but no chain to the list: untrusted", () => {
    expect(signatureVerdict(untrusted, true)).toBe("UNTRUSTED");
    expect(verdictSentence(untrusted, true)).toBe("Chữ ký đúng nhưng chứng thư số không thuộc danh sách tin cậy");
  });

  it("changed after signing outranks the trust question", () => {
    const changed = { ...untrusted, digestMatches: false };
    expect(signatureVerdict(changed, true)).toBe("TAMPERED");
    expect(verdictSentence(changed, true)).toBe("Tệp đã bị sửa sau khi ký");
    // Bytes appended after the last signature; an earlier signature is followed by the next one's update.
    expect(signatureVerdict({ ...intact, coversWholeFile: false }, true)).toBe("TAMPERED");
    expect(signatureVerdict({ ...intact, coversWholeFile: false }, false)).toBe("VALID");
  });

  it("the signer's certificate, or a CA above it, outside its validity when signed: expired", () => {
    expect(verdictSentence({ ...intact, certificate: "EXPIRED" }, true)).toBe(
      "Chứng thư số đã hết hạn tại thời điểm ký",
    );
    expect(verdictSentence({ ...untrusted, certificate: "NOT_YET_VALID" }, true)).toBe(
      "Chứng thư số chưa có hiệu lực tại thời điểm ký",
    );
    const lapsedCa = {
      ...intact,
      trust: { kind: "CA_NOT_VALID" as const, chain: ["CA2, VNPT"], authority: "CA2, VNPT" },
    };
    expect(signatureVerdict(lapsedCa, true)).toBe("EXPIRED");
    expect(verdictSentence(lapsedCa, true)).toBe(
      "Chứng thư số của tổ chức cấp CA2, VNPT không còn hiệu lực tại thời điểm ký",
    );
  });

  it("a signature that does not verify, or cannot be read: invalid, with the reason when there is one", () => {
    expect(signatureVerdict({ ...intact, signatureValid: false }, true)).toBe("INVALID");
    expect(verdictSentence({ ...intact, signatureValid: false }, true)).toBe("Chữ ký số không hợp lệ");
    expect(verdictSentence({ ...intact, problem: "Không đọc được chữ ký số." }, true)).toBe(
      "Không đọc được chữ ký số.",
    );
  });

  it("a reading stored before the trust list (no trust fact) keeps its verdict and says the list was not consulted", () => {
    const { trust: _trust, ...old } = intact;
    expect(signatureVerdict(old, true)).toBe("VALID");
    expect(verdictSentence(old, true)).toContain("chưa đối chiếu danh sách tin cậy");
  });
});

describe("signatureStatus: the file is the worst of its signatures", () => {
  it("no signature is unsigned; one untrusted among trusted makes the file untrusted; tampered outranks it", () => {
    expect(signatureStatus([])).toBe("UNSIGNED");
    expect(signatureStatus([{ ...intact, coversWholeFile: false }, intact])).toBe("VALID");
    expect(signatureStatus([{ ...intact, coversWholeFile: false }, untrusted])).toBe("UNTRUSTED");
    expect(signatureStatus([untrusted, { ...intact, digestMatches: false }])).toBe("TAMPERED");
    expect(signatureStatus([untrusted, { ...intact, certificate: "EXPIRED" }])).toBe("EXPIRED");
  });
});
