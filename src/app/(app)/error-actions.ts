"use server";

import { databaseAnswers } from "@/server/data/health";

/**
 * For the error screen: whether the page failed because the database is out of reach. Pages'
 * errors reach the browser without their message (only a digest), so the screen asks.
 */
export async function databaseDownAction(): Promise<boolean> {
  return !(await databaseAnswers().catch(() => true));
}
