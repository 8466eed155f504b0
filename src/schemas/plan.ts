import { z } from "zod";
import { ZOptionalId, zText } from "./common";
import { ZIsoDate } from "./person";
import { ZLooseDate } from "./dates";
import { findEntry } from "@/domain/catalogue/catalogue";
import { phaseProblems, planDateProblems, quotaProblems } from "@/domain/plans/validate-plan";
import type { PlanContent } from "@/domain/plans/plan-content";
import { AWARD_RECURRENCES, parseDayMonth } from "@/domain/plans/rounds";
import { REWARD_KINDS } from "@/domain/awards/reward";
import { CONFERRALS, PLAN_KINDS, RECIPIENT_KINDS } from "./plan-labels";

/**
 * The plan ("Kế hoạch phát động phong trào thi đua") as a form sends it and as documents read it.
 * Lists that are plain paragraphs in the document (purposes, contents, criteria, recipients…) are
 * string arrays; things later steps refer to (award forms) carry ids.
 */

export * from "./plan-labels";

const text = (label: string, max = 2000) =>
  zText()
    .min(1, `Nhập ${label}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} dài quá ${max} ký tự.`);
const optionalText = (max = 2000) => zText().max(max, `Dài quá ${max} ký tự.`);
/** A list edited as lines: blank lines dropped. */
const lines = (label: string, min = 0) =>
  z
    .array(zText().max(4000, "Một dòng dài quá 4000 ký tự."))
    .transform((xs) => xs.filter(Boolean))
    .refine((xs) => xs.length >= min, `Nhập ít nhất ${min} ${label}.`);
/** A deadline the plan may give by day, month or year (ZLooseDate); "" = none. */
const optionalLooseDate = ZLooseDate.optional()
  .or(z.literal(""))
  .transform((v) => v || undefined);
const count = (label: string) =>
  z.coerce
    .number({ error: `${label} phải là số.` })
    .int(`${label} phải là số nguyên.`)
    .min(0, `${label} không được âm.`)
    .max(100_000, `${label} quá lớn.`);

const dong = (max: number) =>
  z.coerce
    .number({ error: "Giá trị phải là số." })
    .int("Giá trị tính bằng đồng, không có phần lẻ.")
    .min(0, "Giá trị không được âm.")
    .max(max, "Giá trị quá lớn.");
const money = dong(1_000_000_000);
/** A plan's whole award budget may pass a billion đồng; the bound is the database column's (Int). */
const budget = dong(2_000_000_000);

export const ZPlanBasis = z.object({
  text: text("nội dung căn cứ", 1000),
  /** A plan in the system this basis refers to (e.g. the district's plan). */
  linkedPlanId: ZOptionalId,
});

export const ZSubQuota = z.object({ category: text("nhóm", 200), quota: count("Số lượng") });

export const ZDossierItem = z.object({
  name: text("tên giấy tờ", 500),
  template: optionalText(200),
  copies: count("Số bản").min(1, "Ít nhất 01 bản."),
});

export const ZAwardForm = z
  .object({
    // A new form's hidden id input sends "": absent and "" both mean "not saved yet".
    id: ZOptionalId.optional(),
    name: text("tên hình thức khen thưởng", 300),
    authority: text("cấp có thẩm quyền", 300),
    conferral: z.enum(CONFERRALS),
    recipientKind: z.enum(RECIPIENT_KINDS),
    /** Empty = no fixed number. */
    quota: z
      .union([z.literal(""), count("Số lượng")])
      .optional()
      .transform((v) => (v === "" || v === undefined ? undefined : v)),
    subQuotas: z.array(ZSubQuota).max(50),
    criteria: lines("tiêu chuẩn", 1),
    /** Fixed value per person in đồng (the sum, or the gift's value), if the plan sets one. */
    cashValue: z
      .union([z.literal(""), money])
      .optional()
      .transform((v) => (v === "" || v === undefined ? undefined : v)),
    /** How the form rewards (src/domain/awards/reward.ts); absent: read from its value and catalogue entry. */
    rewardKind: z.enum(REWARD_KINDS).optional(),
    /** What the gift is ("một phần quà"), for a gift in kind. */
    giftDescription: optionalText(200).default(""),
    dossier: z.array(ZDossierItem).max(30),
    /** The review (sơ kết, tổng kết) of a multi-year phase this form is given at; "" = the plan. */
    phase: zText().max(200).default(""),
    /** Once, every year of the plan's period, at its reviews, or both: the form's rounds (domain/plans/rounds.ts). */
    recurrence: z.enum(AWARD_RECURRENCES).default("ONCE"),
    /** The reviews (by name) a form recurring at reviews is given at; [] = every review of the plan. */
    reviews: z.array(zText().max(200)).max(60).default([]),
    /** The day/month each year's dossiers are due ("15/12"), for a form given yearly; "" = none. */
    roundDeadline: zText()
      .max(10)
      .default("")
      .refine((v) => v === "" || parseDayMonth(v) !== null, "Nhập ngày/tháng, ví dụ 15/12."),
    /** The catalogue entry the form confers ("CSTD_CS"), so its prerequisites apply; "" = a local form. */
    catalogueCode: z
      .string()
      .max(40)
      .default("")
      .refine((c) => c === "" || findEntry(c) !== undefined, "Chọn một danh hiệu, hình thức trong danh mục."),
    /** The province's share cap, in percent of the base title (catalogue `cap.of`); "" = none. */
    capPercent: z
      .union([
        z.literal(""),
        z.coerce
          .number({ error: "Nhập số." })
          .int("Tỷ lệ là số nguyên.")
          .min(1, "Tỷ lệ từ 1%.")
          .max(100, "Tỷ lệ tối đa 100%."),
      ])
      .optional()
      .transform((v) => (v === "" || v === undefined ? undefined : v)),
  })
  .refine((f) => f.capPercent === undefined || findEntry(f.catalogueCode)?.cap?.of !== undefined, {
    path: ["capPercent"],
    message:
      "Chỉ đặt tỷ lệ cho danh hiệu tính theo danh hiệu khác (ví dụ Chiến sĩ thi đua cơ sở theo Lao động tiên tiến).",
  })
  .superRefine((f, ctx) => quotaProblems(f).forEach((p) => ctx.addIssue({ code: "custom", ...p })), {
    // A quota that is itself invalid (negative, not a number) has its own message already; a value
    // that is not an object at all (empty path) has nothing to check.
    when: (payload) =>
      !payload.issues.some((i) => !i.path?.length || i.path[0] === "quota" || i.path[0] === "subQuotas"),
  });

export const ZDuty = z.object({ assignee: text("đơn vị thực hiện", 300), tasks: lines("nhiệm vụ", 1) });

/** A review (sơ kết, tổng kết); its date may be known only by month or year ("năm 2025"). */
export const ZPhase = z.object({ name: text("tên đợt sơ kết/tổng kết", 200), reviewDate: ZLooseDate });

export const ZPlanInput = z
  .object({
    kind: z.enum(PLAN_KINDS),
    title: text("tên kế hoạch", 500),
    place: text("địa danh", 100),
    symbol: text("ký hiệu", 30).regex(/^[A-ZĐ0-9-]+$/u, "Ký hiệu chỉ gồm chữ in hoa, số và gạch nối (ví dụ KH-UBND)."),
    /** With periodFromIssue, only provisional until the plan is issued (issuing sets it to the issue date). */
    periodFrom: ZIsoDate,
    /** "Thực hiện từ ngày ban hành": the period starts on the day the plan is issued. */
    periodFromIssue: z.boolean().default(false),
    periodTo: ZIsoDate,
    bases: z.array(ZPlanBasis).max(30),
    purposes: lines("mục đích", 1),
    requirements: lines("yêu cầu"),
    slogan: optionalText(1000),
    contents: lines("nội dung thi đua", 1),
    participantCollectives: lines("đối tượng"),
    participantIndividuals: lines("đối tượng"),
    awardForms: z.array(ZAwardForm).min(1, "Kế hoạch cần ít nhất một hình thức khen thưởng.").max(30),
    /** Catalogue codes (or a unit's local forms) open for registration: the registration table's columns. */
    registrationItems: z.array(zText().max(60)).max(40).default([]),
    registrationDeadline: optionalLooseDate,
    dossierDeadline: optionalLooseDate,
    // A ten-year phase given yearly has ten rounds plus its reviews; 60 is far above any plan seen.
    phases: z.array(ZPhase).max(60, "Tối đa 60 đợt sơ kết, tổng kết."),
    budgetSource: optionalText(2000),
    /** The money set aside for the plan's awards, in đồng, if the plan states it; "" = not stated. */
    budgetAmount: z
      .union([z.literal(""), budget])
      .optional()
      .transform((v) => (v === "" || v === undefined ? undefined : v)),
    rewardRules: optionalText(4000),
    duties: z.array(ZDuty).max(30),
    recipients: lines("nơi nhận", 1),
    signerAuthority: text("thẩm quyền ký", 100),
    signerTitle: text("chức vụ người ký", 100),
    /** Plans may leave the name blank (signed by hand under the title): the document then prints none. */
    signerName: optionalText(120),
  })
  .superRefine(
    (p, ctx) =>
      [...planDateProblems(p), ...phaseProblems(p)].forEach((problem) => ctx.addIssue({ code: "custom", ...problem })),
    {
      // Zod runs refinements despite earlier issues unless told otherwise: skip only when the dates
      // themselves did not parse (or the value is no object), so every other problem still shows at once.
      when: (payload) => !payload.issues.some((i) => !i.path?.length || DATE_FIELDS.has(String(i.path[0]))),
    },
  ) satisfies z.ZodType<PlanContent>; // what it parses is a plan the domain can word (plan-outline)

const DATE_FIELDS = new Set(["kind", "periodFrom", "periodTo", "registrationDeadline", "dossierDeadline", "phases"]);

export type TPlanInput = z.input<typeof ZPlanInput>;
export type TPlan = z.output<typeof ZPlanInput>;

/** An issued plan changes only by amendment, and the amendment says why. */
export const ZAmendReason = z.object({
  reason: zText().min(5, "Nhập lý do sửa đổi (ít nhất 5 ký tự).").max(500, "Lý do dài quá 500 ký tự."),
});

export const ZIssueInput = z.object({
  number: zText()
    .regex(/^\d{0,6}$/, "Số văn bản chỉ gồm chữ số.")
    .optional(),
  issuedOn: ZIsoDate.optional().or(z.literal("")),
});
