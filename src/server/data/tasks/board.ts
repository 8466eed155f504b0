import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { sortTasks, type Task } from "@/domain/tasks/task";
import { adminTasks } from "./admin";
import { chairTasks } from "./chair";
import { councilTasks } from "./council";
import { officerTasks } from "./officer";
import { reviewerTasks } from "./review";

/**
 * The task board of "Tổng quan": what waits for the actor in the unit it works in, by what its
 * roles there allow (an account with several roles sees each role's work once). Every part is a
 * fixed number of queries (one per role, three for the administrator), run together.
 */
export async function taskBoard(actor: Actor, now = new Date()): Promise<Task[]> {
  const parts = await Promise.all([
    officerTasks(actor, now),
    reviewerTasks(actor, now),
    councilTasks(actor, now),
    chairTasks(actor, now),
    adminTasks(actor, now),
  ]);
  const byKey = new Map(parts.flat().map((t) => [t.key, t]));
  return sortTasks([...byKey.values()]);
}

/**
 * Pending work in each unit where the account holds roles, for the unit switcher. The
 * account there is the actor it would be after switching (its roles in that unit, from the
 * session's memberships): the same walls apply.
 */
export async function pendingWorkPerUnit(actor: Actor, now = new Date()): Promise<Record<string, number>> {
  if (actor.units.length < 2) return {};
  const rows = await db().unit.findMany({
    where: { id: { in: actor.units.map((u) => u.id) } },
    select: { id: true, code: true, name: true, kind: true, path: true },
  });
  const counts = await Promise.all(
    rows.map(async (unit) => {
      const roles = actor.units.find((u) => u.id === unit.id)!.roles;
      return [unit.id, (await taskBoard({ ...actor, unit, roles }, now)).length] as const;
    }),
  );
  return Object.fromEntries(counts);
}
