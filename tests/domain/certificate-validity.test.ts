import { describe, expect, it } from "vitest";
import { certificateValidityAt } from "@/domain/documents/certificate-validity";

// RFC 5280 §4.1.2.5: a certificate is valid from notBefore through notAfter, both inclusive.
describe("certificateValidityAt", () => {
  const period = { validFrom: new Date("2026-01-01T00:00:00Z"), validTo: new Date("2026-12-31T23:59:59Z") };

  it("is valid on both ends of the period", () => {
    expect(certificateValidityAt(period, period.validFrom)).toBe("VALID");
    expect(certificateValidityAt(period, period.validTo)).toBe("VALID");
    expect(certificateValidityAt(period, new Date("2026-06-15T08:00:00Z"))).toBe("VALID");
  });

  it("is expired a second after notAfter and not yet valid a second before notBefore", () => {
    expect(certificateValidityAt(period, new Date("2027-01-01T00:00:00Z"))).toBe("EXPIRED");
    expect(certificateValidityAt(period, new Date("2025-12-31T23:59:59Z"))).toBe("NOT_YET_VALID");
  });
});
