import { z } from "zod";
import { ZId, ZOptionalId, zText } from "./common";
import { ZIsoDate } from "./person";

export const ZNomineeInput = z
  .object({
    kind: z.enum(["COLLECTIVE", "INDIVIDUAL"]),
    personId: ZOptionalId,
    organisationId: ZOptionalId,
    category: zText().max(200).default(""),
    summary: zText().min(10, "Tóm tắt thành tích (ít nhất 10 ký tự).").max(4000, "Tóm tắt dài quá 4000 ký tự."),
    periodFrom: ZIsoDate,
    periodTo: ZIsoDate,
  })
  .superRefine((v, ctx) => {
    if (v.kind === "INDIVIDUAL" && !v.personId)
      ctx.addIssue({ code: "custom", path: ["personId"], message: "Chọn cá nhân được đề nghị." });
    if (v.kind === "COLLECTIVE" && v.personId)
      ctx.addIssue({ code: "custom", path: ["personId"], message: "Tập thể không chọn cá nhân." });
    if (v.periodTo < v.periodFrom)
      ctx.addIssue({ code: "custom", path: ["periodTo"], message: "Ngày kết thúc phải sau ngày bắt đầu." });
  });
export type TNomineeInput = z.input<typeof ZNomineeInput>;
export type TNominee = z.output<typeof ZNomineeInput>;

export const ZReviewDocument = z
  .object({
    state: z.enum(["ACCEPTED", "NEEDS_CORRECTION"]),
    comment: zText().max(1000, "Nhận xét dài quá 1000 ký tự."),
  })
  .refine((v) => v.state === "ACCEPTED" || v.comment.length >= 5, {
    path: ["comment"],
    message: "Ghi rõ cần sửa gì (ít nhất 5 ký tự).",
  });

/** Several nominees at once, with what they share ("" among the ids of a collective form: the unit itself). */
export const ZNomineesInput = z
  .object({
    kind: z.enum(["COLLECTIVE", "INDIVIDUAL"]),
    ids: z
      .array(z.union([z.literal(""), ZId]))
      .min(1, "Chọn ít nhất một người, tập thể.")
      .max(200, "Chọn nhiều nhất 200 người, tập thể mỗi lần."),
    category: zText().max(200).default(""),
    summary: zText().min(10, "Tóm tắt thành tích (ít nhất 10 ký tự).").max(4000, "Tóm tắt dài quá 4000 ký tự."),
    periodFrom: ZIsoDate,
    periodTo: ZIsoDate,
  })
  .superRefine((v, ctx) => {
    if (v.kind === "INDIVIDUAL" && v.ids.includes(""))
      ctx.addIssue({ code: "custom", path: ["ids"], message: "Chọn cá nhân được đề nghị." });
    if (v.periodTo < v.periodFrom)
      ctx.addIssue({ code: "custom", path: ["periodTo"], message: "Ngày kết thúc phải sau ngày bắt đầu." });
  });
export type TNomineesInput = z.input<typeof ZNomineesInput>;
export type TNominees = z.output<typeof ZNomineesInput>;
