import "server-only";
import type { Tx } from "@/server/db/client";
import { conflict, invalid } from "@/domain/errors";
import { roundsOf } from "@/domain/plans/rounds";
import { parseIsoDate, toIsoDate, todayInVietnam } from "@/lib/dates";

/**
 * The rounds (đợt khen thưởng) of a plan's award forms, as rows. They are materialised from each
 * form's recurrence every time the plan is written (created, edited, amended), matched by their
 * key ("Y2024", "R:Sơ kết …"), so a round keeps its id — and its allocations, batches and
 * decisions — across amendments. Callers read the plan through the wall before calling these.
 */

const day = (d: Date | null) => (d ? toIsoDate(d) : null);

/** Writes the rounds of every form of the plan; refuses to drop a round something was proposed in. */
export async function syncRounds(tx: Tx, planId: string) {
  const plan = await tx.plan.findUniqueOrThrow({
    where: { id: planId },
    select: {
      periodFrom: true,
      periodTo: true,
      dossierDeadline: true,
      phases: { orderBy: { position: "asc" }, select: { name: true, reviewDate: true } },
      awardForms: {
        select: {
          id: true,
          name: true,
          recurrence: true,
          phase: true,
          reviews: true,
          quota: true,
          deadlineDay: true,
          deadlineMonth: true,
          rounds: {
            select: { id: true, key: true, label: true, _count: { select: { batches: true, decisions: true } } },
          },
        },
      },
    },
  });
  const planDates = {
    periodFrom: toIsoDate(plan.periodFrom),
    periodTo: toIsoDate(plan.periodTo),
    dossierDeadline: day(plan.dossierDeadline),
    phases: plan.phases.map((p) => ({ name: p.name, reviewDate: toIsoDate(p.reviewDate) })),
  };
  for (const form of plan.awardForms) {
    const wanted = roundsOf(
      {
        recurrence: form.recurrence,
        phase: form.phase,
        reviews: form.reviews,
        quota: form.quota,
        deadline: form.deadlineDay && form.deadlineMonth ? { day: form.deadlineDay, month: form.deadlineMonth } : null,
      },
      planDates,
    );
    const keys = new Set(wanted.map((r) => r.key));
    const dropped = form.rounds.filter((r) => !keys.has(r.key));
    const used = dropped.find((r) => r._count.batches + r._count.decisions > 0);
    if (used)
      throw conflict(
        `Không bỏ được đợt "${used.label}" của hình thức "${form.name}": đã có tờ trình đề nghị hoặc quyết định trong đợt này.`,
      );
    if (dropped.length) await tx.awardRound.deleteMany({ where: { id: { in: dropped.map((r) => r.id) } } });
    for (const r of wanted) {
      const data = {
        position: r.position,
        label: r.label,
        year: r.year,
        review: r.review,
        periodFrom: parseIsoDate(r.periodFrom),
        periodTo: parseIsoDate(r.periodTo),
        dossierDeadline: r.dossierDeadline ? parseIsoDate(r.dossierDeadline) : null,
        quota: r.quota,
      };
      await tx.awardRound.upsert({
        where: { awardFormId_key: { awardFormId: form.id, key: r.key } },
        create: { ...data, awardFormId: form.id, key: r.key },
        update: data,
      });
    }
  }
}

export const ROUND_SELECT = {
  id: true,
  key: true,
  position: true,
  label: true,
  year: true,
  periodFrom: true,
  periodTo: true,
  dossierDeadline: true,
  quota: true,
} as const;

/**
 * The round of a form that a caller means: the one named (it must be the form's), else the form's
 * only round, else the one whose period holds today; otherwise the caller must choose.
 */
export async function resolveRound(tx: Tx, awardFormId: string, roundId?: string | null, today = todayInVietnam()) {
  const rounds = await tx.awardRound.findMany({
    where: { awardFormId },
    orderBy: { position: "asc" },
    select: ROUND_SELECT,
  });
  if (roundId) {
    const named = rounds.find((r) => r.id === roundId);
    if (!named) throw invalid("Đợt khen thưởng không thuộc hình thức này.", { roundId: "Chọn lại đợt khen thưởng." });
    return named;
  }
  if (rounds.length === 1) return rounds[0]!;
  const current = rounds.filter((r) => toIsoDate(r.periodFrom) <= today && today <= toIsoDate(r.periodTo));
  if (current.length === 1) return current[0]!;
  throw invalid("Hình thức này khen thưởng theo nhiều đợt: chọn đợt khen thưởng.", {
    roundId: "Chọn đợt khen thưởng.",
  });
}
