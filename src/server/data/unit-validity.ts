import "server-only";
import type { Tx } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { invalid } from "@/domain/errors";
import { endedUnitProblem } from "@/domain/units/validity";
import { toIsoDate } from "@/lib/dates";
import { myUnit } from "./scope";

/**
 * Refuses an act of the actor's unit dated after the unit's last day (a merged or split unit; see
 * src/domain/units/validity.ts), inside the caller's transaction, with the message on `field`.
 */
export async function assertMyUnitInForce(
  tx: Tx,
  actor: Actor,
  onDate: string,
  act: "plan" | "decision",
  field: string,
) {
  const unit = await tx.unit.findFirstOrThrow({ where: myUnit(actor), select: { name: true, validTo: true } });
  const problem = endedUnitProblem(
    { name: unit.name, validTo: unit.validTo ? toIsoDate(unit.validTo) : null },
    onDate,
    act,
  );
  if (problem) throw invalid(problem.message, { [field]: problem.field });
}
