/**
 * The life of a nomination batch (tờ trình đề nghị khen thưởng): the unit drafts and submits it;
 * the reviewer (the issuing unit's Phòng Nội vụ, or the unit itself for its own awards) returns
 * it with reasons — the unit fixes and resubmits, every round kept — or accepts it for the
 * council. A batch cannot go up while a required document is missing, nor after the dossier
 * deadline (Vietnam days) unless the reviewer extended it for that unit. Pure.
 */
import { endOfVietnamDay } from "@/domain/registration/rules";

export type BatchStatusCode = "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";
export type DocumentStateCode = "MISSING" | "UPLOADED" | "ACCEPTED" | "NEEDS_CORRECTION";

export function canEditBatch(status: BatchStatusCode): boolean {
  return status === "DRAFT" || status === "RETURNED";
}

const vi = (iso: string) => iso.split("-").reverse().join("/");

export function dossierDeadlineProblem(
  deadline: string | null,
  extendedUntil: string | null,
  now: Date,
): string | null {
  if (extendedUntil && now <= endOfVietnamDay(extendedUntil)) return null;
  if (deadline && now > endOfVietnamDay(deadline)) {
    return `Đã hết hạn nộp hồ sơ (${vi(deadline)}). Đề nghị đơn vị thẩm định gia hạn cho đơn vị.`;
  }
  return null;
}

export type NomineeDossier = { label: string; documents: { name: string; state: DocumentStateCode }[] };

/** Why a batch cannot be submitted yet: each missing or to-be-corrected document, per nominee. */
export function dossierProblems(nominees: NomineeDossier[]): string[] {
  if (nominees.length === 0) return ["Tờ trình chưa có người, tập thể nào được đề nghị."];
  return nominees.flatMap((n) =>
    n.documents
      .filter((d) => d.state === "MISSING" || d.state === "NEEDS_CORRECTION")
      .map((d) => `${n.label}: ${d.state === "MISSING" ? "thiếu" : "cần sửa"} "${d.name}".`),
  );
}

/** "withdraw" (rút tờ trình): the proposing unit takes back what it sent before the reviewer accepts it. */
export type BatchAction = "submit" | "return" | "accept" | "withdraw";

export function decideBatch(
  action: BatchAction,
  status: BatchStatusCode,
): { ok: true; to: BatchStatusCode } | { ok: false; reason: string } {
  const rules: Record<BatchAction, { from: BatchStatusCode[]; to: BatchStatusCode }> = {
    submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED" },
    return: { from: ["SUBMITTED"], to: "RETURNED" },
    accept: { from: ["SUBMITTED"], to: "ACCEPTED" },
    withdraw: { from: ["SUBMITTED"], to: "DRAFT" },
  };
  const rule = rules[action];
  if (!rule.from.includes(status)) {
    const verb = { submit: "gửi", return: "trả lại", accept: "chấp nhận", withdraw: "rút" }[action];
    const state = { DRAFT: "đang soạn", SUBMITTED: "đã gửi", RETURNED: "bị trả lại", ACCEPTED: "đã được chấp nhận" }[
      status
    ];
    return { ok: false, reason: `Không thể ${verb} tờ trình ${state}.` };
  }
  return { ok: true, to: rule.to };
}

/** A nominee as its own unit's council left it: the ballot still open, or closed with a result. */
export type OwnCouncilVote = { label: string; closed: boolean; result: "PASSED" | "FAILED" | null };

/**
 * A proposal upward carries its own council's vote: whoever that council did not pass stays home,
 * and a batch waits while its council is still voting. Nominees never put to the council are not
 * refused here: a unit may hold its vote on paper and file the minutes as a document.
 */
export function ownCouncilProblems(votes: OwnCouncilVote[]): string | null {
  const failed = votes.filter((v) => v.closed && v.result === "FAILED").map((v) => v.label);
  if (failed.length)
    return `Không đạt tỷ lệ phiếu của Hội đồng đơn vị: ${failed.join(", ")}. Bỏ khỏi tờ trình trước khi gửi.`;
  const pending = votes.filter((v) => !v.closed).map((v) => v.label);
  if (pending.length) return `Hội đồng đơn vị chưa bỏ phiếu xong: ${pending.join(", ")}. Gửi sau khi kiểm phiếu.`;
  return null;
}
