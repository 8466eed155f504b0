import "server-only";
import { PUBLISHED_STATUSES } from "@/domain/plans/lifecycle";
import { can, reachOf, type Permission } from "@/domain/auth/permissions";
import { forbidden, notFound } from "@/domain/errors";
import type { Actor } from "@/server/auth/actor-types";
import type { NotificationKind, Prisma } from "@/generated/prisma/client";
import { unsafePredecessorIds } from "./succession-graph";
import { unsafeSubtreeUnitIds } from "./unit-tree-ids";

/**
 * The tenant wall: every relation between the caller and unit-owned rows, by name, in one place.
 *
 * A query never writes a unit condition itself: it spreads (or nests) one of these into its
 * `where`, so scoping happens inside the query, never after it, and a row of another unit is
 * simply "not found". Lint keeps `actor.unit.id` and `actor.unit.path` inside this file (and the
 * audit writer); a function that must take a bare unit id says so with an `unsafe` prefix.
 *
 * Relations come in two shapes:
 *  - where-fragments for the model named in the function (`plansIssuedByMyUnit` is a
 *    `PlanWhereInput`); nest them under a relation to reach further (`{ plan: … }`); those that
 *    follow successions read the succession graph first, so they are awaited;
 *  - predicates for pages that decide what to show (`isMyUnit`).
 *
 * Over 300 lines on purpose: the point of this module is that every relation lives here, so a
 * reviewer of the wall reads one file.
 */

// ---------------------------------------------------------------------------------------------
// Permission-checked reach: the default for any unit-owned row.

/** Rows the actor may read with `permission`: its unit, or its unit and everything below. */
export function readScope(actor: Actor, permission: Permission) {
  const reach = reachOf(actor.roles, permission);
  if (reach === "none") throw forbidden();
  if (reach === "self") return { unitId: actor.unit.id };
  return { unit: { path: { startsWith: actor.unit.path } } };
}

/**
 * Rows the actor may change: writes happen only in the unit the actor works in, whatever
 * reach reading has. Returns the `where` fragment, whose `unitId` is also the one to stamp on
 * new rows and to hand to a lock.
 */
export function writeScope(actor: Actor, permission: Permission) {
  if (reachOf(actor.roles, permission) === "none") throw forbidden();
  return { unitId: actor.unit.id };
}

// ---------------------------------------------------------------------------------------------
// Rows of my unit, without a permission of their own (the caller has checked one already, or the
// row is the unit's own business: its notifications, its batches, its council's meetings).

/** Rows owned by the unit the actor works in. */
export function ownedByMyUnit(actor: Actor) {
  return { unitId: actor.unit.id };
}

/** Plans issued (or drafted) by my unit; nest under `plan:` for its forms, batches, meetings. */
export function plansIssuedByMyUnit(actor: Actor) {
  return { unitId: actor.unit.id } satisfies Prisma.PlanWhereInput;
}

/** Batches another unit (or mine, upward) sent to my unit for review: never a draft. */
export function batchesSentToMyUnit(actor: Actor) {
  return {
    awardForm: { plan: plansIssuedByMyUnit(actor) },
    status: { not: "DRAFT" as const },
  } satisfies Prisma.NominationBatchWhereInput;
}

/**
 * The reviewer's inbox: the batches sent to my unit, also by their `reviewUnitId` (the plan's unit, which
 * the database keeps), so the list seeks through the index (reviewUnitId, submittedAt, id) instead of
 * sorting every batch of the unit's plans. The plan relation stays the authority on who reviews.
 */
export function inboxOfMyUnit(actor: Actor) {
  return {
    AND: [batchesSentToMyUnit(actor), { reviewUnitId: actor.unit.id }],
  } satisfies Prisma.NominationBatchWhereInput;
}

/**
 * Batches the actor may read: its unit's own, those its unit reviews (once sent), and those its
 * council votes on.
 */
export function batchReadScope(actor: Actor) {
  return {
    OR: [
      ...(can(actor.roles, "nomination.write") || can(actor.roles, "plan.read") ? [ownedByMyUnit(actor)] : []),
      ...(can(actor.roles, "nomination.review") ? [batchesSentToMyUnit(actor)] : []),
      // The unit's council reads the dossiers it votes on.
      ...(can(actor.roles, "council.read") ? [{ nominees: { some: nomineesBeforeMyCouncil(actor) } }] : []),
    ],
  } satisfies Prisma.NominationBatchWhereInput;
}

/** Nominees that stand (or stood) on an agenda of my unit's council. */
export function nomineesBeforeMyCouncil(actor: Actor) {
  return {
    agendaItems: { some: { meeting: ownedByMyUnit(actor) } },
  } satisfies Prisma.NomineeWhereInput;
}

/** Awards my unit conferred: by a decision it signed, or entered by it from a paper decision. */
export function awardsConferredByMyUnit(actor: Actor) {
  return {
    OR: [{ decision: ownedByMyUnit(actor) }, { source: "ENTERED" as const, unitId: actor.unit.id }],
  } satisfies Prisma.AwardRecordWhereInput;
}

/**
 * Notifications meant for the actor in the unit it works in: the unit's notices of the kinds its
 * roles read (`kindsForRoles`), and those addressed to the account in person there (a council
 * member's ballot). A personal notice of another unit waits until the account works in that unit,
 * except an invitation to join it (invitation-notice.ts).
 */
export function notificationsForMe(actor: Actor, kinds: readonly NotificationKind[]) {
  return {
    OR: [
      { unitId: actor.unit.id, OR: [{ userId: actor.userId }, { userId: null, kind: { in: [...kinds] } }] },
      // An invitation is to the person, wherever the account works today (the inviting unit is not
      // yet one of its units): read in any unit, by that account alone.
      { userId: actor.userId, kind: "ACCOUNT_INVITATION" },
    ],
  } satisfies Prisma.NotificationWhereInput;
}

/**
 * Exports the actor asked for in the unit it works in (ExportFile): its own, and there only. The
 * same account working in another unit, or another account of the same unit, finds none of them:
 * a file holds what the requester's roles read in that unit.
 */
export function myExportsInMyUnit(actor: Actor) {
  return { userId: actor.userId, unitId: actor.unit.id } satisfies Prisma.ExportFileWhereInput;
}

/** Meetings of my unit's council at which the actor holds a seat. */
export function meetingsOfMySeat(actor: Actor) {
  return {
    unitId: actor.unit.id,
    council: { members: { some: { userId: actor.userId } } },
  } satisfies Prisma.CouncilMeetingWhereInput;
}

// ---------------------------------------------------------------------------------------------
// Plans across the tree.

/** Ids of the units above the actor's unit, from its materialised path, nearest last. */
function ancestorIds(actor: Actor): string[] {
  return actor.unit.path.split("/").filter(Boolean).slice(0, -1);
}

/** Published plans of the units above mine (what my unit cascades from and proposes to). */
export function plansPublishedAboveMe(actor: Actor) {
  return {
    unitId: { in: ancestorIds(actor) },
    status: { in: [...PUBLISHED_STATUSES] },
  } satisfies Prisma.PlanWhereInput;
}

/**
 * Published plans of the unit directly above mine: those my unit registers for (the issuing unit
 * reviews the units directly below it) and builds its own plan from.
 */
export function plansPublishedByUnitDirectlyAboveMe(actor: Actor) {
  return {
    unitId: { in: ancestorIds(actor).slice(-1) },
    status: { in: [...PUBLISHED_STATUSES] },
  } satisfies Prisma.PlanWhereInput;
}

/** Published plans of my unit or of a unit above it: those my unit registers and proposes for. */
export function plansPublishedByMyUnitOrAbove(actor: Actor) {
  return {
    unitId: { in: [...ancestorIds(actor), actor.unit.id] },
    status: { in: [...PUBLISHED_STATUSES] },
  } satisfies Prisma.PlanWhereInput;
}

/**
 * The rules my province set for the commune-level work below it (NĐ 152/2025/NĐ-CP Điều 6 khoản 2
 * điểm c): the row of the province at the root of my path. A province has none above it; its own
 * rules are `ownedByMyUnit`.
 */
export function rulesOfMyProvince(actor: Actor) {
  return {
    unitId: { in: ancestorIds(actor).slice(0, 1) },
    unit: { kind: { in: ["TINH" as const, "THANH_PHO_TRUNG_UONG" as const] } },
  } satisfies Prisma.ProvinceRulesWhereInput;
}

/**
 * Plans are read more widely than other rows: a unit sees its own plans in every state, the
 * issued plans of the units above it (it cascades from them), and — for reviewers and
 * chairpersons — the issued plans of the units below.
 */
export function planReadScope(actor: Actor) {
  const reach = reachOf(actor.roles, "plan.read");
  if (reach === "none") throw forbidden();
  const published = { status: { in: [...PUBLISHED_STATUSES] } };
  return {
    OR: [
      plansIssuedByMyUnit(actor),
      plansPublishedAboveMe(actor),
      ...(reach === "subtree" ? [{ unit: unitsInMySubtree(actor), ...published }] : []),
    ],
  } satisfies Prisma.PlanWhereInput;
}

// ---------------------------------------------------------------------------------------------
// Units. A unit id that comes from input (a unit to allocate to, to reopen for) is only ever used
// through one of these, so it is checked inside the query that uses it.

/** My unit and every unit below it (`Unit` rows). */
export function unitsInMySubtree(actor: Actor) {
  return { path: { startsWith: actor.unit.path } } satisfies Prisma.UnitWhereInput;
}

/** The unit `unitId` if it is mine or below mine; nothing otherwise. */
export function unitInMySubtree(actor: Actor, unitId: string) {
  return { id: unitId, ...unitsInMySubtree(actor) } satisfies Prisma.UnitWhereInput;
}

/** The units directly below mine. */
export function unitsDirectlyBelowMe(actor: Actor) {
  return { parentId: actor.unit.id } satisfies Prisma.UnitWhereInput;
}

/** My unit and the units directly below it. */
export function myUnitAndUnitsDirectlyBelow(actor: Actor) {
  return { OR: [{ id: actor.unit.id }, unitsDirectlyBelowMe(actor)] } satisfies Prisma.UnitWhereInput;
}

/**
 * The units the registration summary of my plan `planId` lists for `year`: my unit and the units
 * directly below it (those who register for my plans), and any other unit holding a registration
 * of the plan for that year, so every registration the plan received has its unit's line.
 */
export function unitsRegisteringForMyPlan(actor: Actor, planId: string, year: number) {
  return {
    OR: [
      myUnitAndUnitsDirectlyBelow(actor),
      { registrations: { some: { planId, year, plan: plansIssuedByMyUnit(actor) } } },
    ],
  } satisfies Prisma.UnitWhereInput;
}

/** My unit itself (`Unit` rows): to read what it is (its name, its last day), not what it owns. */
export function myUnit(actor: Actor) {
  return { id: actor.unit.id } satisfies Prisma.UnitWhereInput;
}

// ---------------------------------------------------------------------------------------------
// Succession (UnitSuccession): when units merge or split, the successor inherits the predecessors'
// history — plans, decisions, award history — to READ, never to change (writes stay `writeScope`,
// which names only the unit the actor works in). These relations read the succession graph, so
// they are async: `where: { ...(await historyReadScope(actor, "person.read")) }`.

/** The units my unit succeeds, directly or through earlier successions. */
export async function unitsISucceed(actor: Actor) {
  return { id: { in: await unsafePredecessorIds({ unitId: actor.unit.id }, false) } } satisfies Prisma.UnitWhereInput;
}

/**
 * Ids of the units whose history the actor reads with `permission`: the units its unit succeeds;
 * with subtree reach, those of every unit below it too, and each such unit's own tree (a merged
 * province's districts and communes).
 */
async function historyUnitIds(actor: Actor, permission: Permission): Promise<string[]> {
  const reach = reachOf(actor.roles, permission);
  if (reach === "none") throw forbidden();
  return reach === "self"
    ? unsafePredecessorIds({ unitId: actor.unit.id }, false)
    : unsafePredecessorIds({ pathPrefix: actor.unit.path }, true);
}

/** `readScope` widened to the inherited history: rows of my reach, or of a unit it succeeds. Read-only. */
export async function historyReadScope(actor: Actor, permission: Permission) {
  const inherited = await historyUnitIds(actor, permission);
  return { OR: [readScope(actor, permission), { unitId: { in: inherited } }] };
}

/**
 * `historyReadScope` as the ids of its units (`unitId in […]`: the unit, or its subtree by reach, and the
 * units they succeed), for the award history (AwardRecord, AwardRoundTally). The planner then knows
 * which units are read: with the subtree as a join on Unit.path it takes a district's share of the
 * awards to be its share of the units (21 of 211, 10 %, where the district holds 1 %) and walks the
 * (year, id) index backwards for a search's first page instead of sorting the search's few matches
 * (`npm run bench:award-search`). A province's tree is a few hundred ids. Read-only.
 */
export async function historyReadScopeByUnitIds(actor: Actor, permission: Permission) {
  const inherited = await historyUnitIds(actor, permission);
  const own =
    reachOf(actor.roles, permission) === "self" ? [actor.unit.id] : await unsafeSubtreeUnitIds(actor.unit.path);
  return { unitId: { in: [...new Set([...own, ...inherited])] } };
}

/**
 * `readScope` narrowed to one unit and everything below it: statistics drilled down from my unit to
 * a commune below it. `unit` is my own unit or a row read through `unitInMySubtree`; a unit outside
 * my reach (or below mine when the permission reaches only my unit) is not found.
 */
export function readScopeWithin(actor: Actor, permission: Permission, unit: { id: string; path: string }) {
  const mine = readScope(actor, permission);
  if (unit.id === actor.unit.id) return mine;
  if ("unitId" in mine || !unit.path.startsWith(actor.unit.path)) throw notFound();
  return { unit: { path: { startsWith: unit.path } } };
}

/** The units whose history one unit of my reach inherits: its own predecessors and, by reach, its tree's. */
async function historyUnitIdsWithin(actor: Actor, permission: Permission, unit: { id: string; path: string }) {
  if (unit.id === actor.unit.id) return historyUnitIds(actor, permission);
  readScopeWithin(actor, permission, unit);
  return unsafePredecessorIds({ pathPrefix: unit.path }, true);
}

/**
 * `historyReadScope` narrowed like `readScopeWithin`: rows of that unit's tree, or of a unit it (or,
 * by reach, a unit below it) succeeds. For my own unit it is `historyReadScope`. Read-only.
 */
export async function historyReadScopeWithin(actor: Actor, permission: Permission, unit: { id: string; path: string }) {
  const inherited = await historyUnitIdsWithin(actor, permission, unit);
  return { OR: [readScopeWithin(actor, permission, unit), { unitId: { in: inherited } }] };
}

/** The units whose history `historyReadScopeWithin` adds (`Unit` rows): to name them in a breakdown. */
export async function unitsInheritedWithin(actor: Actor, permission: Permission, unit: { id: string; path: string }) {
  return { id: { in: await historyUnitIdsWithin(actor, permission, unit) } } satisfies Prisma.UnitWhereInput;
}

/** `planReadScope` widened to the issued plans of the units my unit (or, by reach, a unit below) succeeds. */
export async function planHistoryReadScope(actor: Actor) {
  const inherited = await historyUnitIds(actor, "plan.read");
  return {
    OR: [planReadScope(actor), { unitId: { in: inherited }, status: { in: [...PUBLISHED_STATUSES] } }],
  } satisfies Prisma.PlanWhereInput;
}

/** Award decisions signed by a unit my unit succeeds. */
export async function decisionsOfUnitsISucceed(actor: Actor) {
  return { unit: await unitsISucceed(actor) } satisfies Prisma.AwardDecisionWhereInput;
}

/**
 * Award decisions the actor may read: signed by my unit or a unit it succeeds, or conferring an award
 * on someone whose history I read (a commune reads the district's decision that commended its people).
 * The awardees' units by id, as the award history reads them: with the join on Unit.path a district
 * reviewer's header search hashed every award of the province (120–320 ms at 200 000 awards); with the
 * ids it hashes the district's (≈ 20 ms), and a province's search still probes each matching decision.
 */
export async function decisionReadScope(actor: Actor) {
  const awardees = await historyReadScopeByUnitIds(actor, "person.read");
  return {
    OR: [ownedByMyUnit(actor), await decisionsOfUnitsISucceed(actor), { awards: { some: awardees } }],
  } satisfies Prisma.AwardDecisionWhereInput;
}

// ---------------------------------------------------------------------------------------------
// Predicates for pages: what to offer on a row already read through the wall.

/** Whether a row read through the wall belongs to the unit the actor works in. */
export function isMyUnit(actor: Actor, unitId: string): boolean {
  return unitId === actor.unit.id;
}

/** Whether `unitId` is a unit above mine (its published plans are mine to cascade from). */
export function isAboveMyUnit(actor: Actor, unitId: string): boolean {
  return ancestorIds(actor).includes(unitId);
}

/** Whether `unitId` is the unit directly above mine (whose plans my unit registers for and builds from). */
export function isDirectlyAboveMyUnit(actor: Actor, unitId: string): boolean {
  return ancestorIds(actor).at(-1) === unitId;
}

/**
 * Where a unit sits seen from mine: my own, below mine, or anywhere else (above, beside, another
 * province). The account rules (`grantProblems`) decide from it who may grant which role there.
 */
export function unitPlaceFromMine(actor: Actor, unit: { id: string; path: string }): "own" | "below" | "outside" {
  if (unit.id === actor.unit.id) return "own";
  return unit.path.startsWith(actor.unit.path) ? "below" : "outside";
}
