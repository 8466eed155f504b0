import { z } from "zod";
import { ZDay } from "./dates";
import { ZId, zText } from "./common";
import { DISCIPLINE_LEVELS, GENDERS, STAFF_KINDS } from "./person-labels";

export * from "./person-labels";

/** A day of a form: typed dd/mm/yyyy, read into yyyy-mm-dd (the shared primitive, src/schemas/dates.ts). */
export const ZIsoDate = ZDay;

export const ZPersonInput = z.object({
  fullName: zText()
    .min(3, "Họ và tên phải có ít nhất 3 ký tự.")
    .max(120, "Họ và tên dài quá 120 ký tự.")
    .regex(/^[\p{L}\s.'-]+$/u, "Họ và tên chỉ gồm chữ cái và khoảng trắng."),
  dateOfBirth: ZIsoDate.refine((s) => {
    const year = Number(s.slice(0, 4));
    return year >= 1920 && new Date(`${s}T00:00:00Z`) <= new Date();
  }, "Ngày sinh phải sau năm 1920 và không ở tương lai."),
  gender: z.enum(GENDERS, { error: "Chọn giới tính." }),
  staffKind: z.enum(STAFF_KINDS, { error: "Chọn loại cán bộ." }),
  position: zText().min(1, "Nhập chức vụ.").max(200, "Chức vụ dài quá 200 ký tự."),
  organisationId: z.union([z.literal(""), ZId]).optional(),
  partyMember: z.boolean(),
});
export type TPersonInput = z.infer<typeof ZPersonInput>;

export const ZDisciplineInput = z
  .object({
    status: z.enum(["UNDER_CONSIDERATION", "DECIDED"], { error: "Chọn tình trạng." }),
    level: z.enum(DISCIPLINE_LEVELS).optional().or(z.literal("")),
    decisionNumber: zText().max(60, "Số quyết định dài quá 60 ký tự.").optional(),
    reason: zText().min(3, "Nhập lý do kỷ luật.").max(1000, "Lý do dài quá 1000 ký tự."),
    effectiveFrom: ZIsoDate,
    effectiveTo: ZIsoDate.optional().or(z.literal("")),
  })
  .superRefine((v, ctx) => {
    if (v.status === "DECIDED" && !v.level) {
      ctx.addIssue({ code: "custom", path: ["level"], message: "Chọn hình thức kỷ luật đã quyết định." });
    }
    if (v.effectiveTo && v.effectiveTo < v.effectiveFrom) {
      ctx.addIssue({ code: "custom", path: ["effectiveTo"], message: "Ngày kết thúc phải sau ngày bắt đầu." });
    }
  });
export type TDisciplineInput = z.infer<typeof ZDisciplineInput>;
