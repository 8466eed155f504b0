/**
 * Where each agenda item stands at the chair's approval, after the council's vote. The council only
 * advises (NĐ 98/2023 Điều 30 k7: its vote share); the chair who confers the award decides
 * (Luật 06/2022/QH15 Điều 80), so an item the council passed waits for the chair until approved or
 * not, and stays open to change until a decision is signed for it.
 *
 * The board counts these per award form from grouped SQL counts (never by loading the items), and
 * filters its list by the same statuses, so the figure beside a filter and the rows under it agree.
 */

export type ItemResult = "PASSED" | "FAILED";
export type ApprovalState = "PENDING" | "APPROVED" | "REJECTED";

/** What decides an item's place on the board: the council's result, the chair's approval, a signed decision. */
export type ApprovalFacts = { result: ItemResult | null; approval: ApprovalState; decided: boolean };

/** The board's status filter (`?trang-thai=`), in the order the chair works through them. */
export const APPROVAL_STATUSES = ["cho-duyet", "da-duyet", "khong-duyet", "co-quyet-dinh", "khong-dat"] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const APPROVAL_STATUS_LABELS: Record<ApprovalStatus, string> = {
  "cho-duyet": "Chờ phê duyệt",
  "da-duyet": "Đã phê duyệt, chưa có quyết định",
  "khong-duyet": "Không phê duyệt",
  "co-quyet-dinh": "Đã có quyết định",
  "khong-dat": "Không đạt tại Hội đồng",
};

/**
 * The item's status, or null while the council has no result (the ballot closed without one is not
 * shown). A signed decision comes first: it fixes the approval.
 */
export function approvalStatus(i: ApprovalFacts): ApprovalStatus | null {
  if (i.result === null) return null;
  if (i.result === "FAILED") return "khong-dat";
  if (i.decided) return "co-quyet-dinh";
  if (i.approval === "APPROVED") return "da-duyet";
  if (i.approval === "REJECTED") return "khong-duyet";
  return "cho-duyet";
}

/**
 * The facts each status stands for, for the query that filters or counts by it (`decided`: whether
 * a decision is signed; absent: either).
 */
export const STATUS_FACTS: Record<ApprovalStatus, { result: ItemResult; approval?: ApprovalState; decided?: boolean }> =
  {
    "cho-duyet": { result: "PASSED", approval: "PENDING", decided: false },
    "da-duyet": { result: "PASSED", approval: "APPROVED", decided: false },
    "khong-duyet": { result: "PASSED", approval: "REJECTED", decided: false },
    "co-quyet-dinh": { result: "PASSED", decided: true },
    "khong-dat": { result: "FAILED" },
  };

/** May the chair still approve it (alone or among the selected): passed, not approved, no decision yet. */
export function approvable(i: ApprovalFacts): boolean {
  const status = approvalStatus(i);
  return status === "cho-duyet" || status === "khong-duyet";
}

export type ApprovalTally = {
  passed: number;
  failed: number;
  /** "Chờ phê duyệt": passed, neither approved nor refused, no decision. */
  awaitingApproval: number;
  approved: number;
  awarded: number;
  /** Approved and not yet in a signed decision: what the chair's next decision would cover. */
  awaitingDecision: number;
  byStatus: Record<ApprovalStatus, number>;
};

/** Folds grouped counts (one per result × approval × decided) into the board's figures for a form. */
export function approvalTally(groups: (ApprovalFacts & { count: number })[]): ApprovalTally {
  const byStatus = Object.fromEntries(APPROVAL_STATUSES.map((s) => [s, 0])) as Record<ApprovalStatus, number>;
  let approved = 0;
  for (const g of groups) {
    const status = approvalStatus(g);
    if (status) byStatus[status] += g.count;
    // An approval stays counted against the quota once its decision is signed.
    if (g.result === "PASSED" && g.approval === "APPROVED") approved += g.count;
  }
  return {
    passed: byStatus["cho-duyet"] + byStatus["da-duyet"] + byStatus["khong-duyet"] + byStatus["co-quyet-dinh"],
    failed: byStatus["khong-dat"],
    awaitingApproval: byStatus["cho-duyet"],
    approved,
    awarded: byStatus["co-quyet-dinh"],
    awaitingDecision: byStatus["da-duyet"],
    byStatus,
  };
}

/**
 * The selected nominees of one form's round, approved together, against the round's number (the
 * plan's "số lượng"): none of them if they do not all fit, and the chair is told how many to untick.
 */
export function selectionProblem(args: { formQuota: number | null; approved: number; adding: number }): string | null {
  if (args.formQuota === null || args.approved + args.adding <= args.formQuota) return null;
  const left = Math.max(0, args.formQuota - args.approved);
  const over = args.approved + args.adding - args.formQuota;
  return `Đã chọn ${args.adding} người, tập thể nhưng số lượng của kế hoạch là ${args.formQuota}, đã phê duyệt ${args.approved}, chỉ còn ${left}. Chưa phê duyệt ai: hãy bỏ chọn ${over} người, tập thể.`;
}
