import { describe, expect, it } from "vitest";
import {
  statusesIn,
  summaryStatusCounts,
  summaryStatusOf,
  SUMMARY_STATUSES,
} from "@/domain/registration/summary-status";

/**
 * The registration summary's groups: a unit registers when it sends its table to the issuing unit,
 * which approves it or returns it for completion (the review states of src/domain/registration/rules.ts).
 */
describe("the registration summary's unit groups", () => {
  it("puts a unit without a registration and one not yet sent in one group, the reviewed ones in their own", () => {
    expect(summaryStatusOf(null)).toBe("chua-dang-ky");
    expect(summaryStatusOf("NOT_SENT")).toBe("chua-dang-ky");
    expect(summaryStatusOf("SENT")).toBe("cho-duyet");
    expect(summaryStatusOf("RETURNED")).toBe("tra-lai");
    expect(summaryStatusOf("APPROVED")).toBe("da-duyet");
    expect(statusesIn("chua-dang-ky")).toEqual(["NOT_SENT"]);
    expect(SUMMARY_STATUSES.flatMap(statusesIn).sort()).toEqual(["APPROVED", "NOT_SENT", "RETURNED", "SENT"]);
  });

  it("counts the units that sent nothing as the units listed less those sent, returned or approved", () => {
    const counts = summaryStatusCounts(100, [
      { status: "NOT_SENT", count: 4 },
      { status: "SENT", count: 20 },
      { status: "RETURNED", count: 6 },
      { status: "APPROVED", count: 30 },
    ]);
    expect(counts).toEqual({ "chua-dang-ky": 44, "cho-duyet": 20, "tra-lai": 6, "da-duyet": 30 });
    expect(summaryStatusCounts(3, [])).toEqual({ "chua-dang-ky": 3, "cho-duyet": 0, "tra-lai": 0, "da-duyet": 0 });
  });
});
