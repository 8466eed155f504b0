import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/actor-types";
import { ownedByMyUnit, plansIssuedByMyUnit } from "./scope";

/**
 * The agenda items the chairperson approves and decides on: those the unit's own council voted on
 * for the unit's own plans (`ownItems`), loaded alike for the approval board (approval-plans.ts) and
 * the approval and signing steps (decisions.ts). Callers narrow further: a closed ballot, a passed
 * item, an approved one.
 */

/** An item with its meeting's day and what the decision prints and checks of its nominee. */
export const APPROVAL_ITEM_INCLUDE = {
  meeting: { select: { id: true, heldOn: true } },
  nominee: {
    select: {
      label: true,
      kind: true,
      /** The plan's group (sub-quota) it counts against: approval and signing hold the groups too. */
      category: true,
      summary: true,
      personId: true,
      organisationId: true,
      periodTo: true,
      person: { select: { position: true } },
      batch: { select: { id: true, unitId: true, unit: { select: { name: true } }, awardFormId: true, roundId: true } },
    },
  },
} satisfies Prisma.MeetingItemInclude;

type ApprovalItem = Prisma.MeetingItemGetPayload<{ include: typeof APPROVAL_ITEM_INCLUDE }>;

/**
 * Items of the unit's own plans always keep their nominee (an accepted batch cannot lose one); the
 * relation is optional only for a commune's proposals upward. Queries below ask for a nominee, and
 * this narrows the type to match.
 */
export const withNominee = (items: ApprovalItem[]) =>
  items.filter((i): i is ApprovalItem & { nominee: NonNullable<ApprovalItem["nominee"]> } => i.nominee !== null);

/** Items the unit's council voted on for the unit's own plans: what its chair approves and decides. */
export const ownItems = (actor: Actor) =>
  ({
    meeting: { ...ownedByMyUnit(actor), plan: plansIssuedByMyUnit(actor) },
    nominee: { isNot: null },
  }) satisfies Prisma.MeetingItemWhereInput;
