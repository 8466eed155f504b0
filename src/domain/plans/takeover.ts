/**
 * Taking over an ended unit's plan. A multi-year campaign (a phase "giai đoạn", or a plan whose period
 * spans more than one calendar year) outlives a unit that merges into another: the successor carries
 * it on as issued — same number, same text and amendment history — and runs its reviews and awards.
 * Only an issued plan still running is taken over; a draft was never the old unit's act, a closed
 * plan has nothing left to run. Pure; dates are yyyy-mm-dd.
 */
import type { PlanStatusCode } from "./lifecycle";

export type TakeoverPlan = {
  status: PlanStatusCode;
  kind: "ANNUAL" | "THEMATIC" | "PHASE";
  periodFrom: string;
  periodTo: string;
};

const vi = (iso: string) => iso.split("-").reverse().join("/");

/** Whether a plan runs over several years: a phase, or a period crossing a new year. */
export function isMultiYear(plan: Pick<TakeoverPlan, "kind" | "periodFrom" | "periodTo">): boolean {
  return plan.kind === "PHASE" || plan.periodTo.slice(0, 4) > plan.periodFrom.slice(0, 4);
}

/** Why the successor cannot take over `plan` of a unit whose last day is `unitValidTo`; null if it can. */
export function takeoverProblem(plan: TakeoverPlan, unitValidTo: string | null): string | null {
  if (!unitValidTo) return "Đơn vị ban hành kế hoạch vẫn còn hoạt động: kế hoạch chưa thể chuyển cho đơn vị kế thừa.";
  if (plan.status !== "ISSUED" && plan.status !== "IN_PROGRESS")
    return "Chỉ tiếp nhận kế hoạch đã ban hành và chưa kết thúc.";
  if (!isMultiYear(plan)) return "Chỉ tiếp nhận kế hoạch nhiều năm (giai đoạn) còn đang thực hiện.";
  if (plan.periodTo <= unitValidTo)
    return `Kế hoạch đã hết thời gian thực hiện (${vi(plan.periodTo)}) trước khi đơn vị kết thúc hoạt động.`;
  return null;
}
