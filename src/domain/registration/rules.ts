/**
 * Registration (đăng ký thi đua): when a unit may change it, and its review states (issue
 * "Catalogue and registration"). Dates are Vietnam days: a deadline of 26/04 accepts changes
 * until 23:59:59 on 26/04 in Asia/Ho_Chi_Minh, whatever the server's own time zone.
 */

export type RegistrationStatusCode = "NOT_SENT" | "SENT" | "RETURNED" | "APPROVED";

/** The last instant of a Vietnam calendar day (UTC+7, no daylight saving). */
export function endOfVietnamDay(isoDate: string): Date {
  return new Date(`${isoDate}T23:59:59.999+07:00`);
}

export type Window = { deadline: string | null; reopenedUntil: string | null; planPublished: boolean };

export type WindowState = { open: true } | { open: false; reason: string };

const vi = (iso: string) => iso.split("-").reverse().join("/");

export function registrationWindow(w: Window, now: Date): WindowState {
  if (!w.planPublished) return { open: false, reason: "Kế hoạch chưa ban hành nên chưa nhận đăng ký." };
  if (w.reopenedUntil && now <= endOfVietnamDay(w.reopenedUntil)) return { open: true };
  if (w.deadline && now > endOfVietnamDay(w.deadline)) {
    return {
      open: false,
      reason: `Đã hết hạn đăng ký (${vi(w.deadline)})${w.reopenedUntil ? `; hạn mở lại đến ${vi(w.reopenedUntil)} cũng đã qua` : ""}. Đề nghị đơn vị ban hành kế hoạch mở lại đăng ký.`,
    };
  }
  return { open: true };
}

/** A unit edits its table until it sends it, and again when it is returned for completion. */
export function canEditRegistration(status: RegistrationStatusCode): boolean {
  return status === "NOT_SENT" || status === "RETURNED";
}

export type ReviewAction = "send" | "approve" | "return";

const FROM: Record<ReviewAction, RegistrationStatusCode[]> = {
  send: ["NOT_SENT", "RETURNED"],
  approve: ["SENT"],
  return: ["SENT"],
};
const TO: Record<ReviewAction, RegistrationStatusCode> = { send: "SENT", approve: "APPROVED", return: "RETURNED" };
const LABEL: Record<RegistrationStatusCode, string> = {
  NOT_SENT: "chưa gửi",
  SENT: "đã gửi, chờ duyệt",
  RETURNED: "bị trả lại để hoàn thiện",
  APPROVED: "đã được duyệt",
};

export function decideRegistration(
  action: ReviewAction,
  status: RegistrationStatusCode,
): { ok: true; to: RegistrationStatusCode } | { ok: false; reason: string } {
  if (!FROM[action].includes(status)) {
    const verb = { send: "gửi", approve: "duyệt", return: "trả lại" }[action];
    return { ok: false, reason: `Không thể ${verb} bản đăng ký ${LABEL[status]}.` };
  }
  return { ok: true, to: TO[action] };
}

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatusCode, string> = {
  NOT_SENT: "Chưa gửi",
  SENT: "Đã gửi, chờ duyệt",
  RETURNED: "Trả lại để hoàn thiện",
  APPROVED: "Đã duyệt",
};
