import { describe, expect, it } from "vitest";
import { ZTrustedCertificateUpload } from "@/schemas/trusted-certificate";

const firstError = (file: unknown) => {
  const parsed = ZTrustedCertificateUpload.safeParse({ file });
  return parsed.success ? null : parsed.error.issues[0]!.message;
};

describe("the trust list's upload", () => {
  it("asks for a file when none was chosen (the browser sends a nameless empty file)", () => {
    expect(firstError(new File([], ""))).toBe("Chọn tệp chứng thư số.");
    expect(firstError(null)).toBe("Chọn tệp chứng thư số.");
  });

  it("says a chosen file is empty rather than asking to choose one", () => {
    expect(firstError(new File([], "ca-goc.cer"))).toBe(
      "Tệp chứng thư số rỗng (0 byte): chọn đúng tệp .cer, .crt, .der hoặc .pem.",
    );
  });

  it("takes a certificate-sized file", () => {
    expect(firstError(new File([new Uint8Array(1200)], "ca-goc.cer"))).toBeNull();
  });
});
