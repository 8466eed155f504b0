import { describe, expect, it } from "vitest";
import { describeChange } from "@/lib/audit-diff";

describe("describeChange", () => {
  it("lists only the fields that changed, before → after", () => {
    expect(
      describeChange(
        { name: "Văn phòng", kind: "BO_PHAN", updatedAt: 1 },
        { name: "Văn phòng - Thống kê", kind: "BO_PHAN", updatedAt: 2 },
      ),
    ).toBe("name: Văn phòng → Văn phòng - Thống kê");
  });
  it("shows the values of a creation and of a deletion", () => {
    expect(describeChange(null, { name: "A", active: true })).toBe("name: A; active: true");
    expect(describeChange({ name: "A" }, null)).toBe("name: A → ∅");
  });
  it("says nothing changed with a dash", () => {
    expect(describeChange({ a: 1 }, { a: 1 })).toBe("—");
  });
});
