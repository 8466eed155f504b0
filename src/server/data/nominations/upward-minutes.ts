import "server-only";
import { db } from "@/server/db/client";
import type { Actor } from "@/server/auth/actor-types";
import { can } from "@/domain/auth/permissions";
import { conflict, forbidden } from "@/domain/errors";
import { ownedByMyUnit, plansIssuedByMyUnit } from "../scope";

/**
 * A proposal upward carries the minutes of the unit's council meeting: they are filed into the
 * dossier of every nominee the meeting passed, as the document the plan's list names "biên bản".
 * Only the unit's own batches still being prepared are touched.
 */

/**
 * The documents of the actor's unit that should hold the minutes of `meetingId` (filed as
 * `fileName`) and do not hold them yet. Refused when no document should hold them at all.
 */
export async function documentsAwaitingMinutes(actor: Actor, meetingId: string, fileName: string): Promise<string[]> {
  if (!can(actor.roles, "nomination.write")) throw forbidden();
  const docs = await db().dossierDocument.findMany({
    where: {
      name: { contains: "biên bản", mode: "insensitive" },
      nominee: {
        batch: { ...ownedByMyUnit(actor), status: { in: ["DRAFT", "RETURNED"] } },
        agendaItems: {
          some: {
            meetingId,
            result: "PASSED",
            // The unit's own council, on a plan of a unit above: a proposal upward.
            meeting: { ...ownedByMyUnit(actor), status: "BALLOT_CLOSED", plan: { NOT: plansIssuedByMyUnit(actor) } },
          },
        },
      },
    },
    select: { id: true },
  });
  if (docs.length === 0)
    throw conflict(
      'Không có hồ sơ nào (tờ trình đang soạn, người được Hội đồng thông qua, giấy tờ "biên bản") để đính kèm biên bản.',
    );
  // Filing twice (a second click) adds nothing: a document holding these minutes already is skipped.
  const already = new Set(
    (
      await db().dossierFile.findMany({
        where: { documentId: { in: docs.map((d) => d.id) }, fileName: fileName.slice(0, 200) },
        select: { documentId: true },
      })
    ).map((f) => f.documentId),
  );
  return docs.map((d) => d.id).filter((id) => !already.has(id));
}
