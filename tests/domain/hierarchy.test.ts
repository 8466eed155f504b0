import { describe, expect, it } from "vitest";
import { childPath, depthOf, isInForce, isSameOrBelow } from "@/domain/units/hierarchy";

describe("unit tree paths", () => {
  const province = { id: "p", path: childPath(null, "p") };
  const district = { id: "d", path: childPath(province.path, "d") };
  const commune = { id: "c", path: childPath(district.path, "c") };
  const communeOfTwoLevels = { id: "x", path: childPath(province.path, "x") };

  it("holds three levels and two levels without a fixed depth", () => {
    expect(commune.path).toBe("/p/d/c/");
    expect(depthOf(commune.path)).toBe(2);
    expect(depthOf(communeOfTwoLevels.path)).toBe(1);
    expect(depthOf(province.path)).toBe(0);
  });
  it("sees a unit below its ancestors but not beside them", () => {
    expect(isSameOrBelow(commune, province)).toBe(true);
    expect(isSameOrBelow(commune, district)).toBe(true);
    expect(isSameOrBelow(commune, commune)).toBe(true);
    expect(isSameOrBelow(district, commune)).toBe(false);
    expect(isSameOrBelow(communeOfTwoLevels, district)).toBe(false);
  });
  it("does not confuse ids that share a prefix", () => {
    const a = { id: "ab", path: "/p/ab/" };
    const b = { id: "a", path: "/p/a/" };
    expect(isSameOrBelow(a, b)).toBe(false);
  });
});

describe("isInForce (validity of units across the 1/7/2025 reorganisation)", () => {
  const district = { validFrom: null, validTo: new Date("2025-06-30T00:00:00Z") };
  const newCommune = { validFrom: new Date("2025-07-01T00:00:00Z"), validTo: null };
  it("a district dissolved on 1/7/2025 existed on 30/6 and not after", () => {
    expect(isInForce(district, new Date("2025-06-30T00:00:00Z"))).toBe(true);
    expect(isInForce(district, new Date("2025-07-01T00:00:00Z"))).toBe(false);
  });
  it("a commune formed on 1/7/2025 exists from that day", () => {
    expect(isInForce(newCommune, new Date("2025-06-30T00:00:00Z"))).toBe(false);
    expect(isInForce(newCommune, new Date("2025-07-01T00:00:00Z"))).toBe(true);
  });
});
