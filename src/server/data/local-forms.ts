import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { conflict, notFound } from "@/domain/errors";
import type { TLocalForm } from "@/schemas/local-form";
import { ownedByMyUnit, readScope, writeScope } from "./scope";
import { recordAudit } from "./audit";
import { localCode } from "./registration-items";

/** A unit's own award forms (e.g. a gift of 300.000 đ per person), beside the law's catalogue. */
export async function listLocalForms(actor: Actor) {
  return db().localAwardForm.findMany({
    where: { ...readScope(actor, "plan.read"), ...ownedByMyUnit(actor) },
    orderBy: { name: "asc" },
  });
}

/** The form as parsed; a caller that does not say how it rewards gets a sum (the column's default). */
type LocalFormInput = Omit<TLocalForm, "rewardKind" | "giftDescription"> &
  Partial<Pick<TLocalForm, "rewardKind" | "giftDescription">>;

export async function createLocalForm(actor: Actor, input: LocalFormInput) {
  const kind = input.rewardKind ?? "CASH";
  const scope = writeScope(actor, "localform.write");
  return db().$transaction(async (tx) => {
    if (await tx.localAwardForm.findFirst({ where: { ...scope, name: input.name } })) {
      throw conflict("Đơn vị đã có hình thức trùng tên.", { name: "Tên này đã có." });
    }
    const row = await tx.localAwardForm.create({
      data: {
        ...scope,
        name: input.name,
        nominee: input.nominee,
        // "Không kèm tiền thưởng" has no value; only a gift has a description.
        value: kind === "NONE" ? null : (input.value ?? null),
        rewardKind: kind,
        giftDescription: kind === "GIFT" ? (input.giftDescription ?? "") : "",
      },
    });
    await recordAudit(tx, actor, { entity: "LocalAwardForm", entityId: row.id, action: "CREATE", after: row });
    return row;
  });
}

/** Refused while a plan of the unit still offers the form for registration. */
export async function deleteLocalForm(actor: Actor, id: string) {
  const scope = writeScope(actor, "localform.write");
  await db().$transaction(async (tx) => {
    const before = await tx.localAwardForm.findFirst({ where: { id, ...scope } });
    if (!before) throw notFound();
    const used = await tx.plan.count({ where: { ...scope, registrationItems: { has: localCode(id) } } });
    if (used) throw conflict(`Không xoá được: ${used} kế hoạch đang mở đăng ký hình thức này.`);
    await tx.localAwardForm.delete({ where: { id } });
    await recordAudit(tx, actor, { entity: "LocalAwardForm", entityId: id, action: "DELETE", before });
  });
}
