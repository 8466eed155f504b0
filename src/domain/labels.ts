/**
 * The Vietnamese words for codes that pages, documents, rule messages and forms all print: one
 * place per concept, so a status or a kind reads the same on the page, in the .docx and in a
 * refusal. Here, in the domain, because rule messages use them and the domain imports nothing
 * above it; schemas, pages and documents import them from here. Pure.
 */
import type { NomineeKind } from "@/domain/catalogue/catalogue";
import type { Rating } from "@/domain/eligibility/prerequisites";
import type { PlanStatusCode } from "@/domain/plans/lifecycle";

/** Who receives an award: a plan's award form is for collectives or individuals; the catalogue adds households. */
export const RECIPIENT_KIND_LABELS: Record<NomineeKind, string> = {
  COLLECTIVE: "Tập thể",
  INDIVIDUAL: "Cá nhân",
  HOUSEHOLD: "Hộ gia đình",
};

/** The kind inside a sentence: "tập thể", "cá nhân", "hộ gia đình". */
export const recipientKindWord = (kind: NomineeKind) => RECIPIENT_KIND_LABELS[kind].toLocaleLowerCase("vi-VN");

/** A year's rating of a person (đánh giá, xếp loại). */
export const RATING_LABELS: Record<Rating, string> = {
  HTXSNV: "Hoàn thành xuất sắc nhiệm vụ",
  HTTNV: "Hoàn thành tốt nhiệm vụ",
  HTNV: "Hoàn thành nhiệm vụ",
  KHTNV: "Không hoàn thành nhiệm vụ",
};

/** A plan's status as a badge; a refusal writes it in lower case ("… kế hoạch đã ban hành"). */
export const PLAN_STATUS_LABELS: Record<PlanStatusCode, string> = {
  DRAFT: "Dự thảo",
  SUBMITTED: "Chờ ký ban hành",
  ISSUED: "Đã ban hành",
  IN_PROGRESS: "Đang triển khai",
  CLOSED: "Đã kết thúc",
};

/** A council member's vote or written opinion on a nominee. */
export const VOTE_CHOICE_LABELS = { AGREE: "Đồng ý", DISAGREE: "Không đồng ý" } as const;
