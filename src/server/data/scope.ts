import "server-only";
import { PUBLISHED_STATUSES } from "@/domain/plans/lifecycle";
import { reachOf, type Permission } from "@/domain/auth/permissions";
import { forbidden } from "@/domain/errors";
import type { Actor } from "@/server/auth/actor-types";

/**
 * The tenant wall. Every query on a unit-owned table spreads one of these into its `where`,
 * so scoping happens inside the query, never after it.
 */

/** Rows the actor may read with `permission`: its unit, or its unit and everything below. */
export function readScope(actor: Actor, permission: Permission) {
  const reach = reachOf(actor.roles, permission);
  if (reach === "none") throw forbidden();
  if (reach === "self") return { unitId: actor.unit.id };
  return { unit: { path: { startsWith: actor.unit.path } } };
}

/**
 * Rows the actor may change: writes happen only in the unit the actor works in, whatever
 * reach reading has. Returns the `where` fragment and the unit id to stamp on new rows.
 */
export function writeScope(actor: Actor, permission: Permission) {
  if (reachOf(actor.roles, permission) === "none") throw forbidden();
  return { unitId: actor.unit.id };
}

/** Ids of the units above the actor's unit, from its materialised path. */
export function ancestorIds(actor: Actor): string[] {
  return actor.unit.path.split("/").filter(Boolean).slice(0, -1);
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
      { unitId: actor.unit.id },
      { unitId: { in: ancestorIds(actor) }, ...published },
      ...(reach === "subtree" ? [{ unit: { path: { startsWith: actor.unit.path } }, ...published }] : []),
    ],
  };
}
