import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { can, type Permission } from "@/domain/auth/permissions";
import { findActorBySession, findOperatorBySession } from "@/server/data/sessions";
import { auth } from "./auth";
import type { Actor, Operator } from "./actor-types";

export type { Actor, Operator };

/** The signed-in actor for this request (memoised per request), or null. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  return session?.sid ? findActorBySession(session.sid) : null;
});

/** The signed-in system operator for this request (memoised per request), or null. */
export const getOperator = cache(async (): Promise<Operator | null> => {
  const session = await auth();
  return session?.sid ? findOperatorBySession(session.sid) : null;
});

/**
 * For pages: sends anonymous visitors to the sign-in page, and an operator without a unit to
 * work in (signed in, but no actor) to the operator area.
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (actor) return actor;
  if (await getOperator()) redirect("/he-thong");
  redirect("/dang-nhap");
}

/** For pages: the actor, refused (as "not found", no oracle) if it lacks the permission here. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor.roles, permission)) notFound();
  return actor;
}

/** For the operator area: anonymous visitors sign in; a signed-in non-operator finds nothing here. */
export async function requireOperator(): Promise<Operator> {
  const operator = await getOperator();
  if (operator) return operator;
  if (await getActor()) notFound();
  redirect("/dang-nhap?callbackUrl=/he-thong");
}
