/**
 * What a campaign plan says, as the domain reads it to word its document: the fields the outline
 * prints, nothing about how a form edits them. Declared here so the domain depends on no schema;
 * the plan schema (`src/schemas/plan.ts`) checks that what it parses is one of these.
 */
import type { AwardRecurrence } from "./rounds";
import type { RewardKind } from "@/domain/awards/reward";

/** A form of award the plan offers ("Giấy khen của Chủ tịch UBND thị trấn"), with its numbers and papers. */
export type PlanContentAwardForm = {
  name: string;
  authority: string;
  /** OWN: conferred by the issuing unit's authority; PROPOSED: proposed to a higher authority. */
  conferral: "OWN" | "PROPOSED";
  recipientKind: "COLLECTIVE" | "INDIVIDUAL";
  /** Undefined = no fixed number. */
  quota?: number;
  subQuotas: { category: string; quota: number }[];
  criteria: string[];
  /** Fixed value per person (or collective) in đồng, if the plan sets one: the sum, or the gift's value. */
  cashValue?: number;
  /** How the form rewards (src/domain/awards/reward.ts); absent: read from its value and catalogue entry. */
  rewardKind?: RewardKind;
  /** What the gift is, for a gift in kind ("một phần quà"). */
  giftDescription?: string;
  dossier: { name: string; template: string; copies: number }[];
  /** The review of a multi-year phase the form is given at; "" = the plan. */
  phase: string;
  /** How often the form is given (rounds.ts); absent = once. */
  recurrence?: AwardRecurrence;
  /** The reviews a form recurring at reviews is given at; none = every review (rounds.ts). */
  reviews?: string[];
  /** The day/month each year's dossiers are due ("15/12"); "" = none. */
  roundDeadline?: string;
};

export type PlanContent = {
  title: string;
  place: string;
  symbol: string;
  /** yyyy-mm-dd (provisional until issued when periodFromIssue) */
  periodFrom: string;
  /** "Từ ngày ban hành": the period starts on the issue date, and the plan says so. */
  periodFromIssue?: boolean;
  /** yyyy-mm-dd */
  periodTo: string;
  bases: { text: string }[];
  purposes: string[];
  requirements: string[];
  slogan: string;
  contents: string[];
  participantCollectives: string[];
  participantIndividuals: string[];
  awardForms: PlanContentAwardForm[];
  /** A loose date (loose-date.ts): "yyyy-mm-dd", or "yyyy-mm" / "yyyy" when the plan gives only a month or year. */
  registrationDeadline?: string;
  /** A loose date, as registrationDeadline. */
  dossierDeadline?: string;
  /** reviewDate: a loose date, as registrationDeadline. */
  phases: { name: string; reviewDate: string }[];
  budgetSource: string;
  /** In đồng, if the plan states it. */
  budgetAmount?: number;
  rewardRules: string;
  duties: { assignee: string; tasks: string[] }[];
  recipients: string[];
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
};

/** The plan as its document prints it: what it says, who issues it, and its number and date once issued. */
export type PlanDocument = PlanContent & {
  /** The issuing unit ("Thị trấn Cổ Lễ") and the unit above it ("Huyện Trực Ninh"), if it is printed. */
  issuer: { name: string; parentName: string | null };
  /** "25" once issued; null for a draft (blanks left to fill in by hand). */
  number: string | null;
  /** yyyy-mm-dd once issued; null for a draft. */
  issuedOn: string | null;
};
