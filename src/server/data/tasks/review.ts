import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { task, type Task } from "@/domain/tasks/task";
import { openRound } from "@/domain/plans/rounds";
import { toIsoDate, todayInVietnam } from "@/lib/dates";
import { plansIssuedByMyUnit } from "../scope";

/**
 * The reviewing unit's board (Phòng Nội vụ, and whoever reviews for the issuing unit): tờ trình
 * awaiting review, registrations awaiting approval, award forms whose quota is not yet allocated to
 * the units below.
 * One query, on the plans the unit issued.
 */

const planName = (p: { number: string | null; symbol: string; title: string }) =>
  p.number ? `Kế hoạch số ${p.number}/${p.symbol}` : `kế hoạch "${p.title}"`;

export async function reviewerTasks(actor: Actor, now = new Date()): Promise<Task[]> {
  const batches = can(actor.roles, "nomination.review");
  const registrations = can(actor.roles, "registration.review");
  const quotas = can(actor.roles, "quota.allocate");
  if (!batches && !registrations && !quotas) return [];
  const today = todayInVietnam(now);
  const plans = await db().plan.findMany({
    where: {
      ...plansIssuedByMyUnit(actor),
      status: { in: ["ISSUED", "IN_PROGRESS"] },
      OR: [
        ...(registrations ? [{ registrations: { some: { status: "SENT" as const } } }] : []),
        ...(batches ? [{ awardForms: { some: { batches: { some: { status: "SUBMITTED" as const } } } } }] : []),
        ...(quotas ? [{ awardForms: { some: { quota: { gt: 0 } } } }] : []),
      ],
    },
    select: {
      id: true,
      number: true,
      symbol: true,
      title: true,
      registrationDeadline: true,
      // Quotas are allocated to the units below: a unit with none (a commune) has none to make.
      unit: { select: { children: { where: { validTo: null }, select: { id: true }, take: 1 } } },
      registrations: {
        where: { status: "SENT" },
        select: { id: true, year: true, unitId: true, unit: { select: { name: true } } },
      },
      awardForms: {
        select: {
          id: true,
          name: true,
          rounds: {
            select: {
              key: true,
              label: true,
              quota: true,
              periodTo: true,
              dossierDeadline: true,
              allocations: { select: { quantity: true } },
            },
          },
          batches: { where: { status: "SUBMITTED" }, select: { id: true, unit: { select: { name: true } } } },
        },
      },
    },
  });
  const tasks: Task[] = [];
  for (const plan of plans) {
    for (const reg of registrations ? plan.registrations : [])
      tasks.push(
        task(
          {
            key: `registration-review:${reg.id}`,
            what: `Duyệt bảng đăng ký thi đua — ${planName(plan)}`,
            unitName: reg.unit.name,
            due: null,
            // The summary lists its units a page at a time: the link filters it to this registration.
            href: `/ke-hoach/${plan.id}/dang-ky/tong-hop?${new URLSearchParams({
              nam: String(reg.year),
              "trang-thai": "cho-duyet",
              tim: reg.unit.name,
            }).toString()}#dv-${reg.unitId}`,
            menu: "/ke-hoach",
          },
          today,
        ),
      );
    for (const form of plan.awardForms) {
      for (const batch of batches ? form.batches : [])
        tasks.push(
          task(
            {
              key: `batch-review:${batch.id}`,
              what: `Thẩm định tờ trình "${form.name}" — ${planName(plan)}`,
              unitName: batch.unit.name,
              due: null,
              href: `/de-nghi/${batch.id}`,
              menu: "/de-nghi/tham-dinh",
            },
            today,
          ),
        );
      // Each round has its own places to allocate and its own day: the round open now is the one to do.
      const round = openRound(
        form.rounds.map((r) => ({
          ...r,
          periodTo: toIsoDate(r.periodTo),
          dossierDeadline: r.dossierDeadline ? toIsoDate(r.dossierDeadline) : null,
        })),
        today,
      );
      const allocated = round?.allocations.reduce((sum, a) => sum + a.quantity, 0) ?? 0;
      if (quotas && plan.unit.children.length && round?.quota && allocated < round.quota)
        tasks.push(
          task(
            {
              key: `allocate:${form.id}`,
              what: `Phân bổ chỉ tiêu "${form.name}"${form.rounds.length > 1 ? ` (${round.label})` : ""} (đã phân bổ ${allocated}/${round.quota}) — ${planName(plan)}`,
              unitName: actor.unit.name,
              due: round.dossierDeadline,
              href: `/ke-hoach/${plan.id}/chi-tieu?dot=${encodeURIComponent(round.key)}`,
              menu: "/ke-hoach",
            },
            today,
          ),
        );
    }
  }
  return tasks;
}
