import "server-only";
import type { Actor } from "@/server/auth/actor";
import { listCitablePlans } from "@/server/data/plans";
import { formatViDate } from "@/lib/dates";
import type { CitablePlan } from "./_form/plan-form";

/** Issued plans a basis can link to, labelled as documents cite them. */
export async function citableChoices(actor: Actor): Promise<CitablePlan[]> {
  return (await listCitablePlans(actor)).map((p) => ({
    id: p.id,
    label: `KH số ${p.number}/${p.symbol}${p.issuedOn ? ` ngày ${formatViDate(p.issuedOn)}` : ""} – ${p.unit.name}: ${p.title}`,
  }));
}
