import type { RegistrationStatusCode } from "./rules";

/**
 * Where each unit stands on the registration summary (the issuing unit's view of who registered for
 * its plan): the statuses its filter `?trang-thai=` offers and the counts above the list. A unit with
 * no registration and one whose registration is written but not sent are one group: neither has
 * registered yet (reopening a unit gives it a blank registration, and it stays in this group, with
 * its reopened date shown, until it sends).
 */
export const SUMMARY_STATUSES = ["chua-dang-ky", "cho-duyet", "tra-lai", "da-duyet"] as const;
export type SummaryStatus = (typeof SUMMARY_STATUSES)[number];

export const SUMMARY_STATUS_LABELS: Record<SummaryStatus, string> = {
  "chua-dang-ky": "Chưa đăng ký (chưa gửi)",
  "cho-duyet": "Đã gửi, chờ duyệt",
  "tra-lai": "Trả lại để hoàn thiện",
  "da-duyet": "Đã duyệt",
};

/** The group of a unit whose registration has this status. */
const GROUP_OF: Record<RegistrationStatusCode, SummaryStatus> = {
  NOT_SENT: "chua-dang-ky",
  SENT: "cho-duyet",
  RETURNED: "tra-lai",
  APPROVED: "da-duyet",
};

/** A unit's group from its registration's status (null: it has none). */
export function summaryStatusOf(status: RegistrationStatusCode | null): SummaryStatus {
  return status ? GROUP_OF[status] : "chua-dang-ky";
}

/** The registration statuses a group's units hold ("chua-dang-ky" also holds units with none). */
export function statusesIn(group: SummaryStatus): RegistrationStatusCode[] {
  return (Object.keys(GROUP_OF) as RegistrationStatusCode[]).filter((s) => GROUP_OF[s] === group);
}

/**
 * The count of units in each group, from the number of units listed and their registrations counted
 * by status: the units not counted under a sent status have not registered.
 */
export function summaryStatusCounts(
  units: number,
  registrations: { status: RegistrationStatusCode; count: number }[],
): Record<SummaryStatus, number> {
  const counts: Record<SummaryStatus, number> = { "chua-dang-ky": 0, "cho-duyet": 0, "tra-lai": 0, "da-duyet": 0 };
  for (const r of registrations) if (r.status !== "NOT_SENT") counts[GROUP_OF[r.status]] += r.count;
  counts["chua-dang-ky"] = Math.max(0, units - counts["cho-duyet"] - counts["tra-lai"] - counts["da-duyet"]);
  return counts;
}
