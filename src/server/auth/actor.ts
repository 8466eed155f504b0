import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { can, type Permission } from "@/domain/auth/permissions";
import { findActorBySession } from "@/server/data/sessions";
import { auth } from "./auth";
import type { Actor } from "./actor-types";

export type { Actor };

/** The signed-in actor for this request (memoised per request), or null. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  return session?.sid ? findActorBySession(session.sid) : null;
});

/** For pages: sends anonymous visitors to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/dang-nhap");
  return actor;
}

/** For pages: the actor, refused (as "not found", no oracle) if it lacks the permission here. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor.roles, permission)) notFound();
  return actor;
}
