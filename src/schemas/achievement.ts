import { z } from "zod";
import { zText } from "./common";
import { findEntry } from "@/domain/catalogue/catalogue";
import { ZIsoDate } from "./person";
import { todayInVietnam } from "@/lib/dates";
import { HOLD_KINDS, INITIATIVE_SCOPES, RATINGS } from "./achievement-labels";

/** The facts eligibility reads, as entered by the unit: ratings, initiatives, past awards, holds. */

export * from "./achievement-labels";

// The Vietnam day: before 07:00 there, the UTC date is still yesterday.
const notFuture = (s: string) => s <= todayInVietnam();
/** These records are of working lives: from 1975, and never of a year or day still to come. */
const FIRST_YEAR = 1975;
const year = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.coerce
    .number({ error: "Nhập năm." })
    .int("Năm là số nguyên.")
    .min(FIRST_YEAR, `Năm từ ${FIRST_YEAR}.`)
    .refine((y) => y <= Number(todayInVietnam().slice(0, 4)), "Năm không ở tương lai."),
);
const pastDay = (what: string) =>
  ZIsoDate.refine((s) => s >= `${FIRST_YEAR}-01-01`, `${what} từ năm ${FIRST_YEAR}.`).refine(
    notFuture,
    `${what} không ở tương lai.`,
  );
const text = (label: string, max: number) =>
  zText()
    .min(1, `Nhập ${label}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} dài quá ${max} ký tự.`);

export const ZReviewInput = z.object({ year, rating: z.enum(RATINGS, { error: "Chọn kết quả xếp loại." }) });
export type TReviewInput = z.input<typeof ZReviewInput>;

export const ZInitiativeInput = z.object({
  title: text("tên sáng kiến", 500),
  scope: z.enum(INITIATIVE_SCOPES, { error: "Chọn phạm vi công nhận." }),
  recognisedOn: pastDay("Ngày công nhận"),
  recognisedBy: text("quyết định công nhận", 200),
});
export type TInitiativeInput = z.input<typeof ZInitiativeInput>;

/** A past award from a paper decision, entered so rules over consecutive years can read it. */
export const ZEnteredAwardInput = z
  .object({
    catalogueCode: z
      .string()
      .max(40)
      .refine((c) => c === "" || findEntry(c) !== undefined, "Chọn trong danh mục, hoặc để trống."),
    name: text("tên danh hiệu, hình thức", 300),
    year,
    decisionNumber: text("số quyết định", 100),
    decidedOn: pastDay("Ngày quyết định"),
    conferredBy: text("cấp khen thưởng", 300),
  })
  // An award follows the achievement it is for: decided in that year or later.
  .refine((a) => Number(a.decidedOn.slice(0, 4)) >= a.year, {
    path: ["decidedOn"],
    message: "Ngày quyết định không trước năm thành tích.",
  });
export type TEnteredAwardInput = z.input<typeof ZEnteredAwardInput>;

export const ZHoldInput = z
  .object({
    kind: z.enum(HOLD_KINDS, { error: "Chọn loại việc." }),
    note: text("nội dung", 1000),
    openedOn: pastDay("Ngày bắt đầu"),
    // A matter is closed when its conclusion is in; a future day is not a conclusion yet.
    closedOn: pastDay("Ngày kết luận").or(z.literal("")),
  })
  .refine((h) => h.closedOn === "" || h.closedOn >= h.openedOn, {
    path: ["closedOn"],
    message: "Ngày kết thúc không trước ngày bắt đầu.",
  });
export type THoldInput = z.input<typeof ZHoldInput>;
