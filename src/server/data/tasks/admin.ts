import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { task, type Task } from "@/domain/tasks/task";
import { toIsoDate, todayInVietnam } from "@/lib/dates";
import { ownedByMyUnit, unitsInMySubtree } from "../scope";

/**
 * The administrator's board: invitations out in my unit and the units below that nobody has
 * accepted yet (expired ones to issue again), and accounts of my unit that failed to sign in
 * during the last day. Three queries: invitations, my unit's accounts, their failed attempts
 * (attempts are kept by the address typed, with no link to an account or a unit).
 */

const FAILED_SINCE_MS = 24 * 3_600_000;

export async function adminTasks(actor: Actor, now = new Date()): Promise<Task[]> {
  if (!can(actor.roles, "account.manage")) return [];
  const today = todayInVietnam(now);
  const [invitations, memberships] = await Promise.all([
    db().invitation.findMany({
      where: { kind: "ROLES", usedAt: null, revokedAt: null, unit: unitsInMySubtree(actor) },
      orderBy: { expiresAt: "asc" },
      select: { id: true, email: true, name: true, expiresAt: true, unit: { select: { id: true, name: true } } },
    }),
    db().membership.findMany({
      where: ownedByMyUnit(actor),
      distinct: ["userId"],
      select: { user: { select: { id: true, email: true, name: true } } },
    }),
  ]);
  const byEmail = new Map(memberships.map((m) => [m.user.email, m.user]));
  const failures = byEmail.size
    ? await db().signInAttempt.groupBy({
        by: ["identifier"],
        where: {
          identifier: { in: [...byEmail.keys()] },
          succeeded: false,
          createdAt: { gte: new Date(now.getTime() - FAILED_SINCE_MS) },
        },
        _count: { _all: true },
      })
    : [];
  const tasks: Task[] = invitations.map((inv) => {
    const expired = inv.expiresAt <= now;
    return task(
      {
        key: `invitation:${inv.id}`,
        what: expired
          ? `Lời mời ${inv.name} (${inv.email}) đã hết hạn chưa được nhận: cấp lại liên kết hoặc thu hồi`
          : `Lời mời ${inv.name} (${inv.email}) chưa được nhận`,
        unitName: inv.unit!.name,
        due: toIsoDate(inv.expiresAt),
        href: `/tai-khoan?unitId=${inv.unit!.id}`,
        menu: "/tai-khoan",
        urgent: expired,
      },
      today,
    );
  });
  for (const f of failures) {
    const user = byEmail.get(f.identifier)!;
    tasks.push(
      task(
        {
          key: `signin:${user.id}`,
          what: `${user.name} (${user.email}) đăng nhập sai ${f._count._all} lần trong 24 giờ qua`,
          unitName: actor.unit.name,
          due: null,
          href: `/tai-khoan/${user.id}`,
          menu: "/tai-khoan",
        },
        today,
      ),
    );
  }
  return tasks;
}
