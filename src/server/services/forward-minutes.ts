import "server-only";
import type { Actor } from "@/server/auth/actor-types";
import { attachCouncilMinutes } from "./dossier-files";
import { meetingMinutes } from "./meeting-minutes";

/** A proposal upward carries the council's minutes: render them and file them in the passed nominees' dossiers. */
export async function forwardMinutes(actor: Actor, meetingId: string): Promise<number> {
  const minutes = await meetingMinutes(actor, meetingId);
  return attachCouncilMinutes(actor, meetingId, { name: minutes.fileName, bytes: new Uint8Array(minutes.bytes) });
}
