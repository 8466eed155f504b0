import "server-only";
import { db } from "@/server/db/client";
import { isDatabaseUnreachable } from "@/server/data/unreachable";

/** How long a page's error screen waits for the database before calling it unreachable. */
const PING_TIMEOUT_MS = 3000;

/**
 * Whether the database answers now (a `SELECT 1`). Reads no row: the error screen asks it to tell
 * an outage ("try again in a few minutes") from a fault of the page.
 */
export async function databaseAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
  });
  const ping = db().$queryRaw`select 1`
    .then(() => true)
    .catch((error: unknown) => {
      if (isDatabaseUnreachable(error)) return false;
      throw error;
    });
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
