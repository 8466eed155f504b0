import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { task, type Task } from "@/domain/tasks/task";
import { todayInVietnam } from "@/lib/dates";
import { ownedByMyUnit, plansIssuedByMyUnit } from "../scope";

/**
 * The chairperson's board: plans submitted for issue, nominees the council passed awaiting
 * approval, and approved ones awaiting the signed decision. One query, on the unit's own plans
 * (approvals only from its own council's closed ballots, as the approval page counts them).
 */
export async function chairTasks(actor: Actor, now = new Date()): Promise<Task[]> {
  const issues = can(actor.roles, "plan.issue");
  const approves = can(actor.roles, "award.approve");
  if (!issues && !approves) return [];
  const today = todayInVietnam(now);
  const open = {
    result: "PASSED" as const,
    OR: [{ approval: "PENDING" as const }, { approval: "APPROVED" as const, decisionId: null }],
  };
  const closed = { ...ownedByMyUnit(actor), status: "BALLOT_CLOSED" as const };
  const plans = await db().plan.findMany({
    where: {
      ...plansIssuedByMyUnit(actor),
      OR: [
        ...(issues ? [{ status: "SUBMITTED" as const }] : []),
        ...(approves ? [{ meetings: { some: { ...closed, items: { some: open } } } }] : []),
      ],
    },
    select: {
      id: true,
      status: true,
      number: true,
      symbol: true,
      title: true,
      meetings: { where: closed, select: { items: { where: open, select: { approval: true } } } },
    },
  });
  const tasks: Task[] = [];
  const unitName = actor.unit.name;
  for (const plan of plans) {
    const name = plan.number ? `Kế hoạch số ${plan.number}/${plan.symbol}` : `kế hoạch "${plan.title}"`;
    if (issues && plan.status === "SUBMITTED")
      tasks.push(
        task(
          {
            key: `issue:${plan.id}`,
            what: `Ký ban hành ${name}`,
            unitName,
            due: null,
            href: `/ke-hoach/${plan.id}`,
            menu: "/ke-hoach",
          },
          today,
        ),
      );
    if (!approves) continue;
    const items = plan.meetings.flatMap((m) => m.items);
    const pending = items.filter((i) => i.approval === "PENDING").length;
    const unsigned = items.length - pending;
    if (pending)
      tasks.push(
        task(
          {
            key: `approve:${plan.id}`,
            what: `Phê duyệt ${pending} người/tập thể Hội đồng đã thông qua — ${name}`,
            unitName,
            due: null,
            href: `/phe-duyet/${plan.id}`,
            menu: "/phe-duyet",
          },
          today,
        ),
      );
    if (unsigned)
      tasks.push(
        task(
          {
            key: `sign:${plan.id}`,
            what: `Ký quyết định khen thưởng cho ${unsigned} người/tập thể đã phê duyệt — ${name}`,
            unitName,
            due: null,
            href: `/phe-duyet/${plan.id}`,
            menu: "/phe-duyet",
          },
          today,
        ),
      );
  }
  return tasks;
}
