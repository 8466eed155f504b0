import { db } from "@/server/db/client";
import { createOperatorFromShell } from "@/server/data/operators";
import { acceptLink } from "@/server/data/link-acceptance";
import { attemptSignIn, findActorBySession, findOperatorBySession } from "@/server/data/sessions";
import type { Operator } from "@/server/auth/actor-types";
import { parseTableParams } from "@/lib/table-params";
import { uid } from "./factories";

export const PASSWORD = "Mat-khau-moi-2026";

/** Uses a one-time link with a password (set for a new account, typed for an existing one). */
export const accept = (token: string, password = PASSWORD) => acceptLink(token, { password, confirm: password }, null);

/** Signs in through the app's own sign-in, returning the session id (or the refusal). */
export const signIn = (email: string, password = PASSWORD) =>
  attemptSignIn({ email, password, ip: null, maxAgeHours: 1 });

/** Signs in and returns the unit actor of the session. */
export async function signInActor(email: string, password = PASSWORD) {
  const result = await signIn(email, password);
  if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
  const actor = await findActorBySession(result.sessionId);
  if (!actor) throw new Error("no actor for the session");
  return actor;
}

/** An operator made as the CLI makes it, with its password set through its link and a session. */
export async function createOperator(): Promise<Operator> {
  const made = await createOperatorFromShell({ email: `vanhanh${uid()}@test.vn`, name: "Vận Hành" });
  await accept(made.token);
  const result = await signIn(made.email);
  if (!result.ok) throw new Error("operator sign-in refused");
  const operator = await findOperatorBySession(result.sessionId);
  if (!operator) throw new Error("no operator for the session");
  return operator;
}

/** Memberships of an email in a unit, as role codes. */
export async function rolesOf(email: string, unitId: string) {
  const rows = await db().membership.findMany({ where: { unitId, user: { email } }, select: { role: true } });
  return rows.map((r) => r.role).sort();
}

export const accountParams = parseTableParams({}, { sortKeys: ["name", "email"] as const, defaultSort: "name" });
