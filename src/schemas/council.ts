import { z } from "zod";
import { findEntry } from "@/domain/catalogue/catalogue";
import { SECRETARY_STAND_INS } from "@/domain/council/secretary";
import { ZIsoDate } from "./person";
import { ZId, zText } from "./common";

import { COUNCIL_ROLES } from "./council-labels";

export * from "./council-labels";

const percent = z.coerce.number({ error: "Nhập số." }).int("Nhập số nguyên.").min(1, "Từ 1%.").max(100, "Tối đa 100%.");

/** "" = left to the province's rules (or the national default); else a count of 1 to `max`. */
const ownCount = (max: number) =>
  z
    .union([z.literal(""), z.null(), z.coerce.number({ error: "Nhập số." })])
    .refine((v) => v === "" || v === null || (Number.isInteger(v) && v >= 1 && v <= max), `Số nguyên từ 1 đến ${max}.`)
    .transform((v) => (v === "" ? null : v));

/**
 * The council's own rules (quy chế): quorum as a fraction of all seats, whether written opinions
 * count — each left empty to follow the province's rules — and the general threshold.
 */
export const ZCouncilRules = z
  .object({
    name: zText().min(3, "Nhập tên Hội đồng.").max(200, "Tên dài quá 200 ký tự."),
    quorumNumerator: ownCount(10),
    quorumDenominator: ownCount(10),
    thresholdPercent: percent,
    thresholdStrict: z.boolean(),
    /** A form sends "", "true" or "false"; code may pass a boolean. */
    countsWrittenOpinions: z
      .union([z.boolean(), z.null(), z.enum(["", "true", "false"])])
      .transform((v) => (v === "" || v === null ? null : v === true || v === "true")),
    /** Whether the quy chế calls the vote "bỏ phiếu kín" (the minutes follow it). */
    secretBallot: z.boolean().default(true),
    /** Who runs a session while the secretary is absent (src/domain/council/secretary.ts). */
    secretaryStandIn: z.enum(SECRETARY_STAND_INS, { error: "Chọn người thay Thư ký." }).default("NOBODY"),
    /** The seat NAMED_MEMBER names; "" otherwise. */
    secretaryStandInMemberId: z.string().max(40).default(""),
  })
  .refine((r) => r.secretaryStandIn !== "NAMED_MEMBER" || r.secretaryStandInMemberId !== "", {
    path: ["secretaryStandInMemberId"],
    message: "Chọn thành viên được thay Thư ký.",
  })
  .refine((r) => (r.quorumNumerator === null) === (r.quorumDenominator === null), {
    path: ["quorumDenominator"],
    message: "Nhập cả tử số và mẫu số, hoặc để trống cả hai.",
  })
  .refine((r) => r.quorumNumerator === null || r.quorumNumerator <= r.quorumDenominator!, {
    path: ["quorumNumerator"],
    message: "Tử số không lớn hơn mẫu số.",
  });
export type TCouncilRules = z.input<typeof ZCouncilRules>;

export const ZCouncilThreshold = z.object({
  catalogueCode: z.string().refine((c) => findEntry(c) !== undefined, "Chọn danh hiệu, hình thức trong danh mục."),
  percent,
  strict: z.boolean(),
});
export type TCouncilThreshold = z.input<typeof ZCouncilThreshold>;

export const ZCouncilMember = z
  .object({
    userId: zText().min(1, "Chọn tài khoản.").max(40),
    personId: zText().max(40).default(""),
    role: z.enum(COUNCIL_ROLES, { error: "Chọn vai trò trong Hội đồng." }),
    termFrom: ZIsoDate.refine((s) => s >= "1975-01-01", "Ngày bắt đầu nhiệm kỳ từ năm 1975."),
    termTo: ZIsoDate.or(z.literal("")),
  })
  .refine((m) => m.termTo === "" || m.termTo >= m.termFrom, {
    path: ["termTo"],
    message: "Ngày kết thúc không trước ngày bắt đầu.",
  });
export type TCouncilMember = z.input<typeof ZCouncilMember>;

/** Ending a member's term on a day; a seat that sat in a meeting stays on record. */
export const ZCouncilTermEnd = z.object({ termTo: ZIsoDate });
export type TCouncilTermEnd = z.input<typeof ZCouncilTermEnd>;

export const ZMeetingInput = z
  .object({
    planId: zText().min(1, "Chọn kế hoạch.").max(40),
    heldOn: ZIsoDate,
    startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Giờ dạng 08:00."),
    location: zText().min(2, "Nhập địa điểm.").max(300, "Địa điểm dài quá 300 ký tự."),
    disclosureFrom: ZIsoDate.or(z.literal("")),
    disclosureTo: ZIsoDate.or(z.literal("")),
  })
  .refine((m) => (m.disclosureFrom === "") === (m.disclosureTo === ""), {
    path: ["disclosureTo"],
    message: "Nhập cả ngày bắt đầu và kết thúc công khai, hoặc để trống cả hai.",
  })
  .refine((m) => m.disclosureTo === "" || m.disclosureTo >= m.disclosureFrom, {
    path: ["disclosureTo"],
    message: "Ngày kết thúc công khai không trước ngày bắt đầu.",
  })
  .refine((m) => m.disclosureTo === "" || m.disclosureTo < m.heldOn, {
    path: ["disclosureTo"],
    message: "Công khai phải kết thúc trước ngày họp.",
  });
export type TMeetingInput = z.input<typeof ZMeetingInput>;

export const ZObjection = z.object({
  text: zText().min(3, "Nhập nội dung phản ánh.").max(2000, "Dài quá 2000 ký tự."),
  receivedOn: ZIsoDate,
});
export type TObjectionInput = z.input<typeof ZObjection>;
export const ZObjectionAnswer = z.object({
  resolution: zText().min(3, "Nhập kết quả giải quyết.").max(2000, "Dài quá 2000 ký tự."),
});
export type TObjectionAnswerInput = z.input<typeof ZObjectionAnswer>;

export const ZVote = z.object({ choice: z.enum(["AGREE", "DISAGREE"], { error: "Chọn đồng ý hoặc không đồng ý." }) });

/** Paper ballots of one item, entered by the secretary: who handed one in, and the count (never per person). */
export const ZPaperBallots = z
  .object({
    memberIds: z.array(ZId).min(1, "Chọn thành viên đã bỏ phiếu giấy."),
    agree: z.coerce.number({ error: "Nhập số." }).int("Nhập số nguyên.").min(0, "Không âm."),
  })
  .refine((p) => p.agree <= p.memberIds.length, {
    path: ["agree"],
    message: "Số phiếu đồng ý không vượt số phiếu giấy.",
  });
export type TPaperBallotsInput = z.input<typeof ZPaperBallots>;

export const ZWrittenOpinion = z.object({
  memberId: zText().min(1, "Chọn thành viên vắng mặt.").max(40),
  choice: z.enum(["AGREE", "DISAGREE"], { error: "Chọn ý kiến." }),
});
export type TWrittenOpinionInput = z.input<typeof ZWrittenOpinion>;

export const ZApproval = z.discriminatedUnion("approve", [
  z.object({ approve: z.literal(true) }),
  z.object({
    approve: z.literal(false),
    reason: zText().min(3, "Nhập lý do không phê duyệt.").max(1000, "Dài quá 1000 ký tự."),
  }),
]);

export const ZDecisionInput = z.object({
  awardFormId: ZId,
  /** The round (đợt) of a form given in rounds: each round has its own decision. */
  roundId: ZId.optional(),
  decidedOn: ZIsoDate,
  signerName: zText().min(3, "Nhập tên người ký.").max(120, "Tên dài quá 120 ký tự."),
  budgetSource: zText().min(3, "Nhập nguồn kinh phí.").max(300, "Dài quá 300 ký tự."),
  /** The number from the unit's register of outgoing documents; "" = the next of the year. */
  number: zText()
    .regex(/^(\d{1,5})?$/, "Số quyết định là số (ví dụ 12).")
    .default(""),
});

export const ZRevocation = z.object({
  reason: zText().min(3, "Nhập lý do thu hồi.").max(1000, "Dài quá 1000 ký tự."),
  decisionNumber: zText().min(1, "Nhập số quyết định thu hồi.").max(100),
  revokedOn: ZIsoDate,
});
