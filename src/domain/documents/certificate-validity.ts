/**
 * Whether a certificate was (or is) within its validity period at a moment: the one rule behind the
 * reading of a signed PDF ("valid when it signed?"), the unit's own certificate ("may it sign now?")
 * and its page ("đã hết hạn"). X.509 (RFC 5280 §4.1.2.5) makes both ends inclusive.
 */
export type CertificateValidity = "VALID" | "EXPIRED" | "NOT_YET_VALID";

export type ValidityPeriod = { validFrom: Date; validTo: Date };

export function certificateValidityAt(period: ValidityPeriod, at: Date): CertificateValidity {
  if (at.getTime() < period.validFrom.getTime()) return "NOT_YET_VALID";
  if (at.getTime() > period.validTo.getTime()) return "EXPIRED";
  return "VALID";
}
