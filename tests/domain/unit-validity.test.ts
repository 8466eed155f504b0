import { describe, expect, it } from "vitest";
import { endedUnitProblem } from "@/domain/units/validity";
import { isMultiYear, takeoverProblem } from "@/domain/plans/takeover";

describe("an ended unit does not act after its last day (sắp xếp đơn vị hành chính, NQ 202/2025/QH15)", () => {
  const ended = { name: "Thị trấn Cổ Lễ", validTo: "2025-06-30" };

  it("issues and signs up to its last day, not after", () => {
    expect(endedUnitProblem(ended, "2025-06-30", "plan")).toBeNull();
    expect(endedUnitProblem({ name: "Xã Cổ Lễ", validTo: null }, "2030-01-01", "decision")).toBeNull();
    const late = endedUnitProblem(ended, "2025-07-01", "decision");
    expect(late?.message).toContain("chỉ hoạt động đến hết ngày 30/06/2025");
    expect(late?.message).toContain("không thể ký quyết định khen thưởng đề ngày 01/07/2025");
    expect(endedUnitProblem(ended, "2025-07-02", "plan")?.message).toContain("không thể ban hành kế hoạch");
  });
});

describe("a successor takes over an ended unit's open multi-year plan", () => {
  const phase = {
    status: "IN_PROGRESS" as const,
    kind: "PHASE" as const,
    periodFrom: "2021-01-01",
    periodTo: "2025-12-31",
  };

  it("takes an issued, running, multi-year plan of an ended unit", () => {
    expect(takeoverProblem(phase, "2025-06-30")).toBeNull();
    expect(
      takeoverProblem({ ...phase, status: "ISSUED", kind: "THEMATIC", periodTo: "2026-06-30" }, "2025-06-30"),
    ).toBeNull();
  });

  it("refuses a unit still in force, a draft or closed plan, a one-year plan, a plan already over", () => {
    expect(takeoverProblem(phase, null)).toContain("vẫn còn hoạt động");
    expect(takeoverProblem({ ...phase, status: "DRAFT" }, "2025-06-30")).toContain("đã ban hành");
    expect(takeoverProblem({ ...phase, status: "CLOSED" }, "2025-06-30")).toContain("đã ban hành");
    expect(takeoverProblem({ ...phase, kind: "ANNUAL", periodFrom: "2025-01-01" }, "2025-06-30")).toContain(
      "nhiều năm",
    );
    expect(takeoverProblem({ ...phase, periodTo: "2025-06-30" }, "2025-06-30")).toContain("đã hết thời gian");
    expect(isMultiYear({ kind: "ANNUAL", periodFrom: "2025-01-01", periodTo: "2025-12-31" })).toBe(false);
  });
});
