import { describe, expect, it } from "vitest";
import { childPath, depthOf } from "@/domain/units/hierarchy";

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
  it("makes 'this unit and below' a prefix of the path, never confusing ids that share a prefix", () => {
    expect(commune.path.startsWith(district.path)).toBe(true);
    expect(communeOfTwoLevels.path.startsWith(district.path)).toBe(false);
    expect(childPath("/p/", "ab").startsWith(childPath("/p/", "a"))).toBe(false);
  });
});
