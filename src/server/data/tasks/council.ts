import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { task, type Task } from "@/domain/tasks/task";
import { parseIsoDate, toIsoDate, todayInVietnam } from "@/lib/dates";
import { meetingsOfMySeat } from "../scope";

/**
 * The council member's board: ballots open in which I have not finished voting (one click to the
 * ballot) and meetings coming. One query, on the meetings where I hold a seat; of the ballot it
 * reads only my own receipts (that I voted, never how).
 */
export async function councilTasks(actor: Actor, now = new Date()): Promise<Task[]> {
  if (!can(actor.roles, "council.read")) return [];
  const today = todayInVietnam(now);
  const meetings = await db().councilMeeting.findMany({
    where: {
      ...meetingsOfMySeat(actor),
      OR: [
        { status: "BALLOT_OPEN" },
        { status: { in: ["SCHEDULED", "IN_SESSION"] }, heldOn: { gte: parseIsoDate(today) } },
      ],
    },
    select: {
      id: true,
      status: true,
      heldOn: true,
      startTime: true,
      location: true,
      unit: { select: { name: true } },
      plan: { select: { title: true } },
      attendance: { where: { member: { userId: actor.userId } }, select: { present: true, onPaper: true } },
      items: { select: { receipts: { where: { member: { userId: actor.userId } }, select: { method: true } } } },
    },
  });
  const tasks: Task[] = [];
  for (const m of meetings) {
    const when = toIsoDate(m.heldOn);
    const seat = m.attendance[0];
    if (m.status === "BALLOT_OPEN") {
      const votesOnline = seat?.present && !seat.onPaper;
      const left = m.items.filter((i) => !i.receipts.length).length;
      if (votesOnline && left)
        tasks.push(
          task(
            {
              key: `ballot:${m.id}`,
              what: `Bỏ phiếu: phiên họp Hội đồng đang mở bỏ phiếu, còn ${left} người/tập thể chưa bỏ phiếu — ${m.plan.title}`,
              unitName: m.unit.name,
              due: when,
              dueLabel: "ngày họp",
              href: `/hoi-dong/phien-hop/${m.id}#phieu`,
              menu: "/hoi-dong",
              action: "Bỏ phiếu ngay",
              urgent: true,
            },
            today,
          ),
        );
    } else
      tasks.push(
        task(
          {
            key: `meeting:${m.id}`,
            what: `Dự họp Hội đồng lúc ${m.startTime} tại ${m.location} — ${m.plan.title}`,
            unitName: m.unit.name,
            due: when,
            dueLabel: "ngày họp",
            href: `/hoi-dong/phien-hop/${m.id}`,
            menu: "/hoi-dong",
          },
          today,
        ),
      );
  }
  return tasks;
}
