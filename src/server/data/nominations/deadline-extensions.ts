import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { forbidden, invalid, notFound } from "@/domain/errors";
import { parseIsoDate, todayInVietnam } from "@/lib/dates";
import { recordAudit } from "../audit";
import { plansIssuedByMyUnit, unitInMySubtree } from "../scope";
import { notify } from "./notifications";

/** Lets one unit (the issuing unit's or one below it) submit after the plan's dossier deadline, until `until`. */
export async function extendDossierDeadline(actor: Actor, planId: string, unitId: string, until: string) {
  await db().$transaction(async (tx) => {
    if (!can(actor.roles, "nomination.review")) throw forbidden();
    const plan = await tx.plan.findFirst({
      where: { id: planId, ...plansIssuedByMyUnit(actor) },
      select: { id: true },
    });
    const unit = await tx.unit.findFirst({ where: unitInMySubtree(actor, unitId), select: { id: true } });
    if (!plan || !unit) throw notFound();
    if (until < todayInVietnam())
      throw invalid("Ngày gia hạn phải từ hôm nay trở đi.", { until: "Chọn ngày từ hôm nay trở đi." });
    const before = await tx.dossierExtension.findUnique({ where: { planId_unitId: { planId, unitId: unit.id } } });
    await tx.dossierExtension.upsert({
      where: { planId_unitId: { planId, unitId: unit.id } },
      create: { planId, unitId: unit.id, until: parseIsoDate(until) },
      update: { until: parseIsoDate(until) },
    });
    await notify(tx, {
      unitId: unit.id,
      kind: "DEADLINE_EXTENDED",
      text: `Được gia hạn nộp hồ sơ đề nghị khen thưởng đến ${until.split("-").reverse().join("/")}.`,
      link: "/de-nghi",
    });
    await recordAudit(tx, actor, {
      entity: "DossierExtension",
      entityId: `${planId}:${unit.id}`,
      action: before ? "UPDATE" : "CREATE",
      before: before ? { until: before.until } : undefined,
      after: { until },
    });
  });
}
