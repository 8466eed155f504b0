import { describe, expect, it } from "vitest";
import { ZEnteredAwardInput, ZHoldInput, ZInitiativeInput, ZReviewInput } from "@/schemas/achievement";
import { todayInVietnam } from "@/lib/dates";

/** The first message per field, as the form shows it. */
const errors = (
  schema: {
    safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
) => {
  const out: Record<string, string> = {};
  for (const issue of schema.safeParse(value).error?.issues ?? []) out[issue.path.join(".")] ??= issue.message;
  return out;
};
const nextYear = String(Number(todayInVietnam().slice(0, 4)) + 1);

describe("the facts of a working life: from 1975, never in the future", () => {
  it("asks for a year, refuses one before 1975 or still to come", () => {
    expect(errors(ZReviewInput, { year: "", rating: "HTTNV" })).toEqual({ year: "Nhập năm." });
    expect(errors(ZReviewInput, { year: "1900", rating: "HTTNV" })).toEqual({ year: "Năm từ 1975." });
    expect(errors(ZReviewInput, { year: nextYear, rating: "HTTNV" })).toEqual({ year: "Năm không ở tương lai." });
    expect(ZReviewInput.parse({ year: "2024", rating: "HTXSNV" })).toEqual({ year: 2024, rating: "HTXSNV" });
  });
  it("asks for a missing date in words, and bounds recognition and complaint dates", () => {
    expect(
      errors(ZInitiativeInput, { title: "Sáng kiến", scope: "CO_SO", recognisedOn: "", recognisedBy: "QĐ 1" }),
    ).toEqual({ recognisedOn: "Nhập ngày." });
    expect(
      errors(ZInitiativeInput, {
        title: "Sáng kiến",
        scope: "CO_SO",
        recognisedOn: "1900-01-01",
        recognisedBy: "QĐ 1",
      }),
    ).toEqual({ recognisedOn: "Ngày công nhận từ năm 1975." });
    expect(errors(ZHoldInput, { kind: "COMPLAINT", note: "Đơn", openedOn: `${nextYear}-01-01`, closedOn: "" })).toEqual(
      { openedOn: "Ngày bắt đầu không ở tương lai." },
    );
    expect(
      errors(ZHoldInput, { kind: "COMPLAINT", note: "Đơn", openedOn: "2025-01-01", closedOn: `${nextYear}-01-01` }),
    ).toEqual({ closedOn: "Ngày kết luận không ở tương lai." });
  });
  it("dates a past award no earlier than its achievement year", () => {
    const award = {
      catalogueCode: "",
      name: "Giấy khen",
      year: "2025",
      decisionNumber: "12/QĐ-UBND",
      decidedOn: "2024-12-20",
      conferredBy: "Chủ tịch UBND xã",
    };
    expect(errors(ZEnteredAwardInput, award)).toEqual({ decidedOn: "Ngày quyết định không trước năm thành tích." });
    expect(ZEnteredAwardInput.safeParse({ ...award, decidedOn: "2025-12-20" }).success).toBe(true);
  });
});
