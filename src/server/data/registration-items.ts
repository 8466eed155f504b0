import "server-only";
import { db } from "@/server/db/client";
import { catalogue } from "@/domain/catalogue/catalogue";
import type { RegistrableItem } from "@/domain/registration/warnings";
import type { Actor } from "@/server/auth/actor-types";
import { ownedByMyUnit } from "./scope";

export type RegistrationColumn = RegistrableItem & { group: "TITLE" | "FORM" };

/** Codes of a unit's own forms, kept apart from the law's catalogue codes. */
export const localCode = (id: string) => `LOCAL:${id}`;

/** What a plan of the actor's unit can open for registration. */
export async function registrableItemsOfMyUnit(actor: Actor): Promise<RegistrationColumn[]> {
  return withLocalForms(await db().localAwardForm.findMany({ where: ownedByMyUnit(actor), orderBy: { name: "asc" } }));
}

/**
 * What a plan of `unitId` can open for registration. Unsafe: `unitId` is trusted, so it must come
 * from a plan already read through the wall (the plan's own unit owns its columns).
 */
async function unsafeRegistrableItems(unitId: string): Promise<RegistrationColumn[]> {
  return withLocalForms(await db().localAwardForm.findMany({ where: { unitId }, orderBy: { name: "asc" } }));
}

/** The law's titles and forms, then the unit's own forms: titles first, as the table lays them out. */
function withLocalForms(
  local: { id: string; name: string; nominee: RegistrableItem["nominee"] }[],
): RegistrationColumn[] {
  return [
    ...catalogue
      .filter((e) => e.kind === "TITLE")
      .map((e) => ({ code: e.code, name: e.name, nominee: e.nominee, article: e.article, group: "TITLE" as const })),
    ...catalogue
      .filter((e) => e.kind === "FORM")
      .map((e) => ({ code: e.code, name: e.name, nominee: e.nominee, article: e.article, group: "FORM" as const })),
    ...local.map((f) => ({
      code: localCode(f.id),
      name: f.name,
      nominee: f.nominee,
      article: "Hình thức khen thưởng của đơn vị",
      group: "FORM" as const,
    })),
  ];
}

/** The plan's columns, in the plan's chosen order. */
export async function planColumns(plan: {
  unitId: string;
  registrationItems: string[];
}): Promise<RegistrationColumn[]> {
  const all = await unsafeRegistrableItems(plan.unitId);
  return plan.registrationItems
    .map((code) => all.find((i) => i.code === code))
    .filter((i): i is RegistrationColumn => Boolean(i));
}
