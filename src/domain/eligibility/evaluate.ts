import { disciplineReasons, type DisciplineFacts } from "./discipline";
import { holdReasons, type HoldFacts } from "./holds";
import { prerequisiteReasons, type PersonRecordFacts } from "./prerequisites";
import { principlesArticle, type Reason } from "./principles";

/**
 * Every rule that decides whether a nominee may be proposed, in one place: what the nomination
 * page shows per nominee and what adding and submitting refuse on. Pure.
 */
export type NomineeFacts =
  | ({ kind: "INDIVIDUAL"; disciplines: DisciplineFacts[]; holds: HoldFacts[] } & PersonRecordFacts)
  | {
      kind: "COLLECTIVE";
      holds: HoldFacts[];
      /** The collective's head (người đứng đầu), when recorded. */
      head: { name: string; disciplines: DisciplineFacts[] } | null;
    };

export type EligibilityInput = {
  facts: NomineeFacts;
  /** The award form's catalogue code ("CSTD_CS"), null for a local form. */
  catalogueCode: string | null;
  /** The year the achievement is for. */
  year: number;
  /** The day the check is made (Vietnam time, ISO). */
  onDate: string;
};

export function eligibilityReasons({ facts, catalogueCode, year, onDate }: EligibilityInput): Reason[] {
  if (facts.kind === "INDIVIDUAL") {
    return [
      ...disciplineReasons(facts.disciplines, onDate),
      ...holdReasons(facts.holds, onDate),
      ...prerequisiteReasons(catalogueCode, facts, year),
    ];
  }
  const reasons = holdReasons(facts.holds, onDate);
  // A collective answers for its head: while the head is disciplined or being considered for
  // it, the collective is not commended either.
  if (facts.head && disciplineReasons(facts.head.disciplines, onDate).length) {
    reasons.push({
      code: "HEAD_DISCIPLINED",
      message: `Người đứng đầu (${facts.head.name}) đang bị kỷ luật hoặc xem xét kỷ luật: chưa xét khen thưởng tập thể.`,
      article: principlesArticle(onDate),
      sensitive: true,
    });
  }
  return reasons;
}
