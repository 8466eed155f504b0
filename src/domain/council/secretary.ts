/**
 * Who runs a council session — opens it with the attendance, opens and closes the ballot, enters
 * paper ballots: the secretary (Thư ký Hội đồng), or, when the secretary is absent or no secretary
 * seat is filled, whoever the council's quy chế names (Council.secretaryStandIn). No article in
 * legal-facts.md says who stands in for the secretary, so the rule is the council's own setting;
 * its default, nobody, keeps the session to the secretary. Pure.
 */

export const SECRETARY_STAND_INS = ["NOBODY", "CHAIR", "CHAIR_OR_VICE", "NAMED_MEMBER"] as const;
export type SecretaryStandIn = (typeof SECRETARY_STAND_INS)[number];
export type CouncilRole = "CHU_TICH" | "PHO_CHU_TICH" | "THANH_VIEN" | "THU_KY";

/** As the quy chế form offers them ("Thư ký vắng: …"). */
export const STAND_IN_LABELS: Record<SecretaryStandIn, string> = {
  NOBODY: "Không ai thay: chỉ Thư ký điều hành phiên họp",
  CHAIR: "Chủ tịch Hội đồng",
  CHAIR_OR_VICE: "Chủ tịch hoặc Phó Chủ tịch Hội đồng",
  NAMED_MEMBER: "Thành viên được chỉ định",
};

export type SessionRunner = {
  /** The actor's seat on the meeting's day, if any. */
  seat: { id: string; role: CouncilRole } | null;
  /** Secretary seats in office on the meeting's day. */
  secretarySeatIds: string[];
  /** Seats present (as recorded at the opening, or as the opening is about to record them). */
  present: ReadonlySet<string>;
  rule: { standIn: SecretaryStandIn; namedMemberId: string | null };
};

/** Whether the quy chế lets this seat stand in for the secretary at all (presence aside). */
export function isStandIn(seat: { id: string; role: CouncilRole }, rule: SessionRunner["rule"]): boolean {
  switch (rule.standIn) {
    case "CHAIR":
      return seat.role === "CHU_TICH";
    case "CHAIR_OR_VICE":
      return seat.role === "CHU_TICH" || seat.role === "PHO_CHU_TICH";
    case "NAMED_MEMBER":
      return rule.namedMemberId !== null && seat.id === rule.namedMemberId;
    case "NOBODY":
      return false;
  }
}

/**
 * Why the actor may not run the session's step, or null. The secretary always may; a stand-in the
 * quy chế names may when no secretary is present (none seated, or none marked present), and only
 * while present himself.
 */
export function sessionRunnerProblem(args: SessionRunner): string | null {
  const { seat, rule } = args;
  if (!seat) return "Chỉ thành viên Hội đồng điều hành phiên họp.";
  if (seat.role === "THU_KY") return null;
  if (!isStandIn(seat, rule))
    return rule.standIn === "NOBODY"
      ? "Chỉ Thư ký Hội đồng điều hành phiên họp: quy chế của Hội đồng không cho ai thay Thư ký vắng mặt."
      : `Theo quy chế, khi Thư ký vắng mặt chỉ ${rule.standIn === "NAMED_MEMBER" ? "thành viên được chỉ định" : STAND_IN_LABELS[rule.standIn]} điều hành thay.`;
  if (args.secretarySeatIds.some((id) => args.present.has(id)))
    return "Thư ký Hội đồng có mặt: Thư ký điều hành phiên họp.";
  if (!args.present.has(seat.id)) return "Người điều hành thay Thư ký phải có mặt tại phiên họp.";
  return null;
}
