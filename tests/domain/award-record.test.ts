import { describe, expect, it } from "vitest";
import {
  decisionCitation,
  heldLine,
  recordLines,
  revocationNote,
  titlesHeld,
  type RecordedAward,
} from "@/domain/awards/award-record";

const award = (over: Partial<RecordedAward>): RecordedAward => ({
  id: Math.random().toString(36),
  year: 2024,
  name: "Chiến sĩ thi đua cơ sở",
  catalogueCode: "CSTD_CS",
  decisionNumber: "15/QĐ-UBND",
  decidedOn: "2025-01-15",
  conferredBy: "Chủ tịch UBND huyện",
  unitName: "Xã An",
  amount: null,
  source: "ENTERED",
  revokedOn: null,
  revokeDecisionNumber: null,
  revokeReason: null,
  ...over,
});

describe("quá trình khen thưởng", () => {
  it("lists awards in the order they were earned, each citing its decision", () => {
    const lines = recordLines([
      award({ id: "b", year: 2025, decidedOn: "2026-01-10" }),
      award({ id: "a", year: 2023, decidedOn: "2024-01-10", unitName: "Xã Cũ" }),
      award({ id: "c", year: 2025, decidedOn: "2025-12-20", name: "Lao động tiên tiến", catalogueCode: "LDTT" }),
    ]);
    expect(lines.map((l) => l.id)).toEqual(["a", "c", "b"]);
    expect(lines[0]!.decision).toBe("Số 15/QĐ-UBND ngày 10/01/2024");
    expect(decisionCitation("Số: 07/QĐ-UBND", "2025-02-03")).toBe("Số 07/QĐ-UBND ngày 03/02/2025");
  });

  it("keeps a revoked award with its revocation, and does not count it as held", () => {
    const revoked = award({
      year: 2025,
      revokedOn: "2026-03-01",
      revokeDecisionNumber: "9/QĐ-UBND",
      revokeReason: "Khai không đúng thành tích",
    });
    expect(revocationNote(revoked)).toBe(
      "Thu hồi theo Quyết định số 9/QĐ-UBND ngày 01/03/2026: Khai không đúng thành tích",
    );
    expect(revocationNote(award({}))).toBeNull();
    const held = titlesHeld([
      award({ year: 2022 }),
      award({ year: 2024, name: "CSTĐ cơ sở năm 2024" }),
      revoked,
      award({ year: 2023, name: "Giấy khen", catalogueCode: null }),
    ]);
    expect(held.map(heldLine)).toEqual(["Chiến sĩ thi đua cơ sở: 2 lần (2022, 2024)", "Giấy khen: 1 lần (2023)"]);
  });
});
