import { z } from "zod";
import { zText } from "./common";
import { GENDERS, ZIsoDate } from "./person";
import { AWARD_HISTORY_KINDS } from "./achievement-report-labels";
import { todayInVietnam } from "@/lib/dates";

/**
 * The achievement report ("Báo cáo thành tích") a nominee's dossier needs, filled in the app
 * instead of uploaded as a file. The fields follow the templates of the decree's appendix
 * (Nghị định 98/2023/NĐ-CP, Phụ lục I: Mẫu số 02 for collectives, Mẫu số 03 for individuals; from
 * 01/7/2025 Nghị định 152/2025/NĐ-CP, Mẫu số 05 for individuals — src/domain/law/report-template.ts
 * says which a report follows):
 *   I. Sơ lược lý lịch (individual) / Sơ lược đặc điểm, tình hình (collective);
 *   II. Thành tích đạt được (duties or functions, achievements, initiatives);
 *   III. Các hình thức đã được khen thưởng (titles and awards, with the deciding decision).
 * server/documents/achievement-report-docx sets them in type.
 *
 * Pure: no database, no docx.
 */

const text = (label: string, max = 500) =>
  zText({ error: `Nhập ${label}.` })
    .min(1, `Nhập ${label}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} dài quá ${max} ký tự.`);
const optionalText = (label: string, max = 500) =>
  zText()
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} dài quá ${max} ký tự.`)
    .optional()
    .transform((v) => v || undefined);
/** Paragraphs edited as lines: blank ones dropped. */
const paragraphs = (label: string, min: number) =>
  z
    .array(zText().max(4000, "Một đoạn dài quá 4000 ký tự."), { error: `Nhập ${label}.` })
    .max(200, `Tối đa 200 đoạn ${label}.`)
    .transform((xs) => xs.filter(Boolean))
    .refine((xs) => xs.length >= min, `Nhập ít nhất ${min} đoạn ${label}.`);

const notInFuture = (s: string) => s <= todayInVietnam();

const ZYear = z.coerce
  .number({ error: "Năm phải là số." })
  .int("Năm phải là số nguyên.")
  .min(1945, "Năm không hợp lệ.")
  .max(2100, "Năm không hợp lệ.");

/** The years the achievements cover: one year (fromYear = toYear) or a run of years. */
const period = {
  fromYear: ZYear,
  toYear: ZYear,
};
function periodProblems(v: { fromYear: number; toYear: number }, ctx: z.RefinementCtx) {
  if (v.toYear < v.fromYear)
    ctx.addIssue({ code: "custom", path: ["toYear"], message: "Năm kết thúc phải từ năm bắt đầu trở đi." });
  else if (v.toYear - v.fromYear > 14)
    ctx.addIssue({ code: "custom", path: ["toYear"], message: "Thời gian tính thành tích tối đa 15 năm." });
  if (v.toYear > Number(todayInVietnam().slice(0, 4)))
    ctx.addIssue({ code: "custom", path: ["toYear"], message: "Thời gian tính thành tích không được ở tương lai." });
}

// ---------------------------------------------------------------------------------------------
// Part III: titles and awards already received

export const ZAwardHistory = z.object({
  kind: z.enum(AWARD_HISTORY_KINDS, { error: "Chọn danh hiệu thi đua hoặc hình thức khen thưởng." }),
  /** "2023", or a school year "2022-2023". */
  year: zText({ error: "Nhập năm." }).regex(
    /^\d{4}(\s*[-–]\s*\d{4})?$/u,
    "Năm không hợp lệ (ví dụ 2023 hoặc 2022-2023).",
  ),
  /** "Chiến sĩ thi đua cơ sở", "Giấy khen của Chủ tịch UBND huyện". */
  name: text("tên danh hiệu, hình thức khen thưởng", 300),
  /** "125/QĐ-UBND". */
  decisionNumber: text("số quyết định", 60),
  decisionDate: ZIsoDate.refine(notInFuture, "Ngày quyết định không được ở tương lai.")
    .optional()
    .or(z.literal(""))
    .transform((v) => v || undefined),
  /** Who issued the decision: "Chủ tịch UBND huyện Trực Ninh". */
  issuer: optionalText("cơ quan ban hành quyết định", 300),
});
export type TAwardHistory = z.output<typeof ZAwardHistory>;

const awardHistory = z.array(ZAwardHistory).max(100, "Tối đa 100 lần khen thưởng.");

// ---------------------------------------------------------------------------------------------
// Individual (Mẫu số 03 of NĐ 98/2023)

/** A work initiative or solution and who recognised it ("Hội đồng sáng kiến huyện, QĐ số …"). */
export const ZInitiative = z.object({
  title: text("tên sáng kiến, giải pháp", 500),
  recognisedBy: text("nơi công nhận sáng kiến", 500),
});

export const ZIndividualReport = z
  .object({
    /** What the report asks for: "Giấy khen của Chủ tịch UBND thị trấn", "danh hiệu Chiến sĩ thi đua cơ sở". */
    proposedAward: text("hình thức khen thưởng đề nghị", 300),
    /** Posthumous ("truy tặng"). */
    posthumous: z.boolean().default(false),
    fullName: zText({ error: "Nhập họ và tên." })
      .min(3, "Họ và tên phải có ít nhất 3 ký tự.")
      .max(120, "Họ và tên dài quá 120 ký tự.")
      .regex(/^[\p{L}\s.'-]+$/u, "Họ và tên chỉ gồm chữ cái và khoảng trắng."),
    dateOfBirth: ZIsoDate.refine(
      (s) => Number(s.slice(0, 4)) >= 1900 && notInFuture(s),
      "Ngày sinh phải sau năm 1900 và không ở tương lai.",
    ),
    gender: z.enum(GENDERS, { error: "Chọn giới tính." }),
    /** Quê quán: commune, district, province. */
    hometown: text("quê quán", 300),
    /** Trú quán. */
    residence: text("nơi ở (trú quán)", 300),
    /** Đơn vị công tác. */
    workplace: text("đơn vị công tác", 300),
    /** Chức vụ (Đảng, chính quyền, đoàn thể). */
    position: text("chức vụ", 300),
    /** Trình độ chuyên môn, nghiệp vụ: "Đại học Luật". */
    professionalQualification: text("trình độ chuyên môn, nghiệp vụ", 300),
    /** Trình độ lý luận chính trị: "Trung cấp". */
    politicalTheory: optionalText("trình độ lý luận chính trị", 200),
    /** Học hàm, học vị, danh hiệu, giải thưởng. */
    academicTitles: optionalText("học hàm, học vị, danh hiệu, giải thưởng", 500),
    ...period,
    /** II.1 Quyền hạn, nhiệm vụ được giao hoặc đảm nhận. */
    duties: paragraphs("quyền hạn, nhiệm vụ được giao", 1),
    /** II.2 Thành tích đạt được của cá nhân. */
    achievements: paragraphs("thành tích đạt được", 1),
    initiatives: z.array(ZInitiative).max(50, "Tối đa 50 sáng kiến, giải pháp.").default([]),
    awards: awardHistory.default([]),
  })
  .superRefine((v, ctx) => {
    periodProblems(v, ctx);
    if (Number(v.dateOfBirth.slice(0, 4)) > v.fromYear - 15)
      ctx.addIssue({
        code: "custom",
        path: ["dateOfBirth"],
        message: "Ngày sinh không khớp với thời gian tính thành tích.",
      });
  });
export type TIndividualReportInput = z.input<typeof ZIndividualReport>;
export type TIndividualReport = z.output<typeof ZIndividualReport>;

// ---------------------------------------------------------------------------------------------
// Collective (Mẫu số 02 of NĐ 98/2023)

export const ZCollectiveReport = z
  .object({
    /** What the report asks for: "Giấy khen của Chủ tịch UBND huyện", "danh hiệu Tập thể lao động xuất sắc". */
    proposedAward: text("hình thức khen thưởng đề nghị", 300),
    /** The collective's full name, not abbreviated. */
    name: text("tên tập thể", 300),
    /** Trụ sở chính. */
    address: text("địa chỉ trụ sở", 300),
    /** Điện thoại, email, trang tin điện tử. */
    contact: optionalText("điện thoại, email", 300),
    /** The head who signs the report ("THỦ TRƯỞNG ĐƠN VỊ"). */
    headName: text("họ tên thủ trưởng đơn vị", 120),
    /** "Hiệu trưởng", "Chủ tịch". */
    headTitle: text("chức vụ thủ trưởng đơn vị", 120),
    /** Quá trình thành lập và phát triển. */
    history: optionalText("quá trình thành lập và phát triển", 4000),
    /** Cơ cấu tổ chức: departments, party and mass organisations. */
    structure: text("cơ cấu tổ chức", 4000),
    staffCount: z.coerce
      .number({ error: "Tổng số cán bộ phải là số." })
      .int("Tổng số cán bộ phải là số nguyên.")
      .min(1, "Tập thể phải có ít nhất 1 người.")
      .max(1_000_000, "Tổng số cán bộ quá lớn."),
    /** Of whom women (a collective with ≥ 70 % women is preferred when others are equal). */
    femaleCount: z.coerce
      .number({ error: "Số nữ phải là số." })
      .int("Số nữ phải là số nguyên.")
      .min(0, "Số nữ không được âm.")
      .optional(),
    /** I.2 Chức năng, nhiệm vụ. */
    functions: paragraphs("chức năng, nhiệm vụ", 1),
    ...period,
    /** II. Thành tích đạt được. */
    achievements: paragraphs("thành tích đạt được", 1),
    /** Biện pháp, nguyên nhân đạt được thành tích; phong trào thi đua đã áp dụng. */
    measures: paragraphs("biện pháp", 0).default([]),
    initiatives: z.array(ZInitiative).max(50, "Tối đa 50 sáng kiến, giải pháp.").default([]),
    awards: awardHistory.default([]),
  })
  .superRefine((v, ctx) => {
    periodProblems(v, ctx);
    if (v.femaleCount !== undefined && v.femaleCount > v.staffCount)
      ctx.addIssue({ code: "custom", path: ["femaleCount"], message: "Số nữ không được lớn hơn tổng số." });
  });
export type TCollectiveReportInput = z.input<typeof ZCollectiveReport>;
export type TCollectiveReport = z.output<typeof ZCollectiveReport>;
