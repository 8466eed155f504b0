import { describe, expect, it } from "vitest";
import { cascadeAwardForm, cascadePlace } from "@/domain/plans/cascade";

describe("what a cascaded plan starts from (src/domain/plans/cascade.ts)", () => {
  it("the place is the unit's own place name, never a ward's number", () => {
    expect(cascadePlace("Thị trấn Cổ Lễ")).toBe("Cổ Lễ");
    expect(cascadePlace("Xã Đình Dù")).toBe("Đình Dù");
    // "1, ngày 15 tháng 6 năm 2022" is no place: left for the user.
    expect(cascadePlace("Phường 1")).toBe("");
  });

  it("a higher form becomes a proposal for it, without the whole plan's numbers", () => {
    const form = {
      name: "Giấy khen của Chủ tịch UBND thị xã",
      authority: "Chủ tịch UBND thị xã",
      conferral: "OWN" as const,
      recipientKind: "COLLECTIVE" as const,
      quota: 3,
      subQuotas: [{ category: "Xã, phường", quota: 2 }],
      criteria: ["Tiêu chuẩn"],
      dossier: [],
      phase: "",
      rewardKind: "GIFT" as const,
      cashValue: 300_000,
      giftDescription: "một phần quà",
    };
    expect(cascadeAwardForm(form)).toEqual({ ...form, conferral: "PROPOSED", quota: undefined, subQuotas: [] });
  });
});
