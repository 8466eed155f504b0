import type { RoleCode } from "@/domain/auth/permissions";

/**
 * The kinds of notification, who in a unit a unit's notice of each kind is for, and whether it
 * comes by e-mail when the account has not chosen. One table, read by the notification centre,
 * the preferences form and the mail queue (src/server/data/notifications).
 */

export const NOTIFICATION_KINDS = [
  "PLAN_ISSUED",
  "REGISTRATION_RETURNED",
  "REGISTRATION_APPROVED",
  "BATCH_RETURNED",
  "BATCH_ACCEPTED",
  "BATCH_SUBMITTED",
  "BATCH_WITHDRAWN",
  "DEADLINE_EXTENDED",
  "BALLOT_OPENED",
  "BALLOT_CLOSED",
  "DECISION_SIGNED",
  "DECISION_ISSUED",
  "AWARD_REVOKED",
  "DEADLINE_APPROACHING",
  "ACCOUNT_INVITATION",
  "EXPORT_READY",
  "EXPORT_FAILED",
] as const;
export type NotificationKindCode = (typeof NOTIFICATION_KINDS)[number];

/** Those who prepare the unit's registrations and proposals: officers, and chairs who also may. */
const PREPARERS: RoleCode[] = ["OFFICER", "CHAIR"];

const TABLE: Record<NotificationKindCode, { label: string; audience: RoleCode[]; emailByDefault: boolean }> = {
  PLAN_ISSUED: { label: "Kế hoạch cấp trên ban hành cho đơn vị", audience: PREPARERS, emailByDefault: true },
  REGISTRATION_RETURNED: { label: "Đăng ký thi đua bị trả lại", audience: PREPARERS, emailByDefault: true },
  REGISTRATION_APPROVED: { label: "Đăng ký thi đua được duyệt", audience: PREPARERS, emailByDefault: false },
  BATCH_RETURNED: { label: "Tờ trình bị trả lại", audience: PREPARERS, emailByDefault: true },
  BATCH_ACCEPTED: { label: "Tờ trình được chấp nhận", audience: PREPARERS, emailByDefault: false },
  // To the reviewing unit, whose inbox the batch enters or leaves: those who review there (nomination.review).
  BATCH_SUBMITTED: { label: "Đơn vị gửi tờ trình", audience: ["REVIEWER", "CHAIR"], emailByDefault: false },
  BATCH_WITHDRAWN: { label: "Đơn vị rút tờ trình", audience: ["REVIEWER", "CHAIR"], emailByDefault: false },
  DEADLINE_EXTENDED: { label: "Được gia hạn nộp hồ sơ", audience: PREPARERS, emailByDefault: false },
  // Addressed to each council member in person (never to a unit's roles).
  BALLOT_OPENED: { label: "Mở bỏ phiếu", audience: [], emailByDefault: true },
  BALLOT_CLOSED: { label: "Kết thúc bỏ phiếu", audience: [], emailByDefault: false },
  DECISION_SIGNED: { label: "Quyết định khen thưởng đã ký", audience: PREPARERS, emailByDefault: false },
  // The signed, numbered document itself, recorded by the deciding unit: what a unit files and forwards.
  DECISION_ISSUED: { label: "Văn bản quyết định khen thưởng ban hành", audience: PREPARERS, emailByDefault: true },
  AWARD_REVOKED: { label: "Thu hồi khen thưởng", audience: PREPARERS, emailByDefault: true },
  DEADLINE_APPROACHING: { label: "Sắp đến hạn, nhắc bỏ phiếu", audience: PREPARERS, emailByDefault: true },
  // Mailed to the invited address; an existing account also finds it in the app, addressed to it
  // alone in whatever unit it works (invitation-notice.ts). Nobody in the inviting unit reads it.
  ACCOUNT_INVITATION: { label: "Lời mời tài khoản", audience: [], emailByDefault: true },
  // A large export made in the background (services/background-exports.ts): to its requester in person.
  EXPORT_READY: { label: "Tệp xuất đã sẵn sàng", audience: [], emailByDefault: true },
  EXPORT_FAILED: { label: "Tệp xuất không tạo được", audience: [], emailByDefault: true },
};

export function kindLabel(kind: NotificationKindCode): string {
  return TABLE[kind].label;
}

/** The roles in a unit for whom a unit's notice of this kind is meant. */
export function audienceOf(kind: NotificationKindCode): readonly RoleCode[] {
  return TABLE[kind].audience;
}

/** The kinds of unit notices an account with these roles reads. */
export function kindsForRoles(roles: readonly RoleCode[]): NotificationKindCode[] {
  return NOTIFICATION_KINDS.filter((k) => TABLE[k].audience.some((r) => roles.includes(r)));
}

/** Kinds an account may choose for: those it can receive (the invitation goes to an address, not an account). */
export const CHOOSABLE_KINDS = NOTIFICATION_KINDS.filter((k) => k !== "ACCOUNT_INVITATION");

/** Whether a notice of `kind` also goes by e-mail, given the account's own choices (kind → e-mail). */
export function wantsEmail(kind: NotificationKindCode, choices: ReadonlyMap<string, boolean>): boolean {
  return choices.get(kind) ?? TABLE[kind].emailByDefault;
}
