import "server-only";
import type { Actor } from "@/server/auth/actor";
import { listCitablePlans } from "@/server/data/plan-reads";
import { formatViDate } from "@/lib/dates";
import type { CitablePlan, RegistrableOption } from "./_form/plan-form";
import { registrableItemsOfMyUnit } from "@/server/data/registration-items";

/** Issued plans a basis can link to, labelled as documents cite them. */
export async function citableChoices(actor: Actor): Promise<CitablePlan[]> {
  return (await listCitablePlans(actor)).map((p) => ({
    id: p.id,
    label: `KH số ${p.number}/${p.symbol}${p.issuedOn ? ` ngày ${formatViDate(p.issuedOn)}` : ""} – ${p.unit.name}: ${p.title}`,
  }));
}

/** Titles and forms (the law's and the unit's own) a plan of the actor's unit can open for registration. */
export async function registrableOptions(actor: Actor): Promise<RegistrableOption[]> {
  return (await registrableItemsOfMyUnit(actor)).map(({ code, name, group }) => ({ code, name, group }));
}
