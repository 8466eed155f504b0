import { z } from "zod";
import { zText } from "./common";
import { findEntry } from "@/domain/catalogue/catalogue";
import { COMMUNE_CHAIR_CONFERS_FROM_2025 } from "@/domain/catalogue/conferring-authority";
import { LAW_2022_FROM } from "@/domain/law/days";
import { ZIsoDate } from "./person";
import { PROVINCE_RULE_KEYS } from "./province-rules-labels";

export * from "./province-rules-labels";

/** "" or a whole percent: a form's empty box means "not set". */
const optionalPercent = z
  .union([z.literal(""), z.coerce.number({ error: "Nhập số." })])
  .refine((v) => v === "" || (Number.isInteger(v) && v >= 1 && v <= 100), "Số nguyên từ 1 đến 100.")
  .transform((v) => (v === "" ? null : v));

const optionalCount = (max: number) =>
  z
    .union([z.literal(""), z.coerce.number({ error: "Nhập số." })])
    .refine((v) => v === "" || (Number.isInteger(v) && v >= 1 && v <= max), `Số nguyên từ 1 đến ${max}.`)
    .transform((v) => (v === "" ? null : v));

/** "" = not set (the decree's rule applies); "true" / "false" = the province's (code may pass a boolean or null). */
const ZTriState = z
  .union([z.boolean(), z.null(), z.enum(["", "true", "false"])])
  .transform((v) => (v === "" || v === null ? null : v === true || v === "true"));

/** Lines of text: a form sends one textarea (one item a line), code may pass the list. */
const lines = z
  .union([z.string(), z.array(z.string())])
  .transform((v) =>
    (typeof v === "string" ? v.split("\n") : v).map((line) => line.trim()).filter((line) => line.length > 0),
  )
  .pipe(z.array(zText().max(500, "Mỗi dòng tối đa 500 ký tự.")).max(30, "Tối đa 30 dòng."));

export const ZProvinceRules = z
  .object({
    decisionNumber: zText()
      .min(1, "Nhập số quyết định.")
      .max(60, "Tối đa 60 ký tự.")
      .regex(/^\d+\/\d{4}\/[A-ZĐ-]+$/u, "Số quyết định dạng 86/2025/QĐ-UBND."),
    decisionDate: ZIsoDate.refine(
      (s) => s >= LAW_2022_FROM,
      "Quyết định theo Luật Thi đua, khen thưởng 2022: từ 01/01/2024.",
    ),
    effectiveFrom: ZIsoDate,
    quorumNumerator: optionalCount(10),
    quorumDenominator: optionalCount(10),
    countsWrittenOpinions: ZTriState,
    communeMayOverride: z.array(z.enum(PROVINCE_RULE_KEYS)).max(PROVINCE_RULE_KEYS.length),
  })
  .refine((r) => r.effectiveFrom >= r.decisionDate, {
    path: ["effectiveFrom"],
    message: "Ngày hiệu lực không trước ngày ký quyết định.",
  })
  .refine((r) => (r.quorumNumerator === null) === (r.quorumDenominator === null), {
    path: ["quorumDenominator"],
    message: "Nhập cả tử số và mẫu số, hoặc để trống cả hai.",
  })
  .refine((r) => r.quorumNumerator === null || r.quorumNumerator <= r.quorumDenominator!, {
    path: ["quorumNumerator"],
    message: "Tử số không lớn hơn mẫu số.",
  });
export type TProvinceRules = z.input<typeof ZProvinceRules>;

const catalogueCode = z.string().refine((c) => findEntry(c) !== undefined, "Chọn danh hiệu, hình thức trong danh mục.");

export const ZProvinceTitleRule = z
  .object({
    catalogueCode: z
      .string()
      .refine(
        (c) => COMMUNE_CHAIR_CONFERS_FROM_2025.includes(c),
        "Chọn danh hiệu, hình thức cấp xã (Nghị định 129/2025/NĐ-CP, Điều 59).",
      ),
    thresholdPercent: optionalPercent,
    thresholdStrict: z.boolean(),
    capPercent: optionalPercent,
    memberSharePercent: optionalPercent,
    memberTitleCode: z.union([z.literal(""), z.null(), catalogueCode]).transform((v) => (v === "" ? null : v)),
    criteria: lines,
    dossier: lines,
  })
  .refine((r) => r.capPercent === null || findEntry(r.catalogueCode)?.cap?.of !== undefined, {
    path: ["capPercent"],
    message: "Danh hiệu, hình thức này không có tỷ lệ tối đa theo danh hiệu khác.",
  })
  .refine((r) => (r.memberSharePercent === null) === (r.memberTitleCode === null), {
    path: ["memberTitleCode"],
    message: "Nhập cả tỷ lệ thành viên và danh hiệu của thành viên, hoặc để trống cả hai.",
  })
  .refine((r) => r.memberSharePercent === null || findEntry(r.catalogueCode)?.nominee.includes("COLLECTIVE"), {
    path: ["memberSharePercent"],
    message: "Tỷ lệ thành viên chỉ dùng cho danh hiệu, hình thức của tập thể.",
  });
export type TProvinceTitleRule = z.input<typeof ZProvinceTitleRule>;
