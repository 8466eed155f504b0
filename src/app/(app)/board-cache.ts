import { cache } from "react";
import type { Actor } from "@/server/auth/actor";
import { taskBoard } from "@/server/data/tasks/board";
import { badgeCounts } from "@/domain/tasks/task";

/** The actor's task board, read once per request: the layout's badges and the home page share it. */
export const myBoard = cache((actor: Actor) => taskBoard(actor));

/** Badges per menu entry, "/" (Tổng quan) counting every task. */
export async function myBoardCounts(actor: Actor): Promise<Record<string, number>> {
  return badgeCounts(await myBoard(actor));
}
