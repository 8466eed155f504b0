/**
 * The life of a plan (issue "Campaign plans", Lifecycle): dự thảo → trình ký → ban hành → đang
 * triển khai → kết thúc. Once issued a plan is read-only and changes only by amendment, which
 * keeps the previous text. Only the chairperson issues: for a body working collectively the head
 * signs on its behalf, "TM." (Nghị định 30/2020/NĐ-CP, Điều 13, thẩm quyền ký văn bản).
 */
import { can, type Permission, type RoleCode } from "@/domain/auth/permissions";
import { PLAN_STATUS_LABELS } from "@/domain/labels";

export type PlanStatusCode = "DRAFT" | "SUBMITTED" | "ISSUED" | "IN_PROGRESS" | "CLOSED";
export type PlanAction = "edit" | "submit" | "return" | "issue" | "start" | "close" | "amend";

/** "plan.write": officers and the chair draft; "plan.issue": what only the signer does. */
type Rule = { from: readonly PlanStatusCode[]; to: PlanStatusCode | null; permission: Permission };

const RULES: Record<PlanAction, Rule> = {
  edit: { from: ["DRAFT", "SUBMITTED"], to: null, permission: "plan.write" },
  submit: { from: ["DRAFT"], to: "SUBMITTED", permission: "plan.write" },
  return: { from: ["SUBMITTED"], to: "DRAFT", permission: "plan.issue" },
  issue: { from: ["DRAFT", "SUBMITTED"], to: "ISSUED", permission: "plan.issue" },
  start: { from: ["ISSUED"], to: "IN_PROGRESS", permission: "plan.write" },
  close: { from: ["IN_PROGRESS"], to: "CLOSED", permission: "plan.issue" },
  amend: { from: ["ISSUED", "IN_PROGRESS"], to: null, permission: "plan.write" },
};

export type Decision = { ok: true; to: PlanStatusCode | null } | { ok: false; reason: string };

const ACTION_LABELS: Record<PlanAction, string> = {
  edit: "sửa",
  submit: "trình ký",
  return: "trả lại dự thảo",
  issue: "ban hành",
  start: "bắt đầu triển khai",
  close: "kết thúc",
  amend: "sửa đổi, bổ sung",
};

/** May `roles` (held in the plan's own unit) take `action` on a plan in `status`? */
export function decidePlanAction(action: PlanAction, status: PlanStatusCode, roles: readonly RoleCode[]): Decision {
  const rule = RULES[action];
  if (!can(roles, rule.permission)) {
    return {
      ok: false,
      reason:
        action === "issue"
          ? "Chỉ Chủ tịch (người đứng đầu) đơn vị mới được ban hành kế hoạch."
          : `Vai trò của bạn không được ${ACTION_LABELS[action]} kế hoạch.`,
    };
  }
  if (!rule.from.includes(status)) {
    return {
      ok: false,
      reason: `Không thể ${ACTION_LABELS[action]} kế hoạch đang ở trạng thái ${PLAN_STATUS_LABELS[status].toLocaleLowerCase("vi-VN")}.`,
    };
  }
  return { ok: true, to: rule.to };
}

/** Actions to offer on screen. */
export function availablePlanActions(status: PlanStatusCode, roles: readonly RoleCode[]): PlanAction[] {
  return (Object.keys(RULES) as PlanAction[]).filter((a) => decidePlanAction(a, status, roles).ok);
}

/** Issued plans are what the units below see and cascade from. */
export const PUBLISHED_STATUSES = ["ISSUED", "IN_PROGRESS", "CLOSED"] as const satisfies readonly PlanStatusCode[];

export function isPublished(status: PlanStatusCode): boolean {
  return (PUBLISHED_STATUSES as readonly PlanStatusCode[]).includes(status);
}
